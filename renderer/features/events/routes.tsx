import type { RouteObject } from 'react-router'
import { EventsPage } from './EventsPage'

export const eventsRoutes: RouteObject[] = [{ path: 'arrangementer', element: <EventsPage /> }]
