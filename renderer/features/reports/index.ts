/** What other features and the app may use from Annual reports (see README.md). */
export { reportsRoutes } from './routes'
export { OrganisationReportsPanel } from './components/OrganisationReportsPanel'
export { ReportSettings } from './ReportSettings'
