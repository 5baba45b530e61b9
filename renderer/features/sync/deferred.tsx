/**
 * The sidebar's sync badge and the background runner, each loaded after the first screen: the
 * round, apply and snapshot code is large and no first screen shows it (issue 17: first start).
 */
import { deferredPart } from '../../components/deferred-part'

export const SyncRunner = deferredPart(() => import('./SyncRunner'), 'SyncRunner')
export const SyncStatusBadge = deferredPart(() => import('./SyncStatusBadge'), 'SyncStatusBadge')
