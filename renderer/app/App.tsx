import { createHashRouter, RouterProvider, type RouteObject } from 'react-router'
import { applicationsRoutes } from '../features/applications'
import { attendanceRoutes } from '../features/attendance'
import { contractsRoutes } from '../features/contracts'
import { criteriaRoutes } from '../features/criteria'
import { dataRoutes } from '../features/data'
import { eventsRoutes } from '../features/events'
import { lunchesRoutes } from '../features/lunches'
import { organisationsRoutes } from '../features/organisations'
import { overviewRoutes } from '../features/overview'
import { reportsRoutes } from '../features/reports'
import { settingsRoutes } from '../features/settings'
import { syncRoutes } from '../features/sync'
import { Layout } from './Layout'
import { NotFoundPage } from './NotFoundPage'
import { RouteError } from './RouteError'

export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      ...overviewRoutes,
      ...organisationsRoutes,
      ...applicationsRoutes,
      ...eventsRoutes,
      ...attendanceRoutes,
      ...lunchesRoutes,
      ...reportsRoutes,
      ...criteriaRoutes,
      ...dataRoutes,
      ...settingsRoutes,
      ...syncRoutes,
      ...contractsRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]

// Hash routing: the page is one file on a custom protocol, so a reload never asks for a missing path.
const router = createHashRouter(appRoutes)

export function App() {
  return <RouterProvider router={router} />
}
