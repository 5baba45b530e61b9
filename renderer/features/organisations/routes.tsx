import type { RouteObject } from 'react-router'
import { OrganisationEditorPage } from './OrganisationEditorPage'
import { OrganisationPage } from './OrganisationPage'
import { OrganisationsPage } from './OrganisationsPage'
import { PartnerFeesPage } from './PartnerFeesPage'
import { TrashPage } from './TrashPage'

export const organisationsRoutes: RouteObject[] = [
  { path: 'virksomheter', element: <OrganisationsPage /> },
  { path: 'virksomheter/ny', element: <OrganisationEditorPage /> },
  { path: 'virksomheter/papirkurv', element: <TrashPage /> },
  { path: 'virksomheter/partneravgifter', element: <PartnerFeesPage /> },
  { path: 'virksomheter/:id', element: <OrganisationPage /> },
  { path: 'virksomheter/:id/rediger', element: <OrganisationEditorPage /> },
]
