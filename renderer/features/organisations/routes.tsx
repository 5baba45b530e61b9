import type { RouteObject } from 'react-router'
import { lazyPage } from '../../components/lazy-page'

const OrganisationEditorPage = lazyPage(() => import('./OrganisationEditorPage'), 'OrganisationEditorPage')
const OrganisationPage = lazyPage(() => import('./OrganisationPage'), 'OrganisationPage')
const OrganisationsPage = lazyPage(() => import('./OrganisationsPage'), 'OrganisationsPage')
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
