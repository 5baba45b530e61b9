import type { RouteObject } from 'react-router'
import { lazyPage } from '../../components/lazy-page'
import { startRegisterRead } from './register-source'

const OrganisationEditorPage = lazyPage(() => import('./OrganisationEditorPage'), 'OrganisationEditorPage')
const OrganisationPage = lazyPage(() => import('./OrganisationPage'), 'OrganisationPage')
// The register's rows are read while its code loads, not after (see register-source.ts).
const OrganisationsPage = lazyPage(() => {
  startRegisterRead()
  return import('./OrganisationsPage')
}, 'OrganisationsPage')
const PartnerFeesPage = lazyPage(() => import('./PartnerFeesPage'), 'PartnerFeesPage')
const TrashPage = lazyPage(() => import('./TrashPage'), 'TrashPage')

export const organisationsRoutes: RouteObject[] = [
  { path: 'virksomheter', element: <OrganisationsPage /> },
  { path: 'virksomheter/ny', element: <OrganisationEditorPage /> },
  { path: 'virksomheter/papirkurv', element: <TrashPage /> },
  { path: 'virksomheter/partneravgifter', element: <PartnerFeesPage /> },
  { path: 'virksomheter/:id', element: <OrganisationPage /> },
  { path: 'virksomheter/:id/rediger', element: <OrganisationEditorPage /> },
]
