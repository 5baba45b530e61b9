/** What other features and the app may use from Events (see README.md). */
export { eventsRoutes } from './routes'
export { InvitationMail } from './InvitationMail'
export { useEventData, type EventData } from './use-event-data'
