/**
 * The start page's numbers, from plain rows: signed members and partners now, applicants waiting, the
 * next signing lunch with free places, last year's reports, criteria failures, upcoming events.
 */
import type { DateOnly, EventKind, MeetingEvent, Organisation, Registration } from '../../db/models'
import type { YearSnapshot } from '../../domain/criteria/build-year'
import { failedCriteria } from '../../domain/criteria/evaluate'
import { atRiskThisYear, criteriaStandings, failedLastYear } from '../../domain/criteria/standing'
import { byText } from '../../lib/compare-text'

export const DEFAULT_LUNCH_SIZE = 8

export type NextLunch = { id: string; title: string; date: DateOnly; size: number; invited: number; free: number }

export type Overview = {
  /** Organisations that have signed the climate contract: `members` on the member tier and `partners` (a partner is not a member). */
  signed: number
  members: number
  partners: number
  applicants: number
  approvedWaiting: number
  nextLunch: NextLunch | null
  reports: { year: number; received: number; expected: number; overdue: number; dueDate: DateOnly }
  /** `failedLastYear`: members of last year that failed it; `atRisk`: at risk this year (criteria standing). */
  criteria: { year: number; failing: number; members: number; lastYear: number; failedLastYear: number; atRisk: number }
  upcoming: { id: string; title: string; date: DateOnly; kind: EventKind }[]
}

function lunchSize(event: MeetingEvent): number {
  const max = event.lunch?.maxOrganisations
  return typeof max === 'number' && Number.isInteger(max) && max > 0 ? max : DEFAULT_LUNCH_SIZE
}

export function buildOverview(
  today: DateOnly,
  organisations: readonly Organisation[],
  events: readonly MeetingEvent[],
  registrations: readonly Registration[],
  reportYear: YearSnapshot,
  criteriaYear: YearSnapshot,
): Overview {
  const orgs = organisations.filter((o) => o.deletedAt === null)
  const signed = orgs.filter((o) => o.status === 'medlem')
  const coming = events
    .filter((e) => e.deletedAt === null && e.cancelledAt === null && e.date >= today)
    .sort((a, b) => byText(a.date, b.date) || byText(a.startTime, b.startTime))
  const lunch = coming.find((e) => e.kind === 'signeringslunsj')
  let nextLunch: NextLunch | null = null
  if (lunch) {
    // The lunch planner keeps its invitations on the event; guests registered count too.
    const listed = (lunch as { invitedOrganisationIds?: unknown }).invitedOrganisationIds
    const invited = new Set([
      ...(Array.isArray(listed) ? listed.filter((id): id is string => typeof id === 'string') : []),
      ...registrations.filter((r) => r.deletedAt === null && r.eventId === lunch.id && r.status !== 'avmeldt').map((r) => r.organisationId),
    ]).size
    const size = lunchSize(lunch)
    nextLunch = { id: lunch.id, title: lunch.title, date: lunch.date, size, invited, free: Math.max(0, size - invited) }
  }
  const standings = [...criteriaStandings(reportYear, criteriaYear).values()]
  const expected = reportYear.rows.filter((r) => r.evaluation.reporting.status !== 'not-applicable')
  return {
    signed: signed.length,
    members: signed.filter((o) => o.tier !== 'partner').length,
    partners: signed.filter((o) => o.tier === 'partner').length,
    applicants: orgs.filter((o) => o.status === 'soker').length,
    approvedWaiting: orgs.filter((o) => o.status === 'godkjent' || o.status === 'invitert').length,
    nextLunch,
    reports: {
      year: reportYear.year,
      received: expected.filter((r) => r.received).length,
      expected: expected.length,
      overdue: expected.filter((r) => r.overdue).length,
      dueDate: reportYear.dueDate,
    },
    criteria: {
      year: criteriaYear.year,
      failing: criteriaYear.rows.filter((r) => failedCriteria(r.evaluation).length > 0).length,
      members: criteriaYear.rows.length,
      lastYear: reportYear.year,
      failedLastYear: standings.filter(failedLastYear).length,
      atRisk: standings.filter(atRiskThisYear).length,
    },
    upcoming: coming.slice(0, 5).map((e) => ({ id: e.id, title: e.title, date: e.date, kind: e.kind })),
  }
}
