import type { RouteObject } from 'react-router'
import { lazyPage } from '../../components/lazy-page'

const ReportDetailPage = lazyPage(() => import('./ReportDetailPage'), 'ReportDetailPage')
const ReportsPage = lazyPage(() => import('./ReportsPage'), 'ReportsPage')

export const reportsRoutes: RouteObject[] = [
  { path: 'arsrapporter', element: <ReportsPage /> },
  { path: 'arsrapporter/:year/:organisationId', element: <ReportDetailPage /> },
]
