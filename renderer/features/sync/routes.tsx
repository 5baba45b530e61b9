import type { RouteObject } from 'react-router'
import { SyncPage } from './SyncPage'

export const syncRoutes: RouteObject[] = [{ path: 'synkronisering', element: <SyncPage /> }]
