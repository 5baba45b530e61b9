/** Plausible rows for every table, for backup tests. */
import type { Row } from '../../../../renderer/lib/backup/envelope'

let n = 0
export const uuidN = (i: number): string => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`
const stamp = (day: number) => new Date(Date.UTC(2026, 0, 1) + day * 86_400_000).toISOString()

export function baseRow(at = stamp(0)): Row {
  return { id: uuidN(++n), createdAt: at, updatedAt: at, deletedAt: null }
}

export const organisation = (name: string, extra: Row = {}): Row => ({
  ...baseRow(),
  name,
  orgNumber: '974760673',
  sector: 'Bygg',
  address: { street: 'Rådhusplassen 1', postalCode: '0037', municipality: 'Oslo' },
  website: '',
  employeeBand: '',
  tier: 'medlem',
  partnerFee: [],
  criteria: {},
  expectations: {},
  certification: { kind: null, validUntil: null, note: '' },
  notes: '',
  status: 'medlem',
  signedDate: '2026-03-01',
  ...extra,
})

export const person = (organisationId: string, name: string, extra: Row = {}): Row => ({
  ...baseRow(),
  organisationId,
  name,
  title: 'Daglig leder',
  email: 'kari@example.no',
  phone: '',
  roles: ['toppleder'],
  ...extra,
})

export const meetingEvent = (title: string): Row => ({
  ...baseRow(),
  kind: 'nettverksmote',
  title,
  date: '2026-05-04',
  startTime: '09:00',
  endTime: '11:00',
  place: 'Oslo rådhus',
  room: '',
  capacity: null,
  notes: '',
  cancelledAt: null,
  lunch: null,
})

export const registration = (eventId: string, organisationId: string, personId: string): Row => ({
  ...baseRow(),
  eventId,
  organisationId,
  personId,
  rolesAtTime: ['toppleder'],
  status: 'mott',
  checkedInAt: null,
  walkIn: false,
})

/** One row in every table the database has (known tables get their real shape). */
export function rowFor(table: string): Row {
  const org = uuidN(900_001)
  switch (table) {
    case 'organisations':
      return organisation('Ørsted Čáhppes AS')
    case 'people':
      return person(org, 'Áile Ŋuolla')
    case 'statusEvents':
      return { ...baseRow(), organisationId: org, status: 'medlem', date: '2026-03-01', note: '' }
    case 'events':
      return meetingEvent('Nettverksmøte')
    case 'registrations':
      return registration(uuidN(900_002), org, uuidN(900_003))
    case 'annualReports':
      return { ...baseRow(), organisationId: org, year: 2025, status: 'mottatt', receivedDate: null, caseNumber: '', data: {} }
    case 'contracts':
      return { ...baseRow(), organisationId: org, eventId: null, templateVersion: 1, snapshot: null }
    case 'attachments':
      return { ...baseRow(), ownerTable: 'contracts', ownerId: org, name: 'logo.png', mimeType: 'image/png', bytes: new Uint8Array([137, 80, 78, 71, 0, 255]) }
    case 'settings':
      return { id: 'app', createdAt: stamp(0), updatedAt: stamp(0), deletedAt: null, commissionerName: 'Marit' }
    case 'auditLog':
      return { id: uuidN(++n), at: stamp(0), table: 'organisations', entityId: org, action: 'create', changes: {}, summary: 'Opprettet', userName: 'Kari', installId: 'x' }
    case 'syncLog':
      return { id: uuidN(++n), at: stamp(0), installId: 'x' }
    default:
      return { ...baseRow(), note: `rad i ${table}` }
  }
}
