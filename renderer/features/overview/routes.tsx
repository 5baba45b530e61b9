import type { RouteObject } from 'react-router'
import { OverviewPage } from './OverviewPage'

export const overviewRoutes: RouteObject[] = [{ index: true, element: <OverviewPage /> }]
