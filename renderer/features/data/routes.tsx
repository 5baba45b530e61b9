import type { RouteObject } from 'react-router'
import { DataPage } from './DataPage'

export const dataRoutes: RouteObject[] = [{ path: 'data', element: <DataPage /> }]
