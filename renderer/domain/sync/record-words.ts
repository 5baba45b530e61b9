/**
 * A record and the records it points to, named as the secretariat names them (issue 16): an
 * organisation by its name, a registration by its event and person, an event by its title and date.
 * Never an id: a record this laptop does not know is "ukjent". Sync's conflict list and the merge
 * import's both say records with these words.
 */
import type { Row } from '../backup/envelope'
import { datedTitle } from '../event/dated-title'
import { INVITATION_LOG_LABELS, type InvitationLogKind } from '../event/invitation-log'
import { PIPELINE_STATUS_LABELS, TIER_LABELS } from '../organisation/labels'
import { formatDate, formatTimestamp } from '../../lib/dates'

/** A row of a table as this laptop knows it (the file's when this laptop has none), or undefined. */
export type RowLookup = (table: string, id: string) => Row | undefined

const text = (v: unknown): string => (typeof v === 'string' && v.trim() ? v.trim() : '')
const quoted = (v: unknown, none: string): string => (text(v) ? `«${text(v)}»` : none)

/** What one row of a table is called, with its article ("Virksomheten"). */
export const TABLE_WORDS: Readonly<Record<string, string>> = {
  organisations: 'Virksomheten',
  people: 'Personen',
  statusEvents: 'Statushendelsen',
  sectors: 'Bransjen',
  events: 'Arrangementet',
  registrations: 'Påmeldingen',
  seatingPlans: 'Bordplanen',
  annualReports: 'Årsrapporten',
  contracts: 'Klimakontrakten',
  contractTemplates: 'Kontraktmalen',
  attachments: 'Vedlegget',
  settings: 'Innstillingene',
  auditLog: 'Linjen i endringsloggen',
  erasures: 'Slettingen',
  invitationLog: 'Linjen i invitasjonsloggen',
  applications: 'Søknaden',
}
export const tableWord = (table: string): string => TABLE_WORDS[table] ?? `En rad i «${table}»`

/** Where an id may point when the field does not say (an attachment's owner, an audit line's record). */
const ANY_TABLE = ['organisations', 'people', 'events', 'registrations', 'annualReports', 'contracts', 'applications', 'statusEvents', 'sectors', 'attachments', 'contractTemplates', 'seatingPlans']

const eventName = (event: Row | undefined): string =>
  event ? `«${datedTitle(text(event.title), typeof event.date === 'string' ? event.date : '')}»` : 'et ukjent arrangement'
const organisationName = (org: Row | undefined): string => (org ? quoted(org.name, '«(uten navn)»') : 'en ukjent virksomhet')
const personName = (person: Row | undefined): string => (person ? quoted(person.name, '«(uten navn)»') : 'en ukjent person')

/** A referenced record in a few words, without its article: «Bygg AS», «Kari Nordmann» på «Signeringslunsj 28.11.2026». */
export function referenceInWords(table: string | undefined, id: unknown, lookup: RowLookup): string {
  if (typeof id !== 'string' || !id) return '(tomt)'
  const tables = table ? [table] : ANY_TABLE
  for (const t of tables) {
    const row = lookup(t, id)
    if (row) return shortName(t, row, lookup)
  }
  return table === 'organisations' ? 'en ukjent virksomhet' : table === 'people' ? 'en ukjent person' : table === 'events' ? 'et ukjent arrangement' : 'en ukjent post'
}

function shortName(table: string, row: Row, lookup: RowLookup): string {
  switch (table) {
    case 'organisations':
      return organisationName(row)
    case 'people':
      return personName(row)
    case 'events':
      return eventName(row)
    case 'attachments':
    case 'sectors':
      return quoted(row.name, '«(uten navn)»')
    default:
      return recordInWords(table, row, lookup).replace(/^\S/, (w) => w.toLowerCase())
  }
}

/** The record a conflict is about, in words: «Påmeldingen til «Signeringslunsj 28.11.2026» for «Kari Nordmann»». */
export function recordInWords(table: string, row: Row, lookup: RowLookup): string {
  const get = (t: string, key: unknown) => (typeof key === 'string' ? lookup(t, key) : undefined)
  const org = () => organisationName(get('organisations', row.organisationId))
  const word = tableWord(table)
  switch (table) {
    case 'organisations':
      return `${word} ${organisationName(row)}`
    case 'people': {
      const at = get('organisations', row.organisationId)
      return `${word} ${personName(row)}${at ? ` i ${organisationName(at)}` : ''}`
    }
    case 'sectors':
      return `${word} ${quoted(row.name, '«(uten navn)»')}`
    case 'events':
      return `${word} ${eventName(row)}`
    case 'registrations':
      return `${word} til ${eventName(get('events', row.eventId))} for ${personName(get('people', row.personId))}`
    case 'statusEvents': {
      const status = typeof row.status === 'string' ? (PIPELINE_STATUS_LABELS as Record<string, string>)[row.status] : undefined
      const date = formatDate(typeof row.date === 'string' ? row.date : '')
      return `${word}${status ? ` «${status}»` : ''}${date ? ` ${date}` : ''} for ${org()}`
    }
    case 'annualReports':
      return `${word} ${typeof row.year === 'number' ? `${row.year} ` : ''}for ${org()}`
    case 'contracts':
      return `${word} for ${org()}`
    case 'applications':
      return `${word} fra ${org()}`
    case 'seatingPlans':
      return `${word} for ${eventName(get('events', row.eventId))}`
    case 'contractTemplates': {
      const tier = typeof row.tier === 'string' ? (TIER_LABELS as Record<string, string>)[row.tier] : undefined
      return `${word} for ${tier === 'Partner' ? 'partnere' : 'medlemmer'}${typeof row.version === 'number' ? `, versjon ${row.version}` : ''}`
    }
    case 'attachments':
      return `${word} ${quoted(row.name, '«(uten navn)»')}${row.ownerId ? ` til ${referenceInWords(typeof row.ownerTable === 'string' ? row.ownerTable : undefined, row.ownerId, lookup)}` : ''}`
    case 'settings':
      return word
    case 'auditLog':
      return `${word} ${quoted(row.summary, '(uten tekst)')}${typeof row.at === 'string' ? ` ${formatTimestamp(row.at)}` : ''}`
    case 'erasures':
      return `${word} av ${row.table === 'organisations' ? 'en virksomhet' : 'en person'}${typeof row.erasedAt === 'string' ? ` ${formatTimestamp(row.erasedAt)}` : ''}`
    case 'invitationLog': {
      const kind = typeof row.kind === 'string' ? INVITATION_LOG_LABELS[row.kind as InvitationLogKind] : undefined
      return `${word}${kind ? ` «${kind}»` : ''}${text(row.recipientName) ? ` til «${text(row.recipientName)}»` : ''} for ${eventName(get('events', row.eventId))}`
    }
    default:
      return word
  }
}
