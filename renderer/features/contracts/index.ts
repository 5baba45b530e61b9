/** What other features and the app may use from Climate contracts (see README.md). */
export { contractsRoutes } from './routes'
export { ContractPanel } from './ContractPanel'
export { ContractTemplateSection } from './ContractTemplateSection'
