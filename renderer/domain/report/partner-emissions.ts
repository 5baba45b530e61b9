/**
 * The partners' climate accounts as reported through Klimapartnere: the report date and tonnes
 * CO₂e per scope, per partner and in total, with the change from last year. A partner that gave
 * no tonnes for a year counts in neither year's total for the comparison, so the change compares like with like.
 */
import type { DateOnly } from '../record'
import { withChecklist } from './report-rules'
import type { AnnualReport } from './types'

export type Tonnes = { scope1: number | null; scope2: number | null; scope3: number | null }
export type PartnerEmissions = {
  organisationId: string
  name: string
  reportedOn: DateOnly | null
  tonnes: Tonnes
  total: number | null
  previousTotal: number | null
  /** Total this year minus last year's, in tonnes; null unless both are known. */
  change: number | null
}
export type EmissionsTotals = { scope1: number; scope2: number; scope3: number; total: number; comparable: number; previousComparable: number; change: number | null }

const sum = (t: Tonnes): number | null => {
  const known = [t.scope1, t.scope2, t.scope3].filter((v): v is number => typeof v === 'number')
  return known.length ? known.reduce((a, b) => a + b, 0) : null
}

const partnerPart = (report: AnnualReport | null | undefined) => (report ? withChecklist(report).partner : null)

/** One row per partner, from this year's and last year's reports (either may be missing). */
export function partnerEmissions(
  partners: readonly { id: string; name: string }[],
  reports: readonly AnnualReport[],
  previousReports: readonly AnnualReport[],
): { rows: PartnerEmissions[]; totals: EmissionsTotals } {
  const current = new Map(reports.filter((r) => r.deletedAt === null).map((r) => [r.organisationId, r]))
  const previous = new Map(previousReports.filter((r) => r.deletedAt === null).map((r) => [r.organisationId, r]))
  const rows = partners.map((p) => {
    const now = partnerPart(current.get(p.id))
    const before = partnerPart(previous.get(p.id))
    const tonnes = now?.tonnes ?? { scope1: null, scope2: null, scope3: null }
    const total = sum(tonnes)
    const previousTotal = before ? sum(before.tonnes) : null
    return {
      organisationId: p.id,
      name: p.name,
      reportedOn: now?.klimapartnereDate ?? null,
      tonnes,
      total,
      previousTotal,
      change: total !== null && previousTotal !== null ? total - previousTotal : null,
    }
  })
  const add = (pick: (r: PartnerEmissions) => number | null, from = rows) => from.reduce((s, r) => s + (pick(r) ?? 0), 0)
  const both = rows.filter((r) => r.change !== null)
  const comparable = add((r) => r.total, both)
  const previousComparable = add((r) => r.previousTotal, both)
  return {
    rows,
    totals: {
      scope1: add((r) => r.tonnes.scope1),
      scope2: add((r) => r.tonnes.scope2),
      scope3: add((r) => r.tonnes.scope3),
      total: add((r) => r.total),
      comparable,
      previousComparable,
      change: both.length ? comparable - previousComparable : null,
    },
  }
}

/** "1 234,5 t" (or "–"). */
export const tonnesText = (value: number | null): string => (value === null ? '–' : `${value.toLocaleString('nb-NO', { maximumFractionDigits: 1 })} t`)

/** "+12,5 t" / "−3 t" / "–". */
export function changeText(value: number | null): string {
  if (value === null) return '–'
  const abs = Math.abs(value).toLocaleString('nb-NO', { maximumFractionDigits: 1 })
  return value > 0 ? `+${abs} t` : value < 0 ? `−${abs} t` : '0 t'
}

export type EmissionsYear = { year: number; reportedOn: DateOnly | null; tonnes: Tonnes; total: number | null; change: number | null }

/** One partner's years, newest first: its Klimapartnere date, tonnes, and change from the year before. */
export function emissionsByYear(reports: readonly AnnualReport[]): EmissionsYear[] {
  const live = reports.filter((r) => r.deletedAt === null)
  const byYear = new Map(live.map((r) => [r.year, r]))
  return live
    .map((r) => r.year)
    .sort((a, b) => b - a)
    .map((year) => {
      const now = partnerPart(byYear.get(year))!
      const before = partnerPart(byYear.get(year - 1))
      const total = sum(now.tonnes)
      const previousTotal = before ? sum(before.tonnes) : null
      return { year, reportedOn: now.klimapartnereDate, tonnes: now.tonnes, total, change: total !== null && previousTotal !== null ? total - previousTotal : null }
    })
}
