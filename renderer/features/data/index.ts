/** What other features and the app may use from Data (see README.md). */
export { dataRoutes } from './routes'
export { BackupWarning } from './BackupWarning'
export { AutomaticBackups } from './AutomaticBackups'
export { backupBeforeUpgradeIfNeeded } from './upgrade-backup'
