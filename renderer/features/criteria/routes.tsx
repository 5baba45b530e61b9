import type { RouteObject } from 'react-router'
import { CriteriaPage } from './CriteriaPage'

export const criteriaRoutes: RouteObject[] = [{ path: 'kriterier', element: <CriteriaPage /> }]
