import type { RouteObject } from 'react-router'
import { lazyPage } from '../../components/lazy-page'
import { prepareEarlyRows, startRegisterRead } from './register-source'

const OrganisationEditorPage = lazyPage(() => import('./OrganisationEditorPage'), 'OrganisationEditorPage')
const OrganisationPage = lazyPage(() => import('./OrganisationPage'), 'OrganisationPage')
let registerPage: Promise<typeof import('./OrganisationsPage')> | null = null
const loadRegisterPage = () =>
  (registerPage ??= import('./OrganisationsPage').catch((error: unknown) => {
    // A failed load is tried again on the next visit, not remembered.
    registerPage = null
    throw error
  }))
// A start on the register (a reload there) asks for the page's code as soon as this module runs,
// beside the read the app began already, not after the layout has painted and picked the route
// (the entry preloaded that code with this module's), and prepares the rows once they are read.
// The register's rows are read while its code loads, not after (see register-source.ts).
const OrganisationsPage = lazyPage(() => {
  startRegisterRead()
  return loadRegisterPage()
}, 'OrganisationsPage')
if (/^#\/virksomheter\/?(\?|$)/.test(globalThis.location?.hash ?? '')) {
  loadRegisterPage().catch(() => {})
  // Once the watch has begun (safe only then: see prepareEarlyRows), the page is preloaded as a lazy
  // page too, so its first render finds its code and does not suspend: React holds a Suspense that
  // reveals back about 300 ms (components/lazy-page.ts).
  void prepareEarlyRows().then((started) => started && OrganisationsPage.preload().catch(() => {}))
}
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
