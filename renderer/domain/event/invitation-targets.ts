/**
 * Who an invitation by filter reaches: which organisations a filter picks, and which one person of
 * each is registered as invited. A toppledermøte is for the top leader (the deputy when there is
 * no top leader: both count for Lederforankring); every other meeting goes to the climate contact.
 * Pure: the repository applies it inside its transaction.
 */
import { compareNorwegian } from '../../lib/collation'
import { atRiskOn, type CriteriaStanding } from '../criteria/standing'
import type { Organisation, Person, PersonRole } from '../organisation/types'
import type { EventKind } from './types'

export type InviteFilter =
  | { kind: 'members' }
  | { kind: 'partners' }
  | { kind: 'sector'; sector: string }
  /** Members *i faresonen* on Deltakelse this year (criteria/standing: no counted meeting yet after 1 September). */
  | { kind: 'participation-risk' }
  | { kind: 'pick'; organisationIds: readonly string[] }

export const INVITE_FILTER_LABELS: Record<InviteFilter['kind'], string> = {
  members: 'Alle medlemmer og partnere',
  partners: 'Bare partnere',
  sector: 'Én bransje',
  'participation-risk': 'I faresonen på Deltakelse',
  pick: 'Velg selv',
}

/**
 * Which organisations a filter picks; members are organisations with status medlem. The
 * Deltakelse filter reads each member's standing today (`standings`, from criteriaStandings).
 */
export function organisationsForFilter(
  filter: InviteFilter,
  organisations: readonly Organisation[],
  standings: ReadonlyMap<string, CriteriaStanding> = new Map(),
): Organisation[] {
  const live = organisations.filter((o) => !o.deletedAt)
  if (filter.kind === 'pick') {
    const picked = new Set(filter.organisationIds)
    return live.filter((o) => picked.has(o.id))
  }
  const members = live.filter((o) => o.status === 'medlem')
  if (filter.kind === 'partners') return members.filter((o) => o.tier === 'partner')
  if (filter.kind === 'sector') return members.filter((o) => o.sector === filter.sector)
  if (filter.kind === 'participation-risk') return members.filter((o) => {
    const standing = standings.get(o.id)
    return standing !== undefined && atRiskOn(standing, 'participation')
  })
  return members
}

/** The roles an event's invitation goes to, in order of preference. */
export function invitedRoles(kind: EventKind): PersonRole[] {
  return kind === 'toppledermote' ? ['toppleder', 'stedfortreder'] : ['klimakontakt']
}

/** What the invitation is addressed to, for the list of organisations with nobody suitable. */
export function invitedRoleText(kind: EventKind): string {
  return kind === 'toppledermote' ? 'toppleder eller stedfortreder' : 'klimakontakt'
}

export type InvitationTarget = { organisation: Organisation; person: Person }
export type InvitationTargets = { targets: InvitationTarget[]; nobodySuitable: Organisation[] }

/**
 * One person per organisation, by the event's roles in order of preference, then by name (so the
 * same data always gives the same person). Organisations without such a person are listed apart.
 */
export function invitationTargets(kind: EventKind, organisations: readonly Organisation[], people: readonly Person[]): InvitationTargets {
  const roles = invitedRoles(kind)
  const byOrganisation = new Map<string, Person[]>()
  for (const p of people) {
    if (p.deletedAt || p.erasedAt) continue
    const list = byOrganisation.get(p.organisationId) ?? []
    list.push(p)
    byOrganisation.set(p.organisationId, list)
  }
  const targets: InvitationTarget[] = []
  const nobodySuitable: Organisation[] = []
  for (const organisation of [...organisations].sort((a, b) => compareNorwegian(a.name, b.name))) {
    const staff = [...(byOrganisation.get(organisation.id) ?? [])].sort((a, b) => compareNorwegian(a.name, b.name))
    const person = roles.map((role) => staff.find((p) => p.roles.includes(role))).find((p) => p !== undefined)
    if (person) targets.push({ organisation, person })
    else nobodySuitable.push(organisation)
  }
  return { targets, nobodySuitable }
}
