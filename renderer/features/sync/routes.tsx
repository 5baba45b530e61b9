import type { RouteObject } from 'react-router'
import { lazyPage } from '../../components/lazy-page'

const SyncPage = lazyPage(() => import('./SyncPage'), 'SyncPage')

export const syncRoutes: RouteObject[] = [{ path: 'synkronisering', element: <SyncPage /> }]
