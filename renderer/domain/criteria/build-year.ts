/**
 * Builds a reporting year from plain table rows: who was a member in the year, their report, and
 * the facts `evaluateCriteria` judges. Pure, so the repository reads the tables and tests can
 * pass rows by hand.
 */
import type { ClimateContract } from '../contract/types'
import type { MeetingEvent, Registration } from '../event/types'
import type { Organisation, Person, PersonRole, StatusEvent } from '../organisation/types'
import type { DateOnly } from '../record'
import type { AnnualReport } from '../report/types'
import type { Settings } from '../settings/settings'
import { isMemberInYear, membershipPeriods, type Period } from '../organisation/membership-periods'
import { attendanceFacts } from '../event/attendance-facts'
import { dueDateFor, hasMeasures, isOverdue, isReceived, withChecklist } from '../report/report-rules'
import { evaluateCriteria, type CriteriaEvaluation, type CriteriaFacts, type CriteriaMember, type SignatoryRole } from './evaluate'
import { byText } from '../../lib/compare-text'

export type YearTables = {
  organisations: Organisation[]
  statusEvents: StatusEvent[]
  people: Person[]
  contracts: ClimateContract[]
  events: MeetingEvent[]
  registrations: Registration[]
  annualReports: AnnualReport[]
}

export type Contact = { name: string; email: string }

export type MemberYear = {
  organisation: Organisation
  member: CriteriaMember
  report: AnnualReport | null
  received: boolean
  overdue: boolean
  climateContacts: Contact[]
  facts: CriteriaFacts
  evaluation: CriteriaEvaluation
}

export type YearSnapshot = { year: number; today: DateOnly; dueDate: DateOnly; joinCutoff: DateOnly; rows: MemberYear[] }

const live = <T extends { deletedAt: string | null }>(rows: readonly T[]): T[] => rows.filter((r) => r.deletedAt === null)

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const row of rows) {
    const k = key(row)
    const list = map.get(k)
    if (list) list.push(row)
    else map.set(k, [row])
  }
  return map
}

/** The start of the latest membership period that overlaps the year. */
function joinedForYear(periods: readonly Period[], year: number): DateOnly {
  const overlapping = periods.filter((p) => p.from <= `${year}-12-31` && (p.to === null || p.to >= `${year}-01-01`))
  return overlapping.at(-1)?.from ?? `${year}-01-01`
}

const isLeader = (roles: readonly PersonRole[]): boolean => roles.includes('toppleder') || roles.includes('stedfortreder')

function roleOf(roles: readonly PersonRole[] | null): SignatoryRole {
  if (!roles) return null
  if (roles.includes('toppleder')) return 'toppleder'
  if (roles.includes('stedfortreder')) return 'stedfortreder'
  return 'annen'
}

/**
 * The signer's roles as they were on the signing day: the contract keeps them when it is made
 * (`signatoryRolesAtTime`); older contracts read the signer's registration at the signing lunch
 * (`rolesAtTime`). Either way a later role change or an erased person does not rewrite the year.
 * Without both, the person's roles today are all there is.
 */
function signerRoles(contract: ClimateContract, signer: Person | undefined, registrations: readonly Registration[]): readonly PersonRole[] | null {
  if (contract.signatoryRolesAtTime) return contract.signatoryRolesAtTime
  const atSigning = contract.eventId
    ? registrations.find((r) => r.eventId === contract.eventId && r.personId === contract.signatoryPersonId && r.rolesAtTime.length > 0)
    : undefined
  return atSigning ? atSigning.rolesAtTime : (signer?.roles ?? null)
}

export function buildYear(year: number, today: DateOnly, settings: Settings, tables: YearTables): YearSnapshot {
  const dueDate = dueDateFor(year, settings)
  const joinCutoff = `${year}-${settings.joinCutoff}`
  const start = `${year}-01-01`
  const end = `${year}-12-31`
  const eventsById = new Map(live(tables.events).map((e) => [e.id, e]))
  const heldInYear = (e: MeetingEvent) => e.cancelledAt === null && e.date >= start && e.date <= end && e.date <= today
  const peopleById = new Map(live(tables.people).map((p) => [p.id, p]))
  const liveRegistrations = live(tables.registrations)
  const statusByOrg = groupBy(live(tables.statusEvents), (s) => s.organisationId)
  const peopleByOrg = groupBy(live(tables.people), (p) => p.organisationId)
  const contractsByOrg = groupBy(live(tables.contracts), (c) => c.organisationId)
  const reportByOrg = new Map(live(tables.annualReports).filter((r) => r.year === year).map((r) => [r.organisationId, r]))
  const previousByOrg = new Map(live(tables.annualReports).filter((r) => r.year === year - 1).map((r) => [r.organisationId, r]))
  const topLeaderMeetings = [...eventsById.values()].filter((e) => e.kind === 'toppledermote' && heldInYear(e))
  // Who attended what is the meetings feature's to say; the judging is ours.
  const attendance = attendanceFacts({
    year,
    organisations: tables.organisations,
    statusEvents: tables.statusEvents,
    events: tables.events,
    registrations: tables.registrations,
    participationKinds: settings.participationKinds,
  })
  const attendanceByOrg = new Map(attendance.members.map((m) => [m.organisationId, m]))

  const rows: MemberYear[] = []
  for (const organisation of live(tables.organisations)) {
    const history = statusByOrg.get(organisation.id) ?? []
    // Records made before status events were kept: a current member counts from its signing (as attendance does).
    const periods: Period[] =
      history.length > 0 ? membershipPeriods(history) : organisation.status === 'medlem' ? [{ from: organisation.signedDate ?? '1900-01-01', to: null }] : []
    if (!isMemberInYear(periods, year)) continue
    const member: CriteriaMember = {
      id: organisation.id,
      name: organisation.name,
      tier: organisation.tier,
      joinedDate: joinedForYear(periods, year),
    }
    const people = peopleByOrg.get(organisation.id) ?? []
    const contract = (contractsByOrg.get(organisation.id) ?? [])
      .filter((c): c is ClimateContract & { signedDate: DateOnly } => c.signedDate !== null && c.signedDate <= end)
      .sort((a, b) => byText(a.signedDate, b.signedDate))
      .at(-1)
    const signer = contract?.signatoryPersonId ? peopleById.get(contract.signatoryPersonId) : undefined
    const signedAs = contract?.signatoryPersonId ? roleOf(signerRoles(contract, signer, liveRegistrations)) : null
    const attended = attendanceByOrg.get(organisation.id)
    const meetingsWhileMember = topLeaderMeetings.filter((e) => e.date >= member.joinedDate)
    const report = reportByOrg.get(organisation.id) ?? null
    const previous = previousByOrg.get(organisation.id)
    const facts: CriteriaFacts = {
      today,
      joinCutoff,
      contract: contract
        ? { signedDate: contract.signedDate, signatoryName: contract.signatoryName || signer?.name || '', signatoryRole: signedAs }
        : null,
      leadersRecorded: people.some((p) => isLeader(p.roles)),
      topLeaderMeetingsHeld: meetingsWhileMember.length,
      leaderAttendedTopLeaderMeeting: attended?.leaderAttended ?? false,
      attended: (attended?.countingMeetings ?? []).map((m) => ({ title: m.title, date: m.date })),
      report: { status: report?.status ?? 'ikke-mottatt', receivedDate: report?.receivedDate ?? null, dueDate },
      measures: {
        inApplication: organisation.criteria?.action?.status === 'oppfylt',
        inReport: report ? hasMeasures(withChecklist(report)) : false,
        inPreviousReport: previous ? hasMeasures(withChecklist(previous)) : false,
      },
      municipality: organisation.address?.municipality ?? '',
      allowedMunicipalities: settings.geographyMunicipalities,
      manual: organisation.criteria ?? {},
    }
    const evaluation = evaluateCriteria(member, year, facts)
    rows.push({
      organisation,
      member,
      report,
      received: isReceived(report),
      // A member exempt from reporting this year (joined after the cut-off) is never overdue.
      overdue: evaluation.reporting.status !== 'not-applicable' && isOverdue(report, dueDate, today),
      climateContacts: people
        .filter((p) => p.roles.includes('klimakontakt'))
        .map((p) => ({ name: p.name, email: p.email.trim() })),
      facts,
      evaluation,
    })
  }
  return { year, today, dueDate, joinCutoff, rows }
}
