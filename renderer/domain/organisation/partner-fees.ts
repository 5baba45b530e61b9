/**
 * What partners owe: every fee row not yet paid, for the finance office (Partneravgifter). A fee is
 * "ikke fakturert" until the secretariat marks it invoiced; paid implies invoiced.
 */
import { formatOrgNumber } from '../../../electron/shared/org-number'
import type { Organisation } from './types'

export type OwedFee = { organisationId: string; name: string; orgNumber: string; year: number; amount: number; invoiced: boolean }

export type OwedSummary = { rows: OwedFee[]; total: number; notInvoiced: number }

/** Unpaid fees of organisations not in the trash, oldest year first, then by name. */
export function owedFees(organisations: readonly Organisation[]): OwedSummary {
  const rows: OwedFee[] = []
  for (const org of organisations) {
    if (org.deletedAt) continue
    for (const fee of org.partnerFee ?? []) {
      if (fee.paid) continue
      rows.push({ organisationId: org.id, name: org.name, orgNumber: org.orgNumber, year: fee.year, amount: fee.amount, invoiced: fee.invoiced ?? false })
    }
  }
  rows.sort((a, b) => a.year - b.year || a.name.localeCompare(b.name, 'nb'))
  return { rows, total: rows.reduce((s, r) => s + r.amount, 0), notInvoiced: rows.filter((r) => !r.invoiced).length }
}

export const OWED_HEADERS = ['Virksomhet', 'Organisasjonsnummer', 'År', 'Beløp (kr)', 'Fakturert'] as const

/** The table the finance office gets, as cells for `toCsv` (amounts as numbers: Excel sums them). */
export function owedTable(summary: OwedSummary): (string | number)[][] {
  return summary.rows.map((r) => [r.name, formatOrgNumber(r.orgNumber), r.year, r.amount, r.invoiced ? 'Ja' : 'Nei'])
}

/** "12 500 kr". */
export const kroner = (amount: number): string => `${amount.toLocaleString('nb-NO')} kr`
