/**
 * CSV exports of the whole register for Excel, through the shared writer in lib/export/csv
 * (`;`, UTF-8 with BOM, formula guard); dates as 28.11.2026, statuses in Norwegian.
 */
import { formatDate } from '../../lib/dates'
import { toCsv, type CsvCell } from '../../lib/export/csv'
import type { Row, TableData } from './envelope'

export type CsvKind = 'organisations' | 'people' | 'attendance' | 'annualReports'

/** Any stored value as a cell: numbers stay numbers, everything else is text. */
const cell = (value: unknown): CsvCell => (typeof value === 'number' ? value : value === null || value === undefined ? '' : String(value))
const csv = (header: string[], rows: unknown[][]) => toCsv(header, rows.map((r) => r.map(cell)))

const STATUS: Record<string, string> = { soker: 'Søker', godkjent: 'Godkjent', invitert: 'Invitert', medlem: 'Medlem', utmeldt: 'Utmeldt', avslatt: 'Avslått' }
const KIND: Record<string, string> = { nettverksmote: 'Nettverksmøte', toppledermote: 'Toppledermøte', partnersamling: 'Partnersamling', signeringslunsj: 'Signeringslunsj', annet: 'Annet' }
const REG: Record<string, string> = { invitert: 'Invitert', pameldt: 'Påmeldt', avmeldt: 'Avmeldt', mott: 'Møtt', 'ikke-mott': 'Ikke møtt' }
const REPORT: Record<string, string> = { 'ikke-mottatt': 'Ikke mottatt', mottatt: 'Mottatt', godkjent: 'Godkjent', 'ma-folges-opp': 'Må følges opp' }

const live = (rows: Row[] | undefined) => (rows ?? []).filter((r) => !r.deletedAt)
const byId = (rows: Row[] | undefined) => new Map((rows ?? []).map((r) => [String(r.id), r]))
const text = (v: unknown) => (typeof v === 'string' ? v : '')
const address = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {})

export function buildCsv(kind: CsvKind, data: TableData): Uint8Array<ArrayBuffer> {
  const orgs = byId(data.organisations)
  const orgName = (id: unknown) => text(orgs.get(String(id))?.name)
  switch (kind) {
    case 'organisations':
      return csv(
        ['Navn', 'Organisasjonsnummer', 'Status', 'Nivå', 'Signert', 'Bransje', 'Adresse', 'Postnummer', 'Kommune', 'Nettsted'],
        live(data.organisations).map((o) => {
          const a = address(o.address)
          return [o.name, o.orgNumber, STATUS[text(o.status)] ?? o.status, o.tier === 'partner' ? 'Partner' : 'Medlem', formatDate(text(o.signedDate)), o.sector, a.street, a.postalCode, a.municipality, o.website]
        }),
      )
    case 'people':
      return csv(
        ['Navn', 'Virksomhet', 'Tittel', 'E-post', 'Telefon', 'Roller'],
        live(data.people).map((p) => [p.name, orgName(p.organisationId), p.title, p.email, p.phone, Array.isArray(p.roles) ? p.roles.join(', ') : '']),
      )
    case 'attendance': {
      const events = byId(data.events)
      const people = byId(data.people)
      return csv(
        ['Dato', 'Arrangement', 'Type', 'Virksomhet', 'Person', 'Status'],
        live(data.registrations).map((r) => {
          const e = events.get(String(r.eventId))
          return [formatDate(text(e?.date)), e?.title, KIND[text(e?.kind)] ?? e?.kind, orgName(r.organisationId), people.get(String(r.personId))?.name, REG[text(r.status)] ?? r.status]
        }),
      )
    }
    case 'annualReports':
      return csv(
        ['År', 'Virksomhet', 'Status', 'Mottatt', 'Saksnummer'],
        live(data.annualReports).map((r) => [r.year, orgName(r.organisationId), REPORT[text(r.status)] ?? r.status, formatDate(text(r.receivedDate)), r.caseNumber]),
      )
  }
}
