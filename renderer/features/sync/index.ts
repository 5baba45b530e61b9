/** What the app and other features may use from sync (issue 16). */
export { syncRoutes } from './routes'
export { SyncRunner, SyncStatusBadge } from './deferred'
export { runSync } from './run-sync'
export { ReplaceOnSyncedLaptop, useSyncEnabled } from './ReplaceOnSyncedLaptop'
