/**
 * Key figures in the manner of Oslo's climate survey: the share of the year's members that are
 * certified, keep emissions accounts, have quantified targets, and set supplier requirements —
 * read from the year's received annual reports.
 */
import type { ReportChecklist } from '../report/types'
import { withChecklist } from '../report/report-rules'
import type { YearSnapshot } from './build-year'

export type KeyFigureKey = 'certified' | 'emissionsAccounts' | 'quantifiedTarget' | 'supplierRequirements'

export const KEY_FIGURE_LABELS: Record<KeyFigureKey, string> = {
  certified: 'Miljøsertifisert',
  emissionsAccounts: 'Har klimaregnskap',
  quantifiedTarget: 'Har tallfestet reduksjonsmål',
  supplierRequirements: 'Stiller klimakrav til leverandører',
}

export const KEY_FIGURE_ORDER: KeyFigureKey[] = ['certified', 'emissionsAccounts', 'quantifiedTarget', 'supplierRequirements']

/** One member in the year: its received report's checklist, or null when none was received. */
export type KeyFigureInput = { checklist: ReportChecklist | null }

export type KeyFigure = { key: KeyFigureKey; label: string; count: number; share: number | null }
export type KeyFigures = { year: number; members: number; reported: number; figures: KeyFigure[] }

const TESTS: Record<KeyFigureKey, (c: ReportChecklist, year: number) => boolean> = {
  // A certificate that ran out before the year began does not count for the year.
  certified: (c, year) => c.certification.kind !== null && (c.certification.validUntil === null || c.certification.validUntil >= `${year}-01-01`),
  emissionsAccounts: (c) => c.emissionsAccounts.kept === true,
  quantifiedTarget: (c) => c.reductionTarget.percent !== null && c.reductionTarget.percent > 0 && c.reductionTarget.targetYear !== null,
  supplierRequirements: (c) => c.supplierRequirements === true,
}

export function keyFigures(year: number, members: readonly KeyFigureInput[]): KeyFigures {
  const reportedChecklists = members.flatMap((m) => (m.checklist ? [m.checklist] : []))
  const figures = KEY_FIGURE_ORDER.map((key) => {
    const count = reportedChecklists.filter((c) => TESTS[key](c, year)).length
    return { key, label: KEY_FIGURE_LABELS[key], count, share: members.length === 0 ? null : count / members.length }
  })
  return { year, members: members.length, reported: reportedChecklists.length, figures }
}

/** "42 %" in Norwegian style, or a dash when there is nothing to divide by. */
export function formatShare(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)} %`
}

/** Change in percentage points from last year, e.g. "+5 pp", or null when either is unknown. */
export function shareChange(current: number | null, previous: number | null): string | null {
  if (current === null || previous === null) return null
  const diff = Math.round(current * 100) - Math.round(previous * 100)
  return `${diff > 0 ? '+' : diff < 0 ? '−' : '±'}${Math.abs(diff)} pp`
}

/** Key figures of a loaded year: each member's received report, or none. */
export function figuresOf(snapshot: YearSnapshot): KeyFigures {
  return keyFigures(
    snapshot.year,
    snapshot.rows.map((r) => ({ checklist: r.received && r.report ? withChecklist(r.report) : null })),
  )
}
