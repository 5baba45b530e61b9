import type { RouteObject } from 'react-router'
import { LunchesPage } from './LunchesPage'

export const lunchesRoutes: RouteObject[] = [{ path: 'signeringslunsjer', element: <LunchesPage /> }]
