/** What the app may use from Settings. */
export { settingsRoutes } from './routes'
export { FirstStartDialog } from './FirstStartDialog'
