/** What the app may use from Signing lunches. */
import { deferredPart } from '../../components/deferred-part'

export { lunchesRoutes } from './routes'

// The cleanup runs at start, but after the first screen: it writes, and no first screen shows it.
export const DietCleanup = deferredPart(() => import('./DietCleanup'), 'DietCleanup')
