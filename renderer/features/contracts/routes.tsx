import type { RouteObject } from 'react-router'
import { ContractBatchPage, OrganisationContractPage } from './ContractPages'

export const contractsRoutes: RouteObject[] = [
  { path: 'virksomheter/:id/klimakontrakt', element: <OrganisationContractPage /> },
  { path: 'klimakontrakter', element: <ContractBatchPage /> },
]
