/**
 * Registrations: who is registered for an event, with which status, and the door check-in.
 * A registration keeps the person's roles at the time, so later role changes leave history alone.
 */
import type { MeetingEvent, Organisation, Person, PersonRole, Registration, RegistrationStatus } from '../models'
import { db } from '../db'
import { audit, diffRecords, newRecord, nowIso } from './base'
import { getEvent } from './events-repo'
import { createOrganisation, emptyOrganisationInput } from './organisations-repo'
import { SEAT_STATUSES } from '../../domain/event/event-form'

export type RosterEntry = {
  registration: Registration
  personName: string
  personEmail: string
  organisationName: string
}

export type RegisterOutcome =
  | { ok: true; registration: Registration }
  | { ok: false; reason: 'capacity'; capacity: number; taken: number }
  | { ok: false; reason: 'duplicate'; existing: Registration }

export type CheckInOutcome =
  | { ok: true; registration: Registration; overCapacity: boolean }
  | { ok: false; reason: 'already'; checkedInAt: string }

const takesSeat = (r: Registration): boolean => !r.deletedAt && SEAT_STATUSES.includes(r.status)

/**
 * The event's registrations that count: not removed, and not of an organisation in the Papirkurv
 * (they leave with it, in lists and in every count, and come back on restore).
 */
async function liveRegistrations(eventId: string): Promise<Registration[]> {
  const d = db()
  const rows = (await d.registrations.where('eventId').equals(eventId).toArray()).filter((r) => !r.deletedAt)
  const orgIds = [...new Set(rows.map((r) => r.organisationId))]
  const orgs = await d.organisations.bulkGet(orgIds)
  const trashed = new Set(orgIds.filter((_, i) => orgs[i]?.deletedAt))
  return rows.filter((r) => !trashed.has(r.organisationId))
}

async function requireEvent(eventId: string): Promise<MeetingEvent> {
  const event = await getEvent(eventId)
  if (!event) throw new Error('Fant ikke arrangementet.')
  return event
}

/** Seats taken (påmeldt and møtt) against the capacity. */
export async function seatCount(eventId: string): Promise<{ taken: number; capacity: number | null }> {
  const event = await requireEvent(eventId)
  return { taken: (await liveRegistrations(eventId)).filter(takesSeat).length, capacity: event.capacity }
}

function isFull(event: MeetingEvent, taken: number): boolean {
  return event.capacity !== null && taken >= event.capacity
}

type RegisterOptions = { status?: RegistrationStatus; overrideCapacity?: boolean }

async function registerInside(event: MeetingEvent, person: Person, options: RegisterOptions): Promise<RegisterOutcome> {
  const d = db()
  const status = options.status ?? 'pameldt'
  const existing = (await d.registrations.where('[eventId+personId]').equals([event.id, person.id]).toArray()).find((r) => !r.deletedAt)
  if (existing) return { ok: false, reason: 'duplicate', existing }
  const taken = (await liveRegistrations(event.id)).filter(takesSeat).length
  if (SEAT_STATUSES.includes(status) && isFull(event, taken) && !options.overrideCapacity) {
    return { ok: false, reason: 'capacity', capacity: event.capacity ?? 0, taken }
  }
  const registration: Registration = newRecord({
    eventId: event.id,
    organisationId: person.organisationId,
    personId: person.id,
    rolesAtTime: [...person.roles],
    status,
    checkedInAt: status === 'mott' ? nowIso() : null,
    walkIn: false,
    statusBeforeCheckIn: null,
  })
  await d.registrations.add(registration)
  await audit('registrations', registration.id, 'create', `${person.name} registrert til ${event.title}`)
  return { ok: true, registration }
}

/** Registers a person from the organisation's people. Capacity is enforced unless overridden. */
export async function registerPerson(eventId: string, personId: string, options: RegisterOptions = {}): Promise<RegisterOutcome> {
  const d = db()
  return d.transaction('rw', [d.events, d.people, d.organisations, d.registrations, d.auditLog, d.device], async () => {
    const event = await requireEvent(eventId)
    const person = await d.people.get(personId)
    if (!person || person.deletedAt) throw new Error('Fant ikke personen.')
    return registerInside(event, person, options)
  })
}

export type NewPersonInput = { organisationId: string; name: string; email: string; title: string; roles: PersonRole[] }

/** Adds a person to the organisation and registers them, in one step: both or neither are saved. */
export async function registerNewPerson(eventId: string, input: NewPersonInput, options: RegisterOptions = {}): Promise<RegisterOutcome> {
  const d = db()
  if (!input.name.trim()) throw new Error('Navn må fylles ut.')
  return d.transaction('rw', [d.events, d.people, d.organisations, d.registrations, d.auditLog, d.device], async () => {
    const event = await requireEvent(eventId)
    const organisation = await d.organisations.get(input.organisationId)
    if (!organisation || organisation.deletedAt) throw new Error('Fant ikke virksomheten.')
    const taken = (await liveRegistrations(eventId)).filter(takesSeat).length
    if (SEAT_STATUSES.includes(options.status ?? 'pameldt') && isFull(event, taken) && !options.overrideCapacity) {
      return { ok: false, reason: 'capacity', capacity: event.capacity ?? 0, taken }
    }
    const person: Person = newRecord({ ...input, name: input.name.trim(), email: input.email.trim(), title: input.title.trim(), phone: '' })
    await d.people.add(person)
    await audit('people', person.id, 'create', `${person.name} lagt til i ${organisation.name}`)
    return registerInside(event, person, options)
  })
}

/** Changes a registration's status; moving into a seat is checked against capacity. */
export async function setRegistrationStatus(id: string, status: RegistrationStatus, options: { overrideCapacity?: boolean } = {}): Promise<RegisterOutcome> {
  const d = db()
  return d.transaction('rw', [d.events, d.organisations, d.registrations, d.auditLog, d.device], async () => {
    const before = await d.registrations.get(id)
    if (!before || before.deletedAt) throw new Error('Fant ikke registreringen.')
    const event = await requireEvent(before.eventId)
    if (!SEAT_STATUSES.includes(before.status) && SEAT_STATUSES.includes(status) && !options.overrideCapacity) {
      const taken = (await liveRegistrations(event.id)).filter(takesSeat).length
      if (isFull(event, taken)) return { ok: false, reason: 'capacity', capacity: event.capacity ?? 0, taken }
    }
    const next: Registration = {
      ...before,
      status,
      checkedInAt: status === 'mott' ? (before.checkedInAt ?? nowIso()) : null,
      updatedAt: nowIso(),
    }
    await d.registrations.put(next)
    await audit('registrations', id, 'update', 'Status endret', diffRecords(before, next))
    return { ok: true, registration: next }
  })
}

/** Removes a registration (soft delete); `restoreRegistration` undoes it. */
export async function removeRegistration(id: string, restore = false): Promise<void> {
  const d = db()
  await d.transaction('rw', [d.organisations, d.registrations, d.auditLog, d.device], async () => {
    const before = await d.registrations.get(id)
    if (!before) throw new Error('Fant ikke registreringen.')
    await d.registrations.update(id, { deletedAt: restore ? null : nowIso(), updatedAt: nowIso() })
    await audit('registrations', id, restore ? 'restore' : 'delete', restore ? 'Registrering gjenopprettet' : 'Registrering fjernet')
  })
}
export const restoreRegistration = (id: string): Promise<void> => removeRegistration(id, true)

/**
 * Checks a person in at the door, with the time. Twice is impossible: the outcome says when they
 * arrived. Capacity only warns (`overCapacity`); nobody who has come is turned away.
 */
export async function checkIn(id: string): Promise<CheckInOutcome> {
  const d = db()
  return d.transaction('rw', [d.events, d.organisations, d.registrations, d.auditLog, d.device], async () => {
    const before = await d.registrations.get(id)
    if (!before || before.deletedAt) throw new Error('Fant ikke registreringen.')
    if (before.status === 'mott' && before.checkedInAt) return { ok: false, reason: 'already', checkedInAt: before.checkedInAt }
    const event = await requireEvent(before.eventId)
    const next: Registration = { ...before, status: 'mott', checkedInAt: nowIso(), statusBeforeCheckIn: before.status, updatedAt: nowIso() }
    await d.registrations.put(next)
    await audit('registrations', id, 'update', 'Sjekket inn', diffRecords(before, next))
    const taken = (await liveRegistrations(event.id)).filter(takesSeat).length
    return { ok: true, registration: next, overCapacity: event.capacity !== null && taken > event.capacity }
  })
}

/** Undoes a check-in: back to the status before it; a walk-in's registration is removed. */
export async function undoCheckIn(id: string): Promise<void> {
  const d = db()
  await d.transaction('rw', [d.organisations, d.registrations, d.auditLog, d.device], async () => {
    const before = await d.registrations.get(id)
    if (!before || before.deletedAt || before.status !== 'mott') return
    const next: Registration = before.walkIn
      ? { ...before, deletedAt: nowIso(), updatedAt: nowIso() }
      : { ...before, status: before.statusBeforeCheckIn ?? 'pameldt', checkedInAt: null, statusBeforeCheckIn: null, updatedAt: nowIso() }
    await d.registrations.put(next)
    await audit('registrations', id, before.walkIn ? 'delete' : 'update', 'Innsjekking angret', diffRecords(before, next))
  })
}

export type WalkInInput = { eventId: string; name: string; email?: string; role?: PersonRole } & ({ organisationId: string } | { newOrganisationName: string })

/**
 * A person not on the list and not known: added (with a new organisation if needed), with the role
 * given, and checked in at once. Known people go through `checkInKnownPerson`.
 */
export async function checkInWalkIn(input: WalkInInput): Promise<Registration> {
  const d = db()
  const name = input.name.trim()
  if (!name) throw new Error('Navn må fylles ut.')
  return d.transaction('rw', [d.events, d.people, d.organisations, d.statusEvents, d.registrations, d.auditLog, d.device], async () => {
    const event = await requireEvent(input.eventId)
    let organisation: Organisation | undefined
    if ('organisationId' in input) {
      organisation = await d.organisations.get(input.organisationId)
      if (!organisation || organisation.deletedAt) throw new Error('Fant ikke virksomheten.')
    } else {
      const orgName = input.newOrganisationName.trim()
      if (!orgName) throw new Error('Virksomhetens navn må fylles ut.')
      // The register's own create: status søker with its status event, like any new organisation.
      const made = await createOrganisation({ ...emptyOrganisationInput(), name: orgName, notes: `Lagt til ved innsjekking på ${event.title}.` })
      // Thrown like this function's other refusals at the door (and so nothing of the check-in is kept).
      if (!made.ok) throw new Error(made.message)
      organisation = made.data
    }
    const roles: PersonRole[] = input.role ? [input.role] : []
    const person: Person = newRecord({ organisationId: organisation.id, name, title: '', email: input.email?.trim() ?? '', phone: '', roles })
    await d.people.add(person)
    await audit('people', person.id, 'create', `${person.name} lagt til ved innsjekking`)
    return addWalkInRegistration(event, person)
  })
}

async function addWalkInRegistration(event: MeetingEvent, person: Person): Promise<Registration> {
  const registration: Registration = newRecord({
    eventId: event.id,
    organisationId: person.organisationId,
    personId: person.id,
    // The roles as they are today, so a known top leader's attendance counts for Lederforankring.
    rolesAtTime: [...person.roles],
    status: 'mott' as RegistrationStatus,
    checkedInAt: nowIso(),
    walkIn: true,
    statusBeforeCheckIn: null,
  })
  await db().registrations.add(registration)
  await audit('registrations', registration.id, 'create', `${person.name} sjekket inn uten påmelding`)
  return registration
}

/**
 * A known person at the door: checked in on their registration if they have one (invited,
 * avmeldt …), otherwise as a walk-in with their roles as they are today. Never a second person.
 */
export async function checkInKnownPerson(eventId: string, personId: string): Promise<CheckInOutcome> {
  const d = db()
  return d.transaction('rw', [d.events, d.people, d.organisations, d.registrations, d.auditLog, d.device], async () => {
    const event = await requireEvent(eventId)
    const person = await d.people.get(personId)
    if (!person || person.deletedAt) throw new Error('Fant ikke personen.')
    const existing = (await d.registrations.where('[eventId+personId]').equals([eventId, personId]).toArray()).find((r) => !r.deletedAt)
    if (existing) return checkIn(existing.id)
    const registration = await addWalkInRegistration(event, person)
    const taken = (await liveRegistrations(event.id)).filter(takesSeat).length
    return { ok: true, registration, overCapacity: event.capacity !== null && taken > event.capacity }
  })
}

/** The event's registrations with names, for lists, the door and exports. */
export async function listRoster(eventId: string): Promise<RosterEntry[]> {
  const d = db()
  const registrations = await liveRegistrations(eventId)
  const people = await d.people.bulkGet(registrations.map((r) => r.personId))
  const orgs = await d.organisations.bulkGet([...new Set(registrations.map((r) => r.organisationId))])
  const orgName = new Map(orgs.filter((o): o is Organisation => o !== undefined).map((o) => [o.id, o.name]))
  return registrations.map((registration, i) => ({
    registration,
    personName: people[i]?.name ?? '(ukjent person)',
    personEmail: people[i]?.email ?? '',
    organisationName: orgName.get(registration.organisationId) ?? '(ukjent virksomhet)',
  }))
}

/** Every registration of one organisation (for its attendance over the years). */
export async function registrationsOfOrganisation(organisationId: string): Promise<Registration[]> {
  return (await db().registrations.where('organisationId').equals(organisationId).toArray()).filter((r) => !r.deletedAt)
}

/** Names of people by id (trashed people too: history keeps their names). */
export async function personNames(ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await db().people.bulkGet([...new Set(ids)])
  return new Map(rows.filter((p): p is Person => p !== undefined).map((p) => [p.id, p.name]))
}

/**
 * After the event: everyone still påmeldt did not come. Returns the ids changed, so
 * `restoreStatuses(ids, 'pameldt')` can undo it.
 */
export async function markNoShows(eventId: string): Promise<string[]> {
  const d = db()
  return d.transaction('rw', [d.organisations, d.registrations, d.auditLog, d.device], async () => {
    const expected = (await liveRegistrations(eventId)).filter((r) => r.status === 'pameldt')
    for (const r of expected) {
      await d.registrations.put({ ...r, status: 'ikke-mott', updatedAt: nowIso() })
      await audit('registrations', r.id, 'update', 'Satt til ikke møtt etter arrangementet', { status: { from: 'pameldt', to: 'ikke-mott' } })
    }
    return expected.map((r) => r.id)
  })
}

export async function restoreStatuses(ids: readonly string[], status: RegistrationStatus): Promise<void> {
  const d = db()
  await d.transaction('rw', [d.organisations, d.registrations, d.auditLog, d.device], async () => {
    for (const id of ids) {
      const before = await d.registrations.get(id)
      if (!before) continue
      await d.registrations.put({ ...before, status, updatedAt: nowIso() })
      await audit('registrations', id, 'update', 'Status gjenopprettet', { status: { from: before.status, to: status } })
    }
  })
}
