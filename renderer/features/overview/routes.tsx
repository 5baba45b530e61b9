import type { RouteObject } from 'react-router'
import { lazyPage } from '../../components/lazy-page'

const OverviewPage = lazyPage(() => import('./OverviewPage'), 'OverviewPage')

export const overviewRoutes: RouteObject[] = [{ index: true, element: <OverviewPage /> }]
