/**
 * Pure rules for annual reports: when a year's report is due, whether it is overdue, the empty
 * checklist, and prefilling from last year's.
 */
import type { DateOnly } from '../record'
import type { AnnualReport, ReportChecklist } from './types'
import type { Settings } from '../settings/settings'
import { isDateOnly } from '../../lib/dates'

/** The report for `year` is due on the date set for that year, else 1 April the year after. */
export function dueDateFor(year: number, settings: Pick<Settings, 'reportDueDates'>): DateOnly {
  const set = settings.reportDueDates[String(year)]
  return set && isDateOnly(set) ? set : `${year + 1}-04-01`
}

/** A report counts as received once it has a received date or a status saying so. */
export function isReceived(report: Pick<AnnualReport, 'status' | 'receivedDate'> | null | undefined): boolean {
  if (!report) return false
  if (report.status === 'mottatt' || report.status === 'godkjent') return true
  return report.status === 'ma-folges-opp' && report.receivedDate !== null
}

/** Overdue: not received and the due date has passed (the due day itself is still on time). */
export function isOverdue(
  report: Pick<AnnualReport, 'status' | 'receivedDate'> | null | undefined,
  dueDate: DateOnly,
  today: DateOnly,
): boolean {
  return !isReceived(report) && today > dueDate
}

export function emptyChecklist(): ReportChecklist {
  return {
    strategy: null,
    certification: { kind: null, validUntil: null },
    emissionsAccounts: { kept: null, scope1: false, scope2: false, scope3: false, tool: '' },
    reductionTarget: { baseYear: null, targetYear: null, percent: null },
    supplierRequirements: null,
    measuresDone: '',
    measuresPlanned: '',
    partner: { klimapartnereDate: null, tonnes: { scope1: null, scope2: null, scope3: null } },
  }
}

/** The checklist of a report, filled with defaults where an older record lacks it. */
export function withChecklist(report: AnnualReport): ReportChecklist {
  const base = emptyChecklist()
  const c = report.checklist
  if (!c) return base
  return {
    ...base,
    ...c,
    certification: { ...base.certification, ...c.certification },
    emissionsAccounts: { ...base.emissionsAccounts, ...c.emissionsAccounts },
    reductionTarget: { ...base.reductionTarget, ...c.reductionTarget },
    partner: { ...base.partner, ...c.partner, tonnes: { ...base.partner.tonnes, ...c.partner?.tonnes } },
  }
}

/**
 * What carries over from last year: the lasting facts (strategy, certification, accounts, target,
 * supplier requirements, planned measures as a starting point). Measures carried out, the
 * Klimapartnere date and the tonnes are the year's own and start empty.
 */
export function prefillFrom(last: ReportChecklist): ReportChecklist {
  const base = emptyChecklist()
  return {
    ...base,
    strategy: last.strategy,
    certification: { ...last.certification },
    emissionsAccounts: { ...last.emissionsAccounts },
    reductionTarget: { ...last.reductionTarget },
    supplierRequirements: last.supplierRequirements,
    measuresPlanned: last.measuresPlanned,
  }
}

/** True when the checklist records measures carried out or planned. */
export function hasMeasures(checklist: ReportChecklist | undefined): boolean {
  return !!checklist && (checklist.measuresDone.trim() !== '' || checklist.measuresPlanned.trim() !== '')
}
