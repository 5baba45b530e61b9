import type { RouteObject } from 'react-router'
import { ContractBatchPage } from './ContractPages'

export const contractsRoutes: RouteObject[] = [{ path: 'klimakontrakter', element: <ContractBatchPage /> }]
