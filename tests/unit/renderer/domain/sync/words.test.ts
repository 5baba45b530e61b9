import { describe, expect, it } from 'vitest'
import type {
  AnnualReport,
  Application,
  Attachment,
  AuditEntry,
  ClimateContract,
  ContractTemplate,
  ErasureRecord,
  InvitationLogEntry,
  MeetingEvent,
  Organisation,
  Person,
  Registration,
  SeatingPlan,
  Sector,
  StatusEvent,
} from '../../../../../renderer/db/models'
import { SCHEMA_VERSIONS } from '../../../../../renderer/db/schema'
import type { Row } from '../../../../../renderer/domain/backup/envelope'
import { defaultSettings, type SettingsRecord } from '../../../../../renderer/domain/settings/settings'
import { conflictInWords, lookupIn } from '../../../../../renderer/domain/sync/conflict-words'
import { canConflict, encodeValue, isSyncedTable } from '../../../../../renderer/domain/sync/fields'
import { fieldWord, recordInWords, tableWord, valueInWords } from '../../../../../renderer/domain/sync/words'

const id = (n: number) => `0000000${n}-0000-4000-8000-00000000000${n}`.replace(/^0*(\d{8})/, '$1')
const ORG = '11111111-1111-4111-8111-111111111111'
const OTHER_ORG = '22222222-2222-4222-8222-222222222222'
const PERSON = '33333333-3333-4333-8333-333333333333'
const EVENT = '44444444-4444-4444-8444-444444444444'
const REGISTRATION = '55555555-5555-4555-8555-555555555555'
const ATTACHMENT = '66666666-6666-4666-8666-666666666666'
const TABLE = '77777777-7777-4777-8777-777777777777'
const at = '2026-11-20T10:00:00.000Z'
const base = { createdAt: at, updatedAt: at, deletedAt: null }
const assessment = { status: 'oppfylt' as const, note: 'Ok' }

/**
 * One row of every synced table with every field its model has (`Required<…>`: a field added to a
 * model fails the type check here until it is given a value, and then the words are checked for it).
 */
const organisation = {
  ...base,
  id: ORG,
  name: 'Bygg AS',
  orgNumber: '123456789',
  sector: 'Bygg',
  address: { street: 'Gata 1', postalCode: '0150', postalPlace: 'Oslo', municipality: 'Oslo' },
  website: 'bygg.no',
  employeeBand: '10–49',
  tier: 'partner',
  tierHistory: [{ date: '2025-01-01', from: 'medlem', to: 'partner' }],
  partnerFee: [{ year: 2026, amount: 50000, invoiced: true, paid: false }],
  criteria: { intent: assessment, geography: assessment, leadership: assessment, action: assessment, reporting: assessment, participation: assessment },
  expectations: { strategy: assessment, certification: assessment, emissionsAccounts: assessment, supplierRequirements: assessment },
  certification: { kind: 'miljofyrtarn', validUntil: '2027-01-01', note: '' },
  notes: 'Notat',
  status: 'medlem',
  signedDate: '2025-06-01',
  erasedAt: null,
  trashedPersonIds: [PERSON],
  mergedInto: OTHER_ORG,
} satisfies Required<Organisation>
const person = { ...base, id: PERSON, organisationId: ORG, name: 'Kari Nordmann', title: 'Daglig leder', email: 'kari@bygg.no', phone: '99999999', roles: ['toppleder'], erasedAt: null, mergedInto: PERSON } satisfies Required<Person>
const event = {
  ...base,
  id: EVENT,
  kind: 'signeringslunsj',
  title: 'Signeringslunsj 28.11.2026',
  date: '2026-11-28',
  startTime: '11:00',
  endTime: '13:00',
  place: 'Rådhuset',
  room: 'Festsalen',
  capacity: 40,
  notes: '',
  cancelledAt: at,
  lunch: {
    commissionerName: 'Byråd',
    commissionerTitle: 'byråd',
    maxOrganisations: 8,
    maxGuestsPerOrganisation: 2,
    hosts: [{ id: id(9), name: 'Vert', title: 'Direktør' }],
    welcomeMinutes: 10,
    signingMinutes: 20,
    speakingOrder: [{ organisationId: ORG, minutes: 3 }],
    signingRegisteredAt: null,
  },
  invitedOrganisationIds: [ORG, OTHER_ORG],
} satisfies Required<MeetingEvent>
const registration = { ...base, id: REGISTRATION, eventId: EVENT, organisationId: ORG, personId: PERSON, rolesAtTime: ['toppleder'], status: 'pameldt', checkedInAt: at, walkIn: false, statusBeforeCheckIn: 'invitert' } satisfies Required<Registration>
const attachment = { ...base, id: ATTACHMENT, ownerTable: 'annualReports', ownerId: id(8), name: 'rapport.pdf', mimeType: 'application/pdf', bytes: new Uint8Array(2048) } satisfies Required<Attachment>
const report = {
  ...base,
  id: id(8),
  organisationId: ORG,
  year: 2025,
  status: 'mottatt',
  receivedDate: '2026-03-01',
  caseNumber: '26/1',
  data: { comment: 'Fint' },
  checklist: {
    strategy: true,
    certification: { kind: 'iso14001', validUntil: null },
    emissionsAccounts: { kept: true, scope1: true, scope2: false, scope3: false, tool: 'Excel' },
    reductionTarget: { baseYear: 2019, targetYear: 2030, percent: 50 },
    supplierRequirements: null,
    measuresDone: 'Elbiler',
    measuresPlanned: 'Solceller',
    partner: { klimapartnereDate: null, tonnes: { scope1: 1, scope2: null, scope3: null } },
  },
  prefilledFrom: 2024,
  attachmentId: ATTACHMENT,
} satisfies Required<AnnualReport>
const rows = {
  organisations: [organisation, { ...organisation, id: OTHER_ORG, name: 'Annen AS', mergedInto: ORG }],
  people: [person],
  statusEvents: [{ ...base, id: id(1), organisationId: ORG, status: 'godkjent', date: '2026-02-01', note: 'Vedtatt' } satisfies Required<StatusEvent>],
  sectors: [{ ...base, id: id(2), name: 'Bygg' } satisfies Required<Sector>],
  events: [event],
  registrations: [registration],
  seatingPlans: [
    {
      ...base,
      id: id(3),
      eventId: EVENT,
      data: { tables: [{ id: TABLE, name: 'Bord 1', shape: 'round', seats: 8 }], assignment: { [`${TABLE}:0`]: REGISTRATION }, locked: [`${TABLE}:0`], rules: { weights: { hostsSpread: 1, organisationGrouping: 1, sectorsMixed: 1, sectorsNotAdjacent: 1, colleaguesAdjacent: 1, hostsMeetNew: 1 }, organisationMode: 'apart' } },
    } satisfies Required<SeatingPlan>,
  ],
  annualReports: [report],
  contracts: [
    {
      ...base,
      id: id(4),
      organisationId: ORG,
      eventId: EVENT,
      templateVersion: 2,
      templateTier: 'medlem',
      generatedAt: at,
      commissionerName: 'Byråd',
      snapshot: { organisation: { name: 'Bygg AS', id: ORG }, body: 'Tekst' },
      signedDate: '2026-11-28',
      signatoryPersonId: PERSON,
      signatoryName: 'Kari Nordmann',
      signatoryRolesAtTime: ['toppleder'],
      caseNumber: '26/2',
      attachmentId: ATTACHMENT,
    } satisfies Required<ClimateContract>,
  ],
  contractTemplates: [{ ...base, id: id(5), tier: 'partner', version: 3, body: 'Avtale', logoAttachmentId: ATTACHMENT } satisfies Required<ContractTemplate>],
  attachments: [attachment],
  settings: [{ ...defaultSettings(), spreadsheetMappings: { 'Navn;Orgnr': { name: 0 } }, reportDueDates: { '2025': '2026-04-01' }, id: 'app', createdAt: at, updatedAt: at, deletedAt: null } satisfies SettingsRecord],
  auditLog: [
    {
      id: id(6),
      at,
      table: 'organisations',
      entityId: ORG,
      action: 'update',
      changes: { name: { from: 'Bygg', to: 'Bygg AS' }, organisationId: { from: OTHER_ORG, to: ORG } },
      summary: 'Bygg AS ble endret',
      userName: 'Kari',
      installId: 'laptop-1',
      seq: 1,
      quotedOrganisations: [ORG],
    } satisfies Required<AuditEntry>,
  ],
  erasures: [{ id: OTHER_ORG, table: 'organisations', erasedAt: at } satisfies ErasureRecord],
  invitationLog: [
    {
      ...base,
      id: id(7),
      eventId: EVENT,
      at,
      kind: 'invitation',
      registrationId: REGISTRATION,
      personId: PERSON,
      recipientName: 'Kari Nordmann',
      organisationName: 'Bygg AS',
      email: 'kari@bygg.no',
      fileName: 'Kari Nordmann (Bygg AS).eml',
      calendar: { sequence: 1, fingerprint: 'abc' },
      userName: 'Kari',
    } satisfies Required<InvitationLogEntry>,
  ],
  applications: [
    {
      ...base,
      id: id(10),
      organisationId: ORG,
      formId: '17',
      date: '2026-03-01',
      startedAt: '2026-03-01T10:00',
      submittedAt: '2026-03-01T10:20',
      tier: 'medlem',
      answers: [{ question: 'Hvorfor vil dere bli med?', answer: 'For klimaet', field: 'intent' }],
      source: 'skjema.xlsx',
    } satisfies Required<Application>,
  ],
} as unknown as Record<string, Row[]>

const lookup = lookupIn(rows)
const UUID_LIKE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i
/** Words that are not words: an id, JSON, or the fallback for a table or field nobody named. */
const unspoken = (text: string): string | null =>
  UUID_LIKE.test(text) ? 'an id' : /[{}[\]"]/.test(text) ? 'JSON' : text.includes('Feltet «') || text.includes('En rad i «') ? 'a fallback word' : text.includes('undefined') ? 'undefined' : null

const firstRecord = (table: string) => recordInWords(table, rows[table]![0]!, lookup)
const syncedTables = [...new Set(SCHEMA_VERSIONS.flatMap((v) => Object.entries(v.stores).filter(([, s]) => s !== null).map(([t]) => t)))].filter(isSyncedTable)

describe('a sync conflict in words', () => {
  it('has a fixture row of every table that syncs', () => {
    expect(syncedTables.filter((t) => !rows[t]?.length)).toEqual([])
  })

  it('names every synced record, and every field and value of it, in words: never an id, JSON or a fallback', () => {
    const problems: string[] = []
    for (const table of syncedTables) {
      for (const row of rows[table] ?? []) {
        const record = recordInWords(table, row, lookup)
        const bad = unspoken(record) ?? (record === tableWord(table) && table !== 'settings' ? 'no name' : null)
        if (bad) problems.push(`${table}: record «${record}» is ${bad}`)
        for (const [field, value] of Object.entries(row)) {
          if (field === 'id' || !canConflict(field)) continue
          const word = fieldWord(field, table)
          const words = valueInWords(field, encodeValue(value), { table, lookup })
          const why = unspoken(word) ?? unspoken(words)
          if (why) problems.push(`${table}.${field}: «${word}» = ${words} (${why})`)
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('says a reference by the name of what it points to, as this laptop knows it', () => {
    expect(valueInWords('organisationId', ORG, { table: 'applications', lookup })).toBe('«Bygg AS»')
    expect(valueInWords('personId', PERSON, { table: 'registrations', lookup })).toBe('«Kari Nordmann»')
    expect(valueInWords('eventId', EVENT, { table: 'registrations', lookup })).toBe('«Signeringslunsj 28.11.2026»')
    expect(valueInWords('organisationId', '99999999-9999-4999-8999-999999999999', { table: 'people', lookup })).toBe('en ukjent virksomhet')
  })

  it('names a registration, an application, an annual report and a status event by what they belong to', () => {
    expect(firstRecord('registrations')).toBe('Påmeldingen til «Signeringslunsj 28.11.2026» for «Kari Nordmann»')
    expect(firstRecord('applications')).toBe('Søknaden fra «Bygg AS»')
    expect(firstRecord('annualReports')).toBe('Årsrapporten 2025 for «Bygg AS»')
    expect(firstRecord('statusEvents')).toBe('Statushendelsen «Godkjent» 01.02.2026 for «Bygg AS»')
    expect(firstRecord('organisations')).toBe('Virksomheten «Bygg AS»')
  })

  it('says the status of a registration, an annual report and an organisation each by its own labels', () => {
    expect(valueInWords('status', 'avmeldt', { table: 'registrations' })).toBe('Avmeldt')
    expect(valueInWords('status', 'ma-folges-opp', { table: 'annualReports' })).toBe('Må følges opp')
    expect(valueInWords('status', 'godkjent', { table: 'organisations' })).toBe('Godkjent')
  })

  it('says a seat of a seating plan as a seat, never by its table’s id', () => {
    const words = valueInWords('data', encodeValue({ locked: [`${TABLE}:2`] }), { table: 'seatingPlans', lookup })
    expect(words).toBe('Låste plasser: plass 3')
  })

  it('shows only the application answers that differ, as «question? answer» or «heading: answer», shortened', () => {
    const long = 'Vi vil kutte utslipp fra transport, bygg og innkjøp, og vi har allerede en plan for de neste fem årene med tydelige mål.'
    const mine = [
      { question: 'Hvorfor vil dere bli med?', answer: 'For klimaet' },
      { question: 'Hva gjør dere i dag?', answer: 'Sykler' },
    ]
    const theirs = [
      { question: 'Hvorfor vil dere bli med?', answer: 'For klimaet' },
      { question: 'Hva gjør dere i dag?', answer: long },
    ]
    const words = valueInWords('answers', encodeValue(theirs), { table: 'applications', lookup, other: mine })
    expect(words).toMatch(/^Hva gjør dere i dag\? «Vi vil kutte utslipp fra transport, bygg og innkjøp, og vi…»$/)
    expect(words).not.toContain('Hvorfor')
    expect(valueInWords('answers', encodeValue(mine), { table: 'applications', lookup, other: theirs })).toBe('Hva gjør dere i dag? «Sykler»')
    const heading = (answer: string) => encodeValue([{ question: 'Kontaktperson', answer }])
    expect(valueInWords('answers', heading('Kari'), { table: 'applications', lookup, other: [{ question: 'Kontaktperson', answer: 'Ola' }] })).toBe('Kontaktperson: «Kari»')
  })
})

describe('a merge import conflict in words', () => {
  it('names the record and, per field that differs, both values in words', () => {
    const local = rows.registrations![0]!
    const words = conflictInWords({ table: 'registrations', local, incoming: { ...local, status: 'avmeldt', walkIn: true, updatedAt: '2026-11-21T10:00:00.000Z' } }, lookup)
    expect(words).toEqual({
      record: 'Påmeldingen til «Signeringslunsj 28.11.2026» for «Kari Nordmann»',
      fields: [
        { field: 'Status', local: 'Påmeldt', incoming: 'Avmeldt' },
        { field: 'Kom uten påmelding', local: 'nei', incoming: 'ja' },
      ],
    })
  })

  it('names a record the file brought by the file’s rows when this laptop has none', () => {
    const app = rows.applications![0]!
    const fromFile = lookupIn({}, { organisations: [{ ...organisation, id: OTHER_ORG, name: 'Ny AS' }] })
    const words = conflictInWords({ table: 'applications', local: { ...app, organisationId: OTHER_ORG }, incoming: { ...app, organisationId: OTHER_ORG, source: 'ny.xlsx' } }, fromFile)
    expect(words.record).toBe('Søknaden fra «Ny AS»')
    expect(words.fields).toEqual([{ field: 'Fil', local: '«skjema.xlsx»', incoming: '«ny.xlsx»' }])
  })
})
