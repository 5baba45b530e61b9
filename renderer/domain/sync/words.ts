/**
 * A conflict in words (issue 16): which record, which field, both values, who and when, so the
 * secretariat can decide without reading an id, a timestamp or JSON. Sync's conflict list and the
 * merge import's use the same words.
 */
import type { JsonValue } from '../../../electron/shared/sync-message'
import { EVENT_KIND_LABELS, REGISTRATION_STATUS_LABELS } from '../event/labels'
import { INVITATION_LOG_LABELS } from '../event/invitation-log'
import { PIPELINE_STATUS_LABELS, ROLE_LABELS, TIER_LABELS } from '../organisation/labels'
import { REPORT_STATUS_LABELS } from '../report/labels'
import { decodeValue } from './fields'
import { referenceInWords, type RowLookup } from './record-words'
import { differingLeaves, keyWord, leafInWords, shorten } from './value-words'

export { TABLE_WORDS, tableWord, recordInWords, referenceInWords, type RowLookup } from './record-words'

/** Every field a form or a step of the app can change, by the words its form uses. */
export const FIELD_WORDS: Readonly<Record<string, string>> = {
  name: 'Navn',
  orgNumber: 'Organisasjonsnummer',
  sector: 'Bransje',
  address: 'Adresse',
  website: 'Nettsted',
  employeeBand: 'Antall ansatte',
  tier: 'Nivå',
  tierHistory: 'Nivåendringer',
  partnerFee: 'Partneravgift',
  criteria: 'Medlemskriterier',
  expectations: 'Forventninger',
  certification: 'Miljøsertifisering',
  notes: 'Notater',
  note: 'Notat',
  status: 'Status',
  signedDate: 'Signert',
  erasedAt: 'Slettet for godt',
  trashedPersonIds: 'Personer lagt i papirkurven med virksomheten',
  mergedInto: 'Slått sammen med',
  organisationId: 'Virksomhet',
  personId: 'Person',
  eventId: 'Arrangement',
  title: 'Tittel',
  email: 'E-post',
  phone: 'Telefon',
  roles: 'Roller',
  kind: 'Type',
  date: 'Dato',
  place: 'Sted',
  room: 'Rom',
  capacity: 'Kapasitet',
  startTime: 'Starttid',
  endTime: 'Sluttid',
  cancelledAt: 'Avlyst',
  lunch: 'Signeringslunsjen',
  invitedOrganisationIds: 'Inviterte virksomheter',
  rolesAtTime: 'Roller ved påmelding',
  checkedInAt: 'Sjekket inn',
  walkIn: 'Kom uten påmelding',
  statusBeforeCheckIn: 'Status før innsjekking',
  data: 'Innhold',
  year: 'År',
  receivedDate: 'Mottatt',
  caseNumber: 'Saksnummer',
  checklist: 'Sjekkliste',
  prefilledFrom: 'Forhåndsutfylt fra år',
  attachmentId: 'Vedlegg',
  templateVersion: 'Malversjon',
  templateTier: 'Malens nivå',
  generatedAt: 'Laget',
  snapshot: 'Kontraktens innhold',
  signatoryPersonId: 'Signatar',
  signatoryName: 'Signatarens navn',
  signatoryRolesAtTime: 'Signatarens roller',
  version: 'Versjon',
  body: 'Tekst',
  logoAttachmentId: 'Logo',
  ownerTable: 'Hører til',
  ownerId: 'Hører til',
  mimeType: 'Filtype',
  bytes: 'Filen',
  deletedAt: 'I papirkurven',
  commissionerName: 'Byrådens navn',
  commissionerTitle: 'Byrådens tittel',
  secretariatName: 'Sekretariatets navn',
  secretariatEmail: 'Sekretariatets e-post',
  secretariatPhone: 'Sekretariatets telefon',
  reportDueDates: 'Frister for årsrapport',
  joinCutoff: 'Siste innmeldingsdag som teller for året',
  geographyMunicipalities: 'Kommuner med geografisk relevans',
  retentionYearsAfterLeaving: 'År før personer slettes etter utmelding',
  spreadsheetMappings: 'Kolonner husket for regnearkimport',
  applicationFormMappings: 'Kolonner husket for søknadsimport',
  postalPlaceMunicipalities: 'Kommune valgt for poststed',
  participationKinds: 'Arrangementer som teller for deltakelse',
  at: 'Tidspunkt',
  table: 'Gjelder',
  entityId: 'Post',
  action: 'Handling',
  changes: 'Endringer',
  summary: 'Beskrivelse',
  userName: 'Bruker',
  installId: 'Maskin',
  seq: 'Rekkefølge',
  quotedOrganisations: 'Nevnte virksomheter',
  registrationId: 'Påmelding',
  recipientName: 'Mottaker',
  organisationName: 'Virksomhetens navn',
  fileName: 'Filnavn',
  calendar: 'Kalenderfil',
  formId: 'Skjemaets svar-id',
  startedAt: 'Påbegynt',
  submittedAt: 'Sendt inn',
  answers: 'Svar',
  source: 'Fil',
}

/** Where a field's word differs by table (an attachment's name is a file name). */
const FIELD_WORDS_BY_TABLE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  attachments: { name: 'Filnavn' },
  statusEvents: { date: 'Dato for status' },
  events: { notes: 'Notater' },
  auditLog: { at: 'Tidspunkt', table: 'Gjelder tabell' },
  erasures: { table: 'Gjelder', erasedAt: 'Slettet' },
  invitationLog: { at: 'Laget', userName: 'Laget av' },
  applications: { date: 'Søknadsdato', tier: 'Ønsker å bli' },
}

export const fieldWord = (field: string, table?: string): string => (table && FIELD_WORDS_BY_TABLE[table]?.[field]) || (FIELD_WORDS[field] ?? `Feltet «${field}»`)

/** Fields holding the id of another record, and that record's table. */
const REFERENCES: Readonly<Record<string, string>> = {
  organisationId: 'organisations',
  personId: 'people',
  eventId: 'events',
  signatoryPersonId: 'people',
  attachmentId: 'attachments',
  logoAttachmentId: 'attachments',
  registrationId: 'registrations',
}
const REFERENCE_LISTS: Readonly<Record<string, string>> = {
  invitedOrganisationIds: 'organisations',
  trashedPersonIds: 'people',
  quotedOrganisations: 'organisations',
}

const TABLE_NAMES: Readonly<Record<string, string>> = {
  organisations: 'virksomheter',
  people: 'personer',
  statusEvents: 'statushendelser',
  sectors: 'bransjer',
  events: 'arrangementer',
  registrations: 'påmeldinger',
  seatingPlans: 'bordplaner',
  annualReports: 'årsrapporter',
  contracts: 'klimakontrakter',
  contractTemplates: 'kontraktmaler',
  attachments: 'vedlegg',
  settings: 'innstillinger',
  applications: 'søknader',
  invitationLog: 'invitasjonslogg',
  auditLog: 'endringslogg',
}
const ACTION_WORDS: Readonly<Record<string, string>> = {
  create: 'lagt til',
  update: 'endret',
  delete: 'lagt i papirkurven',
  restore: 'hentet tilbake',
  import: 'importert',
  erase: 'slettet for godt',
}

/** The labels a field's coded values are shown by, per table where they differ. */
function codeWords(table: string | undefined, field: string): Readonly<Record<string, string>> | undefined {
  if (field === 'status' || field === 'statusBeforeCheckIn') {
    if (table === 'registrations') return REGISTRATION_STATUS_LABELS
    if (table === 'annualReports') return REPORT_STATUS_LABELS
    return PIPELINE_STATUS_LABELS
  }
  if (field === 'tier' || field === 'templateTier') return TIER_LABELS
  if (field === 'kind') return table === 'invitationLog' ? INVITATION_LOG_LABELS : EVENT_KIND_LABELS
  if (field === 'action') return ACTION_WORDS
  if (field === 'table' || field === 'ownerTable') return TABLE_NAMES
  return undefined
}

/** How a value is to be read: its table, the records it may name, and the other side (only what differs from it is said). */
export type ValueContext = { table?: string; lookup?: RowLookup; other?: unknown }

const noRows: RowLookup = () => undefined

/** A value as the secretariat would say it: text in «», nothing as "(tomt)", a reference by its record's name. */
export function valueInWords(field: string, value: JsonValue, context: ValueContext = {}): string {
  return storedValueInWords(field, decodeValue(value), context)
}

/** A question as it stands before its answer. */
const asked = (question: string): string => {
  const q = shorten(question, 60)
  return /[?:]$/.test(q) ? q : `${q}:`
}

/** The same for a value as the row stores it (the merge import compares stored rows). */
export function storedValueInWords(field: string, v: unknown, { table, lookup = noRows, other }: ValueContext = {}): string {
  if (v === undefined || v === null || v === '') return '(tomt)'
  if (field === 'deletedAt') return typeof v === 'string' ? 'ja' : 'nei'
  if (typeof v === 'boolean') return v ? 'ja' : 'nei'
  const reference = REFERENCES[field] ?? (field === 'mergedInto' ? table : undefined)
  if (reference || field === 'ownerId' || field === 'entityId') return referenceInWords(reference, v, lookup)
  const listOf = REFERENCE_LISTS[field]
  if (listOf && Array.isArray(v)) return v.length === 0 ? '(ingen)' : shorten(v.map((id) => referenceInWords(listOf, id, lookup)).join(', '), 160)
  if (Array.isArray(v) && (field === 'roles' || field === 'rolesAtTime' || field === 'signatoryRolesAtTime'))
    return v.length === 0 ? '(ingen)' : v.map((r) => (ROLE_LABELS as Record<string, string>)[String(r)] ?? String(r)).join(', ')
  const codes = codeWords(table, field)
  if (codes && typeof v === 'string') return codes[v] ?? `«${v}»`
  if (field === 'participationKinds' && Array.isArray(v)) return v.map((k) => (EVENT_KIND_LABELS as Record<string, string>)[String(k)] ?? String(k)).join(', ')
  if (field === 'address' && typeof v === 'object') {
    const a = v as { street?: string; postalCode?: string; municipality?: string }
    const text = [a.street, [a.postalCode, a.municipality].filter(Boolean).join(' ')].filter(Boolean).join(', ')
    return text ? `«${text}»` : '(tomt)'
  }
  if (v instanceof Uint8Array) return `en fil på ${Math.max(1, Math.round(v.length / 1024))} kB`
  if (field === 'answers' && Array.isArray(v)) return answersInWords(v, other)
  if (field === 'tierHistory' && Array.isArray(v))
    return shorten(v.map((h: { date?: string; from?: string; to?: string }) => `${leafInWords(h.date, lookup)}: ${codeWords(table, 'tier')?.[String(h.from)] ?? '?'} → ${codeWords(table, 'tier')?.[String(h.to)] ?? '?'}`).join('; '), 160)
  if (field === 'partnerFee' && Array.isArray(v))
    return shorten(
      v.map((f: { year?: number; amount?: number; invoiced?: boolean; paid?: boolean }) => `${f.year}: ${typeof f.amount === 'number' ? f.amount.toLocaleString('nb-NO') : '?'} kr, ${f.invoiced ? 'fakturert' : 'ikke fakturert'}, ${f.paid ? 'betalt' : 'ikke betalt'}`).join('; '),
      160,
    )
  if (typeof v === 'object') {
    const parts = differingLeaves(v, other).map(({ path, value }) => (path.length ? `${path.map(keyWord).join(' › ')}: ` : '') + leafInWords(value, lookup))
    return parts.length === 0 ? '(tomt)' : shorten(parts.join('; '), 200)
  }
  return leafInWords(v, lookup)
}

/** Application answers: only those that differ from the other side, "Spørsmål: svar", each shortened. */
function answersInWords(answers: readonly unknown[], other: unknown): string {
  type Answer = { question?: unknown; answer?: unknown }
  const theirs = new Map((Array.isArray(other) ? (other as Answer[]) : []).map((a) => [String(a.question), String(a.answer ?? '')]))
  const differing = (answers as Answer[]).filter((a) => !Array.isArray(other) || theirs.get(String(a.question)) !== String(a.answer ?? ''))
  const gone = Array.isArray(other) ? [...theirs.keys()].filter((q) => !(answers as Answer[]).some((a) => String(a.question) === q)) : []
  const parts = [
    // "Hva gjør dere i dag? «Vi sykler»": a question that ends in its own mark takes no colon after it.
    ...differing.map((a) => `${asked(String(a.question))} ${a.answer ? `«${shorten(String(a.answer), 60)}»` : '(tomt)'}`),
    ...gone.map((q) => `${shorten(q, 60)}: (tomt)`),
  ]
  if (parts.length === 0) return '(samme svar)'
  const shown = parts.slice(0, 3).join('; ')
  return parts.length > 3 ? `${shown}; og ${parts.length - 3} svar til` : shown
}

/** The wall-clock time of an HLC stamp (its first 24 characters are an ISO time). */
export const stampTime = (ts: string): string => ts.slice(0, 24)
