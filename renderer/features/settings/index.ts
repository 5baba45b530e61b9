/** What the app may use from Settings. */
export { settingsRoutes } from './routes'
export { FirstStartDialog } from './FirstStartDialog'
export { FirstStartQuestion } from './FirstStartQuestion'
export { saveUserName, userKnown } from './user-name'
