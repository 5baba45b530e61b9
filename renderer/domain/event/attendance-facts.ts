/**
 * The attendance facts the Deltakelse and Lederforankring criteria are judged from. Pure: give it
 * rows read from the tables, get the facts for one calendar year. The judging belongs elsewhere
 * (annual report, criteria); this only says what happened.
 *
 * - Members of a year: organisations whose membership periods (from status events) touch the
 *   year. An organisation with no status events at all counts as a member when its status is
 *   `medlem` (records made before status events were kept).
 * - A meeting attended: a registration with status `møtt` to an event dated inside the year
 *   (01.01–31.12, Oslo dates as stored), not cancelled, not in the bin.
 * - Counting meetings: events of the `participationKinds` (the setting; default nettverksmøte,
 *   toppledermøte, partnersamling).
 * - Leader attendance: someone registered as toppleder or stedfortreder *at the time* (the
 *   registration's `rolesAtTime`) attended a toppledermøte.
 */
import type { EventKind, MeetingEvent, Registration } from './types'
import type { Organisation, StatusEvent } from '../organisation/types'
import { compareNorwegian } from '../../lib/collation'
import { isMemberInYear, membershipPeriods } from '../organisation/membership-periods'

export type AttendanceInput = {
  year: number
  organisations: readonly Pick<Organisation, 'id' | 'name' | 'tier' | 'status' | 'deletedAt'>[]
  statusEvents: readonly Pick<StatusEvent, 'organisationId' | 'status' | 'date' | 'createdAt' | 'deletedAt'>[]
  events: readonly Pick<MeetingEvent, 'id' | 'kind' | 'title' | 'date' | 'cancelledAt' | 'deletedAt'>[]
  registrations: readonly Pick<Registration, 'eventId' | 'organisationId' | 'status' | 'rolesAtTime' | 'deletedAt'>[]
  participationKinds: readonly EventKind[]
}

export type AttendedMeeting = { eventId: string; date: string; kind: EventKind; title: string }

export type OrganisationAttendanceFacts = {
  organisationId: string
  name: string
  tier: Organisation['tier']
  /** Meetings of the counting kinds attended in the year, by date. */
  countingMeetings: AttendedMeeting[]
  /** Every meeting attended in the year, whatever its kind. */
  allMeetings: AttendedMeeting[]
  /** Top-leader meetings attended by the top leader or deputy. */
  leaderMeetings: AttendedMeeting[]
  participated: boolean
  leaderAttended: boolean
}

export type AttendanceFacts = {
  year: number
  participationKinds: EventKind[]
  /** Every member of the year, in Norwegian order. */
  members: OrganisationAttendanceFacts[]
  /** Members with no counting meeting attended. */
  withoutParticipation: OrganisationAttendanceFacts[]
  /** Members whose top leader or deputy attended no toppledermøte. */
  withoutLeaderAttendance: OrganisationAttendanceFacts[]
}

const LEADER_ROLES = new Set(['toppleder', 'stedfortreder'])

export function attendanceFacts(input: AttendanceInput): AttendanceFacts {
  const { year } = input
  const from = `${year}-01-01`
  const to = `${year}-12-31`
  const counting = new Set(input.participationKinds)

  const eventsOfYear = new Map(
    input.events.filter((e) => !e.deletedAt && !e.cancelledAt && e.date >= from && e.date <= to).map((e) => [e.id, e]),
  )
  const eventsByOrg = new Map<string, typeof input.statusEvents[number][]>()
  for (const s of input.statusEvents) {
    if (s.deletedAt) continue
    eventsByOrg.set(s.organisationId, [...(eventsByOrg.get(s.organisationId) ?? []), s])
  }
  const attendedByOrg = new Map<string, { all: Set<string>; leader: Set<string> }>()
  for (const r of input.registrations) {
    if (r.deletedAt || r.status !== 'mott' || !eventsOfYear.has(r.eventId)) continue
    const slot = attendedByOrg.get(r.organisationId) ?? { all: new Set<string>(), leader: new Set<string>() }
    slot.all.add(r.eventId)
    if (r.rolesAtTime.some((role) => LEADER_ROLES.has(role))) slot.leader.add(r.eventId)
    attendedByOrg.set(r.organisationId, slot)
  }

  const meetingsOf = (ids: Iterable<string>): AttendedMeeting[] =>
    [...ids]
      .map((id) => eventsOfYear.get(id))
      .filter((e): e is NonNullable<typeof e> => e !== undefined)
      .map((e) => ({ eventId: e.id, date: e.date, kind: e.kind, title: e.title }))
      .sort((a, b) => a.date.localeCompare(b.date) || compareNorwegian(a.title, b.title))

  const members = input.organisations
    .filter((o) => {
      if (o.deletedAt) return false
      const history = eventsByOrg.get(o.id)
      return history && history.length > 0 ? isMemberInYear(membershipPeriods(history), year) : o.status === 'medlem'
    })
    .map((o): OrganisationAttendanceFacts => {
      const attended = attendedByOrg.get(o.id)
      const allMeetings = meetingsOf(attended?.all ?? [])
      const countingMeetings = allMeetings.filter((m) => counting.has(m.kind))
      const leaderMeetings = meetingsOf(attended?.leader ?? []).filter((m) => m.kind === 'toppledermote')
      return {
        organisationId: o.id,
        name: o.name,
        tier: o.tier,
        countingMeetings,
        allMeetings,
        leaderMeetings,
        participated: countingMeetings.length > 0,
        leaderAttended: leaderMeetings.length > 0,
      }
    })
    .sort((a, b) => compareNorwegian(a.name, b.name))

  return {
    year,
    participationKinds: [...input.participationKinds],
    members,
    withoutParticipation: members.filter((m) => !m.participated),
    withoutLeaderAttendance: members.filter((m) => !m.leaderAttended),
  }
}
