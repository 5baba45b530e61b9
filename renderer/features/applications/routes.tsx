import type { RouteObject } from 'react-router'
import { ApplicationsPage } from './ApplicationsPage'

export const applicationsRoutes: RouteObject[] = [{ path: 'soknader', element: <ApplicationsPage /> }]
