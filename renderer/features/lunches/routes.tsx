import './lunches.css'
import type { RouteObject } from 'react-router'
import { lazyPage } from '../../components/lazy-page'

const LunchesPage = lazyPage(() => import('./LunchesPage'), 'LunchesPage')
const LunchPlannerPage = lazyPage(() => import('./LunchPlannerPage'), 'LunchPlannerPage')

export const lunchesRoutes: RouteObject[] = [
  { path: 'signeringslunsjer', element: <LunchesPage /> },
  { path: 'signeringslunsjer/:lunchId', element: <LunchPlannerPage /> },
]
