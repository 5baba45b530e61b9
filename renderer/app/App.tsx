import { createHashRouter, RouterProvider, type RouteObject } from 'react-router'
import { contractsRoutes } from '../features/contracts/routes'
import { criteriaRoutes } from '../features/criteria/routes'
import { dataRoutes } from '../features/data/routes'
import { eventsRoutes } from '../features/events/routes'
import { lunchesRoutes } from '../features/lunches/routes'
import { organisationsRoutes } from '../features/organisations/routes'
import { overviewRoutes } from '../features/overview/routes'
import { reportsRoutes } from '../features/reports/routes'
import { settingsRoutes } from '../features/settings/routes'
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
      ...eventsRoutes,
      ...lunchesRoutes,
      ...reportsRoutes,
      ...criteriaRoutes,
      ...dataRoutes,
      ...settingsRoutes,
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
