/** Plausible rows for every table, for backup tests. */
import type { Row } from '../../../../../renderer/domain/backup/envelope'

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

/** Fixed ids of the rows `rowFor` makes, so every reference between them resolves. */
export const SEEDED = {
  organisation: uuidN(900_001),
  event: uuidN(900_002),
  person: uuidN(900_003),
  registration: uuidN(900_004),
  attachment: uuidN(900_005),
  report: uuidN(900_006),
}

/** One row in every table the database has (known tables get their real shape); together they refer to each other. */
export function rowFor(table: string): Row {
  const org = SEEDED.organisation
  switch (table) {
    case 'organisations':
      return organisation('Ørsted Čáhppes AS', { id: org })
    case 'people':
      return person(org, 'Áile Ŋuolla', { id: SEEDED.person })
    case 'statusEvents':
      return { ...baseRow(), organisationId: org, status: 'medlem', date: '2026-03-01', note: '' }
    case 'sectors':
      return { ...baseRow(), name: 'Bygg og anlegg' }
    case 'events':
      return { ...meetingEvent('Nettverksmøte'), id: SEEDED.event, invitedOrganisationIds: [org] }
    case 'registrations':
      return { ...registration(SEEDED.event, org, SEEDED.person), id: SEEDED.registration }
    case 'seatingPlans':
      return {
        ...baseRow(),
        eventId: SEEDED.event,
        data: { tables: [], assignment: { 't1:0': SEEDED.registration, 't1:1': 'host:h1', 't1:2': 'commissioner' }, locked: [], rules: {} },
      }
    case 'annualReports':
      return { ...baseRow(), id: SEEDED.report, organisationId: org, year: 2025, status: 'mottatt', receivedDate: '2026-03-30', caseNumber: '', data: {}, attachmentId: SEEDED.attachment }
    case 'contracts':
      return { ...baseRow(), organisationId: org, eventId: SEEDED.event, templateVersion: 1, snapshot: null, signatoryPersonId: SEEDED.person, attachmentId: null }
    case 'contractTemplates':
      return { ...baseRow(), version: 1, body: 'Klimakontrakt for {{virksomhet}}', logoAttachmentId: null }
    case 'attachments':
      return { ...baseRow(), id: SEEDED.attachment, ownerTable: 'annualReports', ownerId: SEEDED.report, name: 'logo.png', mimeType: 'image/png', bytes: new Uint8Array([137, 80, 78, 71, 0, 255]) }
    case 'settings':
      return { id: 'app', createdAt: stamp(0), updatedAt: stamp(0), deletedAt: null, commissionerName: 'Marit' }
    case 'auditLog':
      return { id: uuidN(++n), at: stamp(0), table: 'organisations', entityId: org, action: 'create', changes: {}, summary: 'Opprettet', userName: 'Kari', installId: 'x' }
    case 'syncLog':
      return { id: uuidN(++n), at: stamp(0), installId: 'x' }
    case 'erasures':
      return { id: uuidN(++n), table: 'people', erasedAt: stamp(0) }
    case 'invitationLog':
      return {
        ...baseRow(),
        eventId: SEEDED.event,
        at: stamp(0),
        kind: 'invitation',
        registrationId: SEEDED.registration,
        personId: SEEDED.person,
        recipientName: 'Áile Ŋuolla',
        organisationName: 'Ørsted Čáhppes AS',
        email: 'aile@example.no',
        fileName: 'Áile Ŋuolla (Ørsted Čáhppes AS).eml',
        calendar: { sequence: 0, fingerprint: '[]' },
        userName: 'Kari',
      }
    case 'applications':
      return { ...baseRow(), organisationId: org, formId: '17', date: '2026-11-03', startedAt: '', submittedAt: '2026-11-03T09:14', tier: 'medlem', answers: [{ question: 'Ønsker å bli', answer: 'Medlem' }], source: 'soknader.csv' }
    default:
      return { ...baseRow(), note: `rad i ${table}` }
  }
}
