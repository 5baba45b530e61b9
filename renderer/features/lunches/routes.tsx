import './lunches.css'
import type { RouteObject } from 'react-router'
import { LunchesPage } from './LunchesPage'
import { LunchPlannerPage } from './LunchPlannerPage'

export const lunchesRoutes: RouteObject[] = [
  { path: 'signeringslunsjer', element: <LunchesPage /> },
  { path: 'signeringslunsjer/:lunchId', element: <LunchPlannerPage /> },
]
