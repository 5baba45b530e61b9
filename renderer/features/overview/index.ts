/** What the app may use from Overview. */
export { overviewRoutes } from './routes'
