import type { RouteObject } from 'react-router'
import { lazyPage } from '../../components/lazy-page'

const CheckInPage = lazyPage(() => import('./CheckInPage'), 'CheckInPage')
const EventFormPage = lazyPage(() => import('./EventFormPage'), 'EventFormPage')
const EventPage = lazyPage(() => import('./EventPage'), 'EventPage')
const EventsPage = lazyPage(() => import('./EventsPage'), 'EventsPage')

export const eventsRoutes: RouteObject[] = [
  { path: 'arrangementer', element: <EventsPage /> },
  { path: 'arrangementer/nytt', element: <EventFormPage /> },
  { path: 'arrangementer/:eventId', element: <EventPage /> },
  { path: 'arrangementer/:eventId/rediger', element: <EventFormPage /> },
  { path: 'arrangementer/:eventId/innsjekking', element: <CheckInPage /> },
]
