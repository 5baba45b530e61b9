import type { RouteObject } from 'react-router'
import { lazyPage } from '../../components/lazy-page'

const ContractBatchPage = lazyPage(() => import('./ContractPages'), 'ContractBatchPage')

export const contractsRoutes: RouteObject[] = [{ path: 'klimakontrakter', element: <ContractBatchPage /> }]
