/**
 * CSV exports of the whole register for Excel, through the shared writer in lib/export/csv
 * (`;`, UTF-8 with BOM, formula guard); dates as 28.11.2026, statuses in Norwegian.
 */
import { formatDate } from '../../lib/dates'
import { toCsv, type CsvCell } from '../../lib/export/csv'
import type { Row, TableData } from './envelope'
import { EVENT_KIND_LABELS, eventKindInSpreadsheet, REGISTRATION_STATUS_LABELS } from '../event/labels'
import { PIPELINE_STATUS_LABELS, pipelineStatusText, TIER_LABELS } from '../organisation/labels'
import type { PipelineStatus } from '../organisation/types'
import { REPORT_STATUS_LABELS } from '../report/labels'

export type CsvKind = 'organisations' | 'people' | 'attendance' | 'annualReports'

/** Any stored value as a cell: numbers stay numbers, everything else is text. */
const cell = (value: unknown): CsvCell => (typeof value === 'number' ? value : value === null || value === undefined ? '' : String(value))
const csv = (header: string[], rows: unknown[][]) => toCsv(header, rows.map((r) => r.map(cell)))

/** A stored code in its concept's words; a code the app does not know is shown as stored. */
function inWords<K extends string>(labels: Readonly<Record<K, string>>, code: unknown, say: (key: K) => string = (key) => labels[key]): unknown {
  const key = text(code)
  return Object.hasOwn(labels, key) ? say(key as K) : code
}

const live = (rows: Row[] | undefined) => (rows ?? []).filter((r) => !r.deletedAt)
const byId = (rows: Row[] | undefined) => new Map((rows ?? []).map((r) => [String(r.id), r]))
const text = (v: unknown) => (typeof v === 'string' ? v : '')
/** A stored tier; anything but partner reads as member, as everywhere else. */
const tier = (o: Row) => (o.tier === 'partner' ? 'partner' : 'medlem')
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
          return [o.name, o.orgNumber, inWords(PIPELINE_STATUS_LABELS, o.status, (status: PipelineStatus) => pipelineStatusText({ status, tier: tier(o) }, 'short')), TIER_LABELS[tier(o)], formatDate(text(o.signedDate)), o.sector, a.street, a.postalCode, a.municipality, o.website]
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
          return [formatDate(text(e?.date)), e?.title, inWords(EVENT_KIND_LABELS, e?.kind, eventKindInSpreadsheet), orgName(r.organisationId), people.get(String(r.personId))?.name, inWords(REGISTRATION_STATUS_LABELS, r.status)]
        }),
      )
    }
    case 'annualReports':
      return csv(
        ['År', 'Virksomhet', 'Status', 'Mottatt', 'Saksnummer'],
        live(data.annualReports).map((r) => [r.year, orgName(r.organisationId), inWords(REPORT_STATUS_LABELS, r.status), formatDate(text(r.receivedDate)), r.caseNumber]),
      )
  }
}
