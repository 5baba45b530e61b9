import type { RouteObject } from 'react-router'
import { CheckInPage } from './CheckInPage'
import { EventFormPage } from './EventFormPage'
import { EventPage } from './EventPage'
import { EventsPage } from './EventsPage'

export const eventsRoutes: RouteObject[] = [
  { path: 'arrangementer', element: <EventsPage /> },
  { path: 'arrangementer/nytt', element: <EventFormPage /> },
  { path: 'arrangementer/:eventId', element: <EventPage /> },
  { path: 'arrangementer/:eventId/rediger', element: <EventFormPage /> },
  { path: 'arrangementer/:eventId/innsjekking', element: <CheckInPage /> },
]
