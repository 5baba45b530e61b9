/** Export of what the register shows, as CSV or .xlsx for Norwegian Excel. */
import { formatDate } from '../../lib/dates'
import { toCsv } from '../../lib/export/csv'
import { toXlsx, xlsxDate, type XlsxCell } from '../../lib/export/xlsx'
import { formatOrgNumber } from '../../../electron/shared/org-number'
import { pipelineStatusText, TIER_LABELS } from '../../domain/organisation/labels'
import type { Organisation, Person } from '../../db/models'

/** A row of the export: the full organisation (the list holds only its narrow entry) and its live people, by id. */
export type ExportRecord = { org: Organisation; people: readonly Person[] }

export const EXPORT_HEADERS = [
  'Navn',
  'Organisasjonsnummer',
  'Nivå',
  'Status',
  'Bransje',
  'Signert dato',
  'Klimakontakt',
  'Klimakontakt e-post',
  'Klimakontakt telefon',
  'Toppleder',
  'Besøksadresse',
  'Postnummer',
  'Kommune',
  'Nettsted',
  'Antall ansatte',
]

const byRole = (people: readonly Person[], role: Person['roles'][number]) => people.find((p) => p.roles.includes(role)) ?? null

function cells({ org, people }: ExportRecord, date: (d: string | null) => XlsxCell): XlsxCell[] {
  const climateContact = byRole(people, 'klimakontakt')
  const topLeader = byRole(people, 'toppleder')
  return [
    org.name,
    formatOrgNumber(org.orgNumber),
    TIER_LABELS[org.tier],
    pipelineStatusText(org),
    org.sector,
    date(org.signedDate),
    climateContact?.name ?? '',
    climateContact?.email ?? '',
    climateContact?.phone ?? '',
    topLeader?.name ?? '',
    org.address.street,
    org.address.postalCode,
    org.address.municipality,
    org.website,
    org.employeeBand,
  ]
}

export function registerCsv(rows: readonly ExportRecord[]): Uint8Array<ArrayBuffer> {
  return toCsv(
    EXPORT_HEADERS,
    rows.map((r) => cells(r, formatDate) as (string | null)[]),
  )
}

export function registerXlsx(rows: readonly ExportRecord[]): Promise<Uint8Array<ArrayBuffer>> {
  return toXlsx(
    EXPORT_HEADERS,
    rows.map((r) => cells(r, xlsxDate)),
    'Virksomheter',
  )
}
