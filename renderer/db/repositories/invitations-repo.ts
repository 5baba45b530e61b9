/**
 * Invitations that register: one step invites the organisations a filter picks and registers the
 * suitable person of each as invited, so the registration list is filled at once.
 */
import type { Organisation, Person, Registration } from '../models'
import { db } from '../db'
import { audit, newRecord, nowIso } from './base'
import { getEvent, nonPartnersFor } from './events-repo'
import { invitationTargets, organisationsForFilter, type InviteFilter } from '../../domain/event/invitation-targets'
import type { CriteriaStanding } from '../../domain/criteria/standing'
import { todayInOslo } from '../../lib/dates'
import { loadStandings } from './criteria-repo'

export type InviteByFilterOutcome =
  | {
      ok: true
      /** Organisations added to the invitation list now. */
      organisationsAdded: number
      /** People registered as invited now. */
      registered: Registration[]
      /** Suitable people who were registered already (any status), left as they were. */
      alreadyRegistered: number
      /** Picked organisations with nobody suitable: invited, but nobody registered. */
      nobodySuitable: Organisation[]
    }
  | { ok: false; reason: 'non-partners'; names: string[] }
  | { ok: false; reason: 'none-picked' }

/**
 * Invites by filter and registers, in one transaction. A partnersamling is for partners alone:
 * a filter that picks others needs `confirmNonPartners`, as a single invitation does.
 */
export async function inviteByFilter(eventId: string, filter: InviteFilter, options: { confirmNonPartners?: boolean } = {}): Promise<InviteByFilterOutcome> {
  const d = db()
  // Standings read many tables (events, registrations, reports …): taken before the write transaction, on today's date
  // by the repositories' clock (tests set it).
  const standings: ReadonlyMap<string, CriteriaStanding> = filter.kind === 'participation-risk' ? await loadStandings(todayInOslo(new Date(nowIso()))) : new Map()
  return d.transaction('rw', [d.events, d.organisations, d.people, d.registrations, d.auditLog, d.device], async () => {
    const event = await getEvent(eventId)
    if (!event) throw new Error('Fant ikke arrangementet.')
    const chosen = organisationsForFilter(filter, await d.organisations.toArray(), standings)
    if (chosen.length === 0) return { ok: false, reason: 'none-picked' }
    const outsiders = nonPartnersFor(event, chosen)
    if (outsiders.length > 0 && !options.confirmNonPartners) return { ok: false, reason: 'non-partners', names: outsiders.map((o) => o.name) }

    const already = new Set(event.invitedOrganisationIds ?? [])
    const fresh = chosen.filter((o) => !already.has(o.id))
    if (fresh.length > 0) {
      const next = [...already, ...fresh.map((o) => o.id)]
      await d.events.update(eventId, { invitedOrganisationIds: next, updatedAt: nowIso() })
      await audit('events', eventId, 'update', `${fresh.length} virksomheter invitert til ${event.title}`, {
        invitedOrganisationIds: { from: [...already], to: next },
      })
    }

    const chosenIds = chosen.map((o) => o.id)
    const people: Person[] = await d.people.where('organisationId').anyOf(chosenIds).toArray()
    const { targets, nobodySuitable } = invitationTargets(event.kind, chosen, people)
    const existing = new Set((await d.registrations.where('eventId').equals(eventId).toArray()).filter((r) => !r.deletedAt).map((r) => r.personId))
    const registered: Registration[] = []
    let alreadyRegistered = 0
    for (const { person } of targets) {
      if (existing.has(person.id)) {
        alreadyRegistered++
        continue
      }
      const registration: Registration = newRecord({
        eventId,
        organisationId: person.organisationId,
        personId: person.id,
        rolesAtTime: [...person.roles],
        status: 'invitert' as const,
        checkedInAt: null,
        walkIn: false,
        statusBeforeCheckIn: null,
      })
      registered.push(registration)
    }
    if (registered.length > 0) {
      await d.registrations.bulkAdd(registered)
      for (const r of registered) await audit('registrations', r.id, 'create', `Invitert til ${event.title}`)
    }
    return { ok: true, organisationsAdded: fresh.length, registered, alreadyRegistered, nobodySuitable }
  })
}
