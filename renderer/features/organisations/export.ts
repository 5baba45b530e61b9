/** Export of what the register shows, as CSV or .xlsx for Norwegian Excel. */
import { formatDate } from '../../lib/dates'
import { toCsv } from '../../lib/export/csv'
import { toXlsx, xlsxDate, type XlsxCell } from '../../lib/export/xlsx'
import { formatOrgNumber } from '../../../electron/shared/org-number'
import { pipelineStatusText, TIER_LABELS } from '../../domain/organisation/labels'
import type { RegisterRow } from './register-rows'

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

function cells(row: RegisterRow, date: (d: string | null) => XlsxCell): XlsxCell[] {
  const { org, climateContact, topLeader } = row
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

export function registerCsv(rows: readonly RegisterRow[]): Uint8Array<ArrayBuffer> {
  return toCsv(
    EXPORT_HEADERS,
    rows.map((r) => cells(r, formatDate) as (string | null)[]),
  )
}

export function registerXlsx(rows: readonly RegisterRow[]): Promise<Uint8Array<ArrayBuffer>> {
  return toXlsx(
    EXPORT_HEADERS,
    rows.map((r) => cells(r, xlsxDate)),
    'Virksomheter',
  )
}
