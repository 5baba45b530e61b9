import type { RouteObject } from 'react-router'
import { lazyPage } from '../../components/lazy-page'
import { readEarlyIfStartingOnRegister, startRegisterRead } from './register-source'

const OrganisationEditorPage = lazyPage(() => import('./OrganisationEditorPage'), 'OrganisationEditorPage')
const OrganisationPage = lazyPage(() => import('./OrganisationPage'), 'OrganisationPage')
// The register's rows are read while its code loads, not after (see register-source.ts).
const loadRegisterPage = () => import('./OrganisationsPage')
const OrganisationsPage = lazyPage(() => {
  startRegisterRead()
  return loadRegisterPage()
}, 'OrganisationsPage')
const PartnerFeesPage = lazyPage(() => import('./PartnerFeesPage'), 'PartnerFeesPage')
const TrashPage = lazyPage(() => import('./TrashPage'), 'TrashPage')

// Starting on the register: its code is fetched now, beside the layout's first render, not after it.
if (readEarlyIfStartingOnRegister()) void loadRegisterPage()

export const organisationsRoutes: RouteObject[] = [
  { path: 'virksomheter', element: <OrganisationsPage /> },
  { path: 'virksomheter/ny', element: <OrganisationEditorPage /> },
  { path: 'virksomheter/papirkurv', element: <TrashPage /> },
  { path: 'virksomheter/partneravgifter', element: <PartnerFeesPage /> },
  { path: 'virksomheter/:id', element: <OrganisationPage /> },
  { path: 'virksomheter/:id/rediger', element: <OrganisationEditorPage /> },
]
