/**
 * Events (arrangementer) and who is invited to them. Organisations and people are read straight
 * from their tables until their own repository lands; trashed rows and the people of trashed
 * organisations are skipped.
 */
import type { MeetingEvent, Organisation, Person } from '../models'
import { db } from '../db'
import { audit, diffRecords, newRecord, nfc, nowIso } from './base'
import { parseEventForm, type EventForm } from '../../domain/event/event-form'
import { invalidFields, ok, type Outcome } from '../../lib/result'

export async function createEvent(form: EventForm): Promise<Outcome<MeetingEvent>> {
  const parsed = parseEventForm(form)
  if (!parsed.ok) return invalidFields(parsed.errors)
  const d = db()
  return d.transaction('rw', [d.events, d.auditLog, d.device], async () => {
    const event: MeetingEvent = newRecord({ ...parsed.input, cancelledAt: null, lunch: null, invitedOrganisationIds: [] })
    await d.events.add(event)
    await audit('events', event.id, 'create', `Arrangement opprettet: ${event.title}`)
    return ok(event)
  })
}

async function change(id: string, summary: string, patch: (event: MeetingEvent) => Partial<MeetingEvent>): Promise<MeetingEvent> {
  const d = db()
  return d.transaction('rw', [d.events, d.auditLog, d.device], async () => {
    const before = await d.events.get(id)
    if (!before || before.deletedAt) throw new Error('Fant ikke arrangementet.')
    const next: MeetingEvent = { ...before, ...nfc(patch(before)), updatedAt: nowIso() }
    await d.events.put(next)
    const changes = diffRecords(before, next)
    if (Object.keys(changes).length > 0) await audit('events', id, 'update', `${summary}: ${next.title}`, changes)
    return next
  })
}

export async function updateEvent(id: string, form: EventForm): Promise<Outcome<MeetingEvent>> {
  const parsed = parseEventForm(form)
  if (!parsed.ok) return invalidFields(parsed.errors)
  return ok(await change(id, 'Arrangement endret', () => parsed.input))
}

export const cancelEvent = (id: string): Promise<MeetingEvent> =>
  change(id, 'Arrangement avlyst', (e) => ({ cancelledAt: e.cancelledAt ?? nowIso() }))

export const reinstateEvent = (id: string): Promise<MeetingEvent> =>
  change(id, 'Avlysning opphevet', () => ({ cancelledAt: null }))

export async function getEvent(id: string): Promise<MeetingEvent | undefined> {
  const event = await db().events.get(id)
  return event && !event.deletedAt ? event : undefined
}

/** Every event not in the bin, oldest first. */
export async function listEvents(): Promise<MeetingEvent[]> {
  const rows = await db().events.orderBy('date').toArray()
  return rows.filter((e) => !e.deletedAt)
}

/** Organisations and people not in the bin; people of trashed organisations are left out. */
export async function readDirectory(): Promise<{ organisations: Organisation[]; people: Person[] }> {
  const d = db()
  const organisations = (await d.organisations.toArray()).filter((o) => !o.deletedAt)
  const live = new Set(organisations.map((o) => o.id))
  const people = (await d.people.toArray()).filter((p) => !p.deletedAt && live.has(p.organisationId))
  return { organisations, people }
}

/** Organisations that would break the partners-only rule of a partnersamling. */
export function nonPartnersFor(event: Pick<MeetingEvent, 'kind'>, organisations: readonly Pick<Organisation, 'id' | 'tier' | 'name'>[]) {
  return event.kind === 'partnersamling' ? organisations.filter((o) => o.tier !== 'partner') : []
}

export type InviteOutcome =
  | { ok: true; added: number }
  | { ok: false; reason: 'non-partners'; names: string[] }

/**
 * Adds organisations to the invitation list. A partnersamling is for partners alone: inviting
 * anyone else needs `confirmNonPartners`.
 */
export async function inviteOrganisations(eventId: string, organisationIds: readonly string[], options: { confirmNonPartners?: boolean } = {}): Promise<InviteOutcome> {
  const d = db()
  return d.transaction('rw', [d.events, d.organisations, d.auditLog, d.device], async () => {
    const event = await getEvent(eventId)
    if (!event) throw new Error('Fant ikke arrangementet.')
    const already = new Set(event.invitedOrganisationIds ?? [])
    const fresh = (await d.organisations.bulkGet([...new Set(organisationIds)])).filter(
      (o): o is Organisation => o !== undefined && !o.deletedAt && !already.has(o.id),
    )
    const outsiders = nonPartnersFor(event, fresh)
    if (outsiders.length > 0 && !options.confirmNonPartners) return { ok: false, reason: 'non-partners', names: outsiders.map((o) => o.name) }
    if (fresh.length === 0) return { ok: true, added: 0 }
    const next = [...already, ...fresh.map((o) => o.id)]
    await d.events.update(eventId, { invitedOrganisationIds: next, updatedAt: nowIso() })
    await audit('events', eventId, 'update', `${fresh.length} virksomheter invitert til ${event.title}`, {
      invitedOrganisationIds: { from: [...already], to: next },
    })
    return { ok: true, added: fresh.length }
  })
}

export async function uninviteOrganisation(eventId: string, organisationId: string): Promise<void> {
  await change(eventId, 'Invitasjon fjernet', (e) => ({
    invitedOrganisationIds: (e.invitedOrganisationIds ?? []).filter((id) => id !== organisationId),
  }))
}

/** Rows the attendance facts are computed from (all of them; the pure function filters). */
export async function readAttendanceRows() {
  const d = db()
  const [organisations, statusEvents, events, registrations] = await Promise.all([
    d.organisations.toArray(),
    d.statusEvents.toArray(),
    d.events.toArray(),
    d.registrations.toArray(),
  ])
  return { organisations, statusEvents, events, registrations }
}

/** Events an organisation was invited to or registered for. */
export async function eventsOfOrganisation(organisationId: string): Promise<MeetingEvent[]> {
  const d = db()
  const invited = await d.events.where('invitedOrganisationIds').equals(organisationId).toArray()
  const registered = await d.registrations.where('organisationId').equals(organisationId).toArray()
  const more = await d.events.bulkGet([...new Set(registered.filter((r) => !r.deletedAt).map((r) => r.eventId))])
  const all = new Map([...invited, ...more.filter((e): e is MeetingEvent => e !== undefined)].map((e) => [e.id, e]))
  return [...all.values()].filter((e) => !e.deletedAt)
}
