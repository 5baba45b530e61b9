/**
 * Where a member stands on the criteria today, in words it can act on: the verdict of the last
 * completed year, and for the running year what is done, what is still needed and by when.
 *
 * Two criteria cannot be judged inside their own year: Deltakelse is judged at year end and
 * Rapportering on 1 April the year after. So the running year shows their progress ("0 av 1 møte
 * i 2026", "årsrapport 2025 forfaller 01.04.2026"), and a member is *i faresonen* when after
 * 1 September it has attended no counted meeting yet, or when last year's report is not received
 * 14 days before it is due (or after). Pure: `today` comes from the caller's clock.
 */
import type { CriterionKey } from '../organisation/types'
import type { DateOnly } from '../record'
import type { MemberYear, YearSnapshot } from './build-year'
import { failedCriteria } from './evaluate'
import { CRITERION_LABELS } from './labels'
import { formatDate } from '../../lib/dates'

/** Days before the report's due date from which a missing report puts the member at risk. */
export const REPORT_WARNING_DAYS = 14
/** From this day of the year (MM-DD), a member that has attended no counted meeting is at risk. */
export const PARTICIPATION_WARNING_FROM = '09-01'

export type Reason = { key: CriterionKey; label: string; text: string }

export type LastYearVerdict =
  | { year: number; member: false }
  | { year: number; member: true; failed: Reason[]; /** Criteria of that year still waiting for their due date. */ pending: CriterionKey[] }

/** One thing the member has done or still has to do this year. */
export type ProgressLine = { key: CriterionKey; label: string; text: string; done: boolean; due: DateOnly | null }

export type CriteriaStanding = {
  organisationId: string
  year: number
  lastYear: LastYearVerdict
  progress: ProgressLine[]
  atRisk: Reason[]
}

/** `date` moved by `days` (negative goes back), as a calendar date. */
export function addDays(date: DateOnly, days: number): DateOnly {
  const at = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days))
  return at.toISOString().slice(0, 10)
}

const reason = (key: CriterionKey, text: string): Reason => ({ key, label: CRITERION_LABELS[key], text })

function lastYearVerdict(year: number, previous: MemberYear | undefined): LastYearVerdict {
  if (!previous) return { year, member: false }
  const failed = failedCriteria(previous.evaluation).map((key) => reason(key, previous.evaluation[key].evidence))
  const pending = (Object.keys(previous.evaluation) as CriterionKey[]).filter((key) => previous.evaluation[key].status === 'not-due')
  return { year, member: true, failed, pending }
}

/** Last year's report: received, coming due, or overdue. Null when none is expected. */
function reportLine(previous: MemberYear | undefined, year: number, today: DateOnly): ProgressLine | null {
  if (!previous || previous.evaluation.reporting.status === 'not-applicable') return null
  const due = previous.facts.report.dueDate
  const label = CRITERION_LABELS.reporting
  if (previous.received) {
    const when = previous.report?.receivedDate ? ` ${formatDate(previous.report.receivedDate)}` : ''
    return { key: 'reporting', label, text: `årsrapport ${year} mottatt${when}`, done: true, due }
  }
  if (today <= due) return { key: 'reporting', label, text: `årsrapport ${year} forfaller ${formatDate(due)}`, done: false, due }
  return { key: 'reporting', label, text: `årsrapport ${year} forfalt ${formatDate(due)}, ikke mottatt`, done: false, due }
}

function participationLine(current: MemberYear, year: number): ProgressLine | null {
  if (current.evaluation.participation.status === 'not-applicable') return null
  const attended = current.facts.attended.length
  const due = `${year}-12-31`
  const text = attended > 0 ? `${attended} av 1 møte i ${year}` : `0 av 1 møte i ${year}, innen ${formatDate(due)}`
  return { key: 'participation', label: CRITERION_LABELS.participation, text, done: attended > 0, due }
}

function leadershipLine(current: MemberYear, year: number): ProgressLine | null {
  const held = current.facts.topLeaderMeetingsHeld
  if (held === 0) return null
  const done = current.facts.leaderAttendedTopLeaderMeeting
  const text = done
    ? `toppleder eller stedfortreder har deltatt på toppledermøte i ${year}`
    : `toppleder eller stedfortreder på 0 av ${held} ${held === 1 ? 'toppledermøte' : 'toppledermøter'} i ${year}`
  return { key: 'leadership', label: CRITERION_LABELS.leadership, text, done, due: null }
}

function risks(year: number, today: DateOnly, current: MemberYear | undefined, report: ProgressLine | null, previousYear: number): Reason[] {
  const out: Reason[] = []
  if (report && !report.done && report.due && today >= addDays(report.due, -REPORT_WARNING_DAYS)) {
    out.push(
      reason(
        'reporting',
        today <= report.due
          ? `Årsrapporten for ${previousYear} er ikke mottatt, og fristen ${formatDate(report.due)} nærmer seg.`
          : `Årsrapporten for ${previousYear} er ikke mottatt; fristen ${formatDate(report.due)} er passert.`,
      ),
    )
  }
  const fromDate = `${year}-${PARTICIPATION_WARNING_FROM}`
  if (current && current.evaluation.participation.status !== 'not-applicable' && current.facts.attended.length === 0 && today >= fromDate) {
    out.push(reason('participation', `Ingen møter i nettverket i ${year} ennå etter ${formatDate(fromDate)}; minst ett møte trengs innen ${formatDate(`${year}-12-31`)}.`))
  }
  return out
}

/**
 * Every member of the running year (`current`) or of last year (`previous`), with its standing.
 * `previous` must be the year before `current`, both built with the same `today`.
 */
export function criteriaStandings(previous: YearSnapshot, current: YearSnapshot): Map<string, CriteriaStanding> {
  const year = current.year
  const today = current.today
  const before = new Map(previous.rows.map((r) => [r.organisation.id, r]))
  const now = new Map(current.rows.map((r) => [r.organisation.id, r]))
  const out = new Map<string, CriteriaStanding>()
  for (const id of new Set([...now.keys(), ...before.keys()])) {
    const last = before.get(id)
    const row = now.get(id)
    const report = reportLine(last, previous.year, today)
    const progress = [row ? participationLine(row, year) : null, report, row ? leadershipLine(row, year) : null].filter(
      (line): line is ProgressLine => line !== null,
    )
    out.set(id, {
      organisationId: id,
      year,
      lastYear: lastYearVerdict(previous.year, last),
      progress,
      atRisk: risks(year, today, row, report, previous.year),
    })
  }
  return out
}

export const failedLastYear = (s: CriteriaStanding): boolean => s.lastYear.member && s.lastYear.failed.length > 0
export const atRiskThisYear = (s: CriteriaStanding): boolean => s.atRisk.length > 0
/** At risk this year on one criterion (e.g. Deltakelse, for the invitation filter). */
export const atRiskOn = (s: CriteriaStanding, key: CriterionKey): boolean => s.atRisk.some((r) => r.key === key)

/** One line for a list cell: "Ikke oppfylt 2025: Deltakelse. I faresonen 2026: Rapportering." */
export function standingSummary(s: CriteriaStanding): string {
  const parts: string[] = []
  if (s.lastYear.member && s.lastYear.failed.length > 0) parts.push(`Ikke oppfylt ${s.lastYear.year}: ${s.lastYear.failed.map((r) => r.label).join(', ')}.`)
  if (s.atRisk.length > 0) parts.push(`I faresonen ${s.year}: ${s.atRisk.map((r) => r.label).join(', ')}.`)
  return parts.join(' ')
}
