import type { RouteObject } from 'react-router'
import { lazyPage } from '../../components/lazy-page'

const DataPage = lazyPage(() => import('./DataPage'), 'DataPage')

export const dataRoutes: RouteObject[] = [{ path: 'data', element: <DataPage /> }]
