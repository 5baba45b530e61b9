/** What the app may use from Criteria; the rules themselves are in domain/criteria (see README.md). */
export { criteriaRoutes } from './routes'
export { CriterionStatusBadge } from './components/CriterionStatusBadge'
