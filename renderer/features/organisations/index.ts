/** What the app may use from the member register (see README.md for what other features can use). */
export { organisationsRoutes } from './routes'
