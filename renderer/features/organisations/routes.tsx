import type { RouteObject } from 'react-router'
import { OrganisationsPage } from './OrganisationsPage'

export const organisationsRoutes: RouteObject[] = [{ path: 'virksomheter', element: <OrganisationsPage /> }]
