/** What the app may use from Signing lunches. */
export { lunchesRoutes } from './routes'
export { DietCleanup } from './DietCleanup'
