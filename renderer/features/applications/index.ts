/** What other features and the app may use from Søknader (see README.md). */
export { applicationsRoutes } from './routes'
export { ApplicationPanel } from './ApplicationPanel'
