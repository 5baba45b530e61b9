import type { CalendarEvent } from '../../../../electron/shared/channels/calendar'

export const sampleEvent = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  eventId: '7f3c2a10-5b7e-4d1a-9c55-0a1b2c3d4e5f',
  title: 'Signeringslunsj – Næring for klima',
  date: '2027-06-10',
  startTime: '11:30',
  endTime: '13:00',
  location: 'Oslo rådhus, Festsalen',
  description: 'Signering av klimakontrakter.\nOppmøte i vestibylen.',
  sequence: 0,
  organizer: { name: 'Næring for klima', email: 'nfk@kli.oslo.kommune.no' },
  ...overrides,
})
