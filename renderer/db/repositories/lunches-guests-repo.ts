/** Guests of a signing lunch (registrations of its event) and its seating plan. */
import { db } from '../db'
import type { Person, PersonRole, Registration, SeatingPlan, SeatingPlanData } from '../models'
import { notFound, ok, refused, type Outcome } from '../../lib/result'
import { audit, diffRecords, newRecord, nfc, nowIso, refusable } from './base'
import { emptySeatingPlan, getLunch, inviteOrganisation, setOrganisationStatus } from './lunches-repo'
import { withRuleDefaults } from '../../domain/seating/types'

export type NewPerson = { name: string; title: string; roles: PersonRole[] }

/** Adds a guest from an invited organisation; refuses more than the per-organisation maximum. */
export async function addGuest(
  lunchId: string,
  organisationId: string,
  who: { personId: string } | { newPerson: NewPerson },
  allowOverfill = false,
): Promise<Outcome<Registration>> {
  const d = db()
  return refusable([d.events, d.people, d.registrations, d.organisations, d.auditLog, d.device], async () => {
    const lunch = await getLunch(lunchId)
    if (!lunch || !lunch.invitedOrganisationIds.includes(organisationId)) return refused('Virksomheten er ikke invitert til denne lunsjen.')
    const existing = (await d.registrations.where('eventId').equals(lunchId).toArray()).filter((r) => !r.deletedAt)
    const fromOrg = existing.filter((r) => r.organisationId === organisationId)
    if (fromOrg.length >= lunch.lunch.maxGuestsPerOrganisation && !allowOverfill)
      return refused(`Virksomheten har allerede ${fromOrg.length} gjester (maks ${lunch.lunch.maxGuestsPerOrganisation}). Kryss av for å tillate flere.`)
    let person: Person | undefined
    if ('personId' in who) {
      person = await d.people.get(who.personId)
      if (!person || person.deletedAt || person.organisationId !== organisationId) return notFound('Fant ikke personen.')
    } else {
      person = newRecord({ organisationId, name: who.newPerson.name.trim(), title: who.newPerson.title.trim(), email: '', phone: '', roles: who.newPerson.roles })
      await d.people.add(person)
      await audit('people', person.id, 'create', `${person.name} lagt til`)
    }
    if (existing.some((r) => r.personId === person.id)) return refused(`${person.name} er allerede gjest.`)
    const registration = newRecord({
      eventId: lunchId,
      organisationId,
      personId: person.id,
      rolesAtTime: person.roles,
      status: 'pameldt' as const,
      checkedInAt: null,
      walkIn: false,
    })
    await d.registrations.add(registration)
    await audit('registrations', registration.id, 'create', `${person.name} meldt på signeringslunsj ${lunch.date}`)
    return ok(registration)
  })
}

/** Removes a guest (soft delete) and frees any seat they had, in one step. */
export async function removeGuest(registrationId: string): Promise<void> {
  const d = db()
  await d.transaction('rw', [d.registrations, d.seatingPlans, d.auditLog, d.device], async () => {
    const before = await d.registrations.get(registrationId)
    if (!before || before.deletedAt) return
    await d.registrations.put({ ...before, deletedAt: nowIso(), updatedAt: nowIso() })
    await audit('registrations', registrationId, 'delete', 'Gjest fjernet fra signeringslunsj')
    const plan = (await d.seatingPlans.where('eventId').equals(before.eventId).toArray()).find((p) => !p.deletedAt)
    if (!plan) return
    const assignment = Object.fromEntries(Object.entries(plan.data.assignment).filter(([, g]) => g !== registrationId))
    await d.seatingPlans.put({ ...plan, data: { ...plan.data, assignment }, updatedAt: nowIso() })
  })
}

export async function restoreGuest(registrationId: string): Promise<void> {
  const d = db()
  await d.transaction('rw', [d.registrations, d.auditLog, d.device], async () => {
    const before = await d.registrations.get(registrationId)
    if (!before) return
    await d.registrations.put({ ...before, deletedAt: null, updatedAt: nowIso() })
    await audit('registrations', registrationId, 'restore', 'Gjest lagt tilbake på signeringslunsj')
  })
}

/** Check-in at the door, as for any event. */
export async function setCheckedIn(registrationId: string, present: boolean): Promise<void> {
  const d = db()
  await d.transaction('rw', [d.registrations, d.auditLog, d.device], async () => {
    const before = await d.registrations.get(registrationId)
    if (!before) return
    const next: Registration = { ...before, status: present ? 'mott' : 'pameldt', checkedInAt: present ? nowIso() : null, updatedAt: nowIso() }
    await d.registrations.put(next)
    await audit('registrations', registrationId, 'update', present ? 'Sjekket inn' : 'Innsjekk angret', diffRecords(before, next))
  })
}

export async function loadSeatingPlan(eventId: string): Promise<SeatingPlan | undefined> {
  return (await db().seatingPlans.where('eventId').equals(eventId).toArray()).find((p) => !p.deletedAt)
}

/** Saves the whole plan (tables, seats, locks, rules): every seating change is one write. */
export async function saveSeatingPlan(eventId: string, data: SeatingPlanData, summary: string): Promise<void> {
  const d = db()
  await d.transaction('rw', [d.seatingPlans, d.auditLog, d.device], async () => {
    const before = await loadSeatingPlan(eventId)
    const clean = nfc(data)
    if (before) {
      const next = { ...before, data: clean, updatedAt: nowIso() }
      await d.seatingPlans.put(next)
      await audit('seatingPlans', before.id, 'update', summary, diffRecords(before.data, next.data))
    } else {
      const plan = newRecord({ eventId, data: clean })
      await d.seatingPlans.add(plan)
      await audit('seatingPlans', plan.id, 'create', summary)
    }
  })
}

const withDefaults = new WeakMap<SeatingPlanData, SeatingPlanData>()

/**
 * The plan's data, with the default weight of any rule added since it was stored. The same stored
 * data gives the same object, so pages can memoise on it.
 */
export function planData(plan: SeatingPlan | undefined): SeatingPlanData {
  if (!plan) return emptySeatingPlan()
  let data = withDefaults.get(plan.data)
  if (!data) {
    data = { ...plan.data, rules: withRuleDefaults(plan.data.rules) }
    withDefaults.set(plan.data, data)
  }
  return data
}

export type Uninvited = { lunchId: string; organisationId: string; registrationIds: string[] }

/**
 * Takes an organisation off the lunch (it declined): its guests and seats go, and it is approved
 * again, free for another lunch. Returns what `reinvite` needs to undo it.
 */
export async function uninviteOrganisation(lunchId: string, organisationId: string): Promise<Outcome<Uninvited>> {
  const d = db()
  return d.transaction('rw', [d.events, d.organisations, d.statusEvents, d.registrations, d.seatingPlans, d.auditLog, d.device], async () => {
    const lunch = await getLunch(lunchId)
    const org = await d.organisations.get(organisationId)
    if (!lunch || !org || !lunch.invitedOrganisationIds.includes(organisationId)) return refused('Virksomheten er ikke invitert til denne lunsjen.')
    const registrations = (await d.registrations.where('eventId').equals(lunchId).toArray()).filter((r) => !r.deletedAt && r.organisationId === organisationId)
    for (const r of registrations) {
      await d.registrations.put({ ...r, deletedAt: nowIso(), updatedAt: nowIso() })
      await audit('registrations', r.id, 'delete', `${org.name} tatt av signeringslunsjen`)
    }
    const gone = new Set(registrations.map((r) => r.id))
    const plan = await loadSeatingPlan(lunchId)
    if (plan) {
      const assignment = Object.fromEntries(Object.entries(plan.data.assignment).filter(([, g]) => !gone.has(g)))
      await d.seatingPlans.put({ ...plan, data: { ...plan.data, assignment }, updatedAt: nowIso() })
    }
    const next = {
      ...lunch,
      invitedOrganisationIds: lunch.invitedOrganisationIds.filter((id) => id !== organisationId),
      lunch: {
        ...lunch.lunch,
        speakingOrder: lunch.lunch.speakingOrder.filter((s) => s.organisationId !== organisationId),
      },
      updatedAt: nowIso(),
    }
    await d.events.put(next)
    await audit('events', lunchId, 'update', `${org.name} tatt av lunsjen`, diffRecords(lunch, next))
    if (org.status === 'invitert') await setOrganisationStatus(org, 'godkjent', `${org.name} tatt av signeringslunsj ${lunch.date}`)
    return ok({ lunchId, organisationId, registrationIds: registrations.map((r) => r.id) })
  })
}

/** Undoes `uninviteOrganisation`: invited again, with the same guests (seats are not restored). */
export async function reinvite(undo: Uninvited): Promise<Outcome<void>> {
  const d = db()
  return refusable([d.events, d.organisations, d.statusEvents, d.registrations, d.auditLog, d.device], async () => {
    const invited = await inviteOrganisation(undo.lunchId, undo.organisationId, true)
    if (!invited.ok) return invited
    for (const id of undo.registrationIds) await restoreGuest(id)
    return ok(undefined)
  })
}
