import type { RouteObject } from 'react-router'
import { ReportDetailPage } from './ReportDetailPage'
import { ReportsPage } from './ReportsPage'

export const reportsRoutes: RouteObject[] = [
  { path: 'arsrapporter', element: <ReportsPage /> },
  { path: 'arsrapporter/:year/:organisationId', element: <ReportDetailPage /> },
]
