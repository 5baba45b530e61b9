import { createHashRouter, RouterProvider, type RouteObject } from 'react-router'
import { applicationsRoutes } from '../features/applications'
import { attendanceRoutes } from '../features/attendance'
import { contractsRoutes } from '../features/contracts'
import { criteriaRoutes } from '../features/criteria'
import { dataRoutes } from '../features/data'
import { eventsRoutes } from '../features/events'
import { lunchesRoutes } from '../features/lunches'
import { overviewRoutes } from '../features/overview'
import { reportsRoutes } from '../features/reports'
import { settingsRoutes } from '../features/settings'
import { syncRoutes } from '../features/sync'
import { startEarlyRegisterRead } from '../db/repositories/register-early-read'
import { firstPaint } from './first-paint'
import { Layout } from './Layout'
import { NotFoundPage } from './NotFoundPage'
import { RouteError } from './RouteError'

/**
 * The register's routes start its read when chosen, so their module brings the database code with
 * it. They are added when the router first meets a path under /virksomheter (patchRoutesOnNavigation),
 * not in the first screen's script; the module loads after the first paint, or at once for such a path.
 */
const ORGANISATIONS = /^\/virksomheter(\/|$)/
/** The register itself: its 10,000 rows are read at once, while its code and Dexie load (issue 17). */
const REGISTER = /^\/virksomheter\/?$/
let organisations: Promise<RouteObject[]> | null = null
const organisationsRoutes = (): Promise<RouteObject[]> =>
  (organisations ??= import('../features/organisations').then((m) => m.organisationsRoutes))

export const appRoutes: RouteObject[] = [
  {
    id: 'root',
    path: '/',
    element: <Layout />,
    // A start on a register page shows the window while the register's routes load.
    hydrateFallbackElement: <Layout />,
    errorElement: <RouteError />,
    children: [
      ...overviewRoutes,
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
void firstPaint.then(organisationsRoutes)
const router = createHashRouter(appRoutes, {
  // Patching again is harmless (the router skips routes it has), and needed: a navigation that is
  // interrupted while the module loads drops its patch.
  async patchRoutesOnNavigation({ path, patch }) {
    if (REGISTER.test(path)) startEarlyRegisterRead()
    if (ORGANISATIONS.test(path)) patch('root', await organisationsRoutes())
  },
})

export function App() {
  return <RouterProvider router={router} />
}
