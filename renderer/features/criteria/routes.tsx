import type { RouteObject } from 'react-router'
import { lazyPage } from '../../components/lazy-page'

const CriteriaPage = lazyPage(() => import('./CriteriaPage'), 'CriteriaPage')

export const criteriaRoutes: RouteObject[] = [{ path: 'kriterier', element: <CriteriaPage /> }]
