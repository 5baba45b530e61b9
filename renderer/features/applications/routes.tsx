import type { RouteObject } from 'react-router'
import { lazyPage } from '../../components/lazy-page'

const ApplicationsPage = lazyPage(() => import('./ApplicationsPage'), 'ApplicationsPage')

export const applicationsRoutes: RouteObject[] = [{ path: 'soknader', element: <ApplicationsPage /> }]
