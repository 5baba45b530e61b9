/**
 * Signing lunches: the event of kind 'signeringslunsj', its invited organisations and guests
 * (registrations), and its seating plan. Writes the same tables, in the same shapes, as the
 * general events and registrations repositories.
 */
import { formatDate, todayInOslo } from '../../lib/dates'
import { defaultRules } from '../../domain/seating/types'
import { notFound, ok, refused, type Outcome } from '../../lib/result'
import { db } from '../db'
import type { MeetingEvent, Organisation, Person, Registration, SeatingPlan, SeatingPlanData, SigningLunch, StatusEvent } from '../models'
import { audit, diffRecords, newRecord, nfc, nowIso } from './base'
import { loadSettings } from './settings-repo'

/** A signing lunch; its invited organisations live on the event, as for any event. */
export type Lunch = MeetingEvent & { lunch: SigningLunch; invitedOrganisationIds: string[] }

const isLunchEvent = (e: MeetingEvent | undefined): e is MeetingEvent & { lunch: SigningLunch } => !!e && e.kind === 'signeringslunsj' && e.lunch !== null && !e.deletedAt

const asLunch = (e: MeetingEvent & { lunch: SigningLunch }): Lunch => ({ ...e, invitedOrganisationIds: e.invitedOrganisationIds ?? [] })

export const emptySeatingPlan = (): SeatingPlanData => ({ tables: [], assignment: {}, locked: [], rules: defaultRules() })

export type NewLunch = { date: string; startTime: string; endTime: string; place: string; room: string }

export async function createLunch(input: NewLunch): Promise<Lunch> {
  const settings = await loadSettings()
  const d = db()
  return d.transaction('rw', [d.events, d.auditLog, d.device], async () => {
    const lunch: SigningLunch = {
      commissionerName: settings.commissionerName,
      commissionerTitle: settings.commissionerTitle,
      maxOrganisations: 8,
      maxGuestsPerOrganisation: 2,
      hosts: [],
      welcomeMinutes: 10,
      signingMinutes: 20,
      speakingOrder: [],
      signingRegisteredAt: null,
    }
    const event = newRecord({ kind: 'signeringslunsj' as const, title: `Signeringslunsj ${formatDate(input.date)}`, ...input, capacity: null, notes: '', cancelledAt: null, lunch, invitedOrganisationIds: [] as string[] })
    await d.events.add(event)
    await audit('events', event.id, 'create', `Signeringslunsj ${input.date} opprettet`)
    return event as Lunch
  })
}

export async function listLunches(): Promise<Lunch[]> {
  const rows = await db().events.where('kind').equals('signeringslunsj').toArray()
  return rows.filter(isLunchEvent).map(asLunch).sort((a, b) => b.date.localeCompare(a.date) || b.startTime.localeCompare(a.startTime))
}

export async function getLunch(id: string): Promise<Lunch | undefined> {
  const event = await db().events.get(id)
  return isLunchEvent(event) ? asLunch(event) : undefined
}

type LunchChange = Partial<Pick<MeetingEvent, 'date' | 'startTime' | 'endTime' | 'place' | 'room'>> & { lunch?: Partial<SigningLunch> }

export async function updateLunch(id: string, change: LunchChange, summary = 'Signeringslunsj endret'): Promise<Lunch> {
  const d = db()
  return d.transaction('rw', [d.events, d.auditLog, d.device], async () => {
    const before = await getLunch(id)
    // Not a user's failure: the page edits only a lunch it shows.
    if (!before) throw new Error('Fant ikke signeringslunsjen.')
    const { lunch, ...fields } = nfc(change)
    const next: Lunch = { ...before, ...fields, lunch: { ...before.lunch, ...lunch }, updatedAt: nowIso() }
    // The title the events list shows follows the date, unless someone renamed the event.
    if (fields.date && before.title === `Signeringslunsj ${formatDate(before.date)}`) next.title = `Signeringslunsj ${formatDate(fields.date)}`
    await d.events.put(next)
    await audit('events', id, 'update', summary, diffRecords(before, next))
    return next
  })
}

export async function deleteLunch(id: string): Promise<void> {
  const d = db()
  await d.transaction('rw', [d.events, d.auditLog, d.device], async () => {
    const before = await getLunch(id)
    if (!before) return
    await d.events.put({ ...before, deletedAt: nowIso(), updatedAt: nowIso() })
    await audit('events', id, 'delete', 'Signeringslunsj slettet')
  })
}

export async function restoreLunch(id: string): Promise<void> {
  const d = db()
  await d.transaction('rw', [d.events, d.auditLog, d.device], async () => {
    const before = await d.events.get(id)
    if (!before) return
    await d.events.put({ ...before, deletedAt: null, updatedAt: nowIso() })
    await audit('events', id, 'restore', 'Signeringslunsj gjenopprettet')
  })
}

export type Candidate = {
  organisation: Organisation
  appliedOn: string
  /** Date of another lunch the organisation is invited to (and did not sign at), if any. */
  invitedTo: string | null
}

/**
 * Approved, not yet signed organisations, oldest application first: those approved, and those
 * invited to an earlier lunch who did not sign there (they stay invited for the next one).
 */
export async function listCandidates(forLunchId: string | null = null): Promise<Candidate[]> {
  const d = db()
  const orgs = (await d.organisations.where('status').anyOf('godkjent', 'invitert').toArray()).filter((o) => !o.deletedAt)
  const lunches = await listLunches()
  const out: Candidate[] = []
  for (const organisation of orgs) {
    if (lunches.some((l) => l.id === forLunchId && l.invitedOrganisationIds.includes(organisation.id))) continue
    const events = (await d.statusEvents.where('organisationId').equals(organisation.id).toArray()).filter((e) => !e.deletedAt)
    const applied = events.filter((e) => e.status === 'soker').map((e) => e.date).sort()[0]
    const approved = events.filter((e) => e.status === 'godkjent').map((e) => e.date).sort()[0]
    const other = lunches.filter((l) => l.invitedOrganisationIds.includes(organisation.id)).map((l) => l.date).sort().at(-1) ?? null
    out.push({ organisation, appliedOn: applied ?? approved ?? organisation.createdAt.slice(0, 10), invitedTo: organisation.status === 'invitert' ? other : null })
  }
  return out.sort((a, b) => a.appliedOn.localeCompare(b.appliedOn) || a.organisation.name.localeCompare(b.organisation.name, 'nb'))
}

/** A dated status event and the organisation's status, inside the caller's transaction. */
export async function setOrganisationStatus(org: Organisation, status: StatusEvent['status'], note: string, date = todayInOslo()): Promise<void> {
  const d = db()
  const event = newRecord({ organisationId: org.id, status, date, note })
  await d.statusEvents.add(event)
  await audit('statusEvents', event.id, 'create', note)
  const next: Organisation = { ...org, status, updatedAt: nowIso() }
  await d.organisations.put(next)
  await audit('organisations', org.id, 'update', note, diffRecords(org, next))
}

/** Invites an approved organisation: status 'invitert' and a place on the lunch, in one step. */
export async function inviteOrganisation(lunchId: string, organisationId: string, allowOverfill = false): Promise<Outcome<void>> {
  const d = db()
  return d.transaction('rw', [d.events, d.organisations, d.statusEvents, d.auditLog, d.device], async () => {
    const lunch = await getLunch(lunchId)
    const org = await d.organisations.get(organisationId)
    if (!lunch || !org || org.deletedAt) return notFound('Fant ikke lunsjen eller virksomheten.')
    if (lunch.invitedOrganisationIds.includes(organisationId)) return ok(undefined)
    if (org.status !== 'godkjent' && org.status !== 'invitert') return refused(`${org.name} er ikke godkjent og kan ikke inviteres.`)
    if (lunch.invitedOrganisationIds.length >= lunch.lunch.maxOrganisations && !allowOverfill)
      return refused(`Lunsjen er full (${lunch.lunch.maxOrganisations} virksomheter). Kryss av for å tillate flere.`)
    // A lunch entered after it took place: the invitation cannot be later than the lunch itself,
    // or it would outrank the membership the signing records from the lunch's date.
    const invitedOn = [todayInOslo(), lunch.date].sort()[0]
    await setOrganisationStatus(org, 'invitert', `${org.name} invitert til signeringslunsj ${lunch.date}`, invitedOn)
    const next: Lunch = { ...lunch, invitedOrganisationIds: [...lunch.invitedOrganisationIds, organisationId], updatedAt: nowIso() }
    await d.events.put(next)
    await audit('events', lunchId, 'update', `${org.name} invitert`, diffRecords(lunch, next))
    return ok(undefined)
  })
}

export type LunchGuestView = { registration: Registration; person: Person | undefined; organisation: Organisation | undefined }

export type LunchView = {
  lunch: Lunch
  organisations: Organisation[]
  people: Person[]
  guests: LunchGuestView[]
  plan: SeatingPlan | undefined
}

/** Everything the planner shows, read in one go (safe inside a live query). */
export async function loadLunchView(id: string): Promise<LunchView | null> {
  const d = db()
  const lunch = await getLunch(id)
  if (!lunch) return null
  const organisations = (await d.organisations.bulkGet(lunch.invitedOrganisationIds)).filter((o): o is Organisation => !!o && !o.deletedAt)
  const people = (await d.people.where('organisationId').anyOf(lunch.invitedOrganisationIds).toArray()).filter((p) => !p.deletedAt)
  const registrations = (await d.registrations.where('eventId').equals(id).toArray()).filter((r) => !r.deletedAt)
  const byPerson = new Map(people.map((p) => [p.id, p]))
  const byOrg = new Map(organisations.map((o) => [o.id, o]))
  const guests = registrations
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((registration) => ({ registration, person: byPerson.get(registration.personId), organisation: byOrg.get(registration.organisationId) }))
  const plan = (await d.seatingPlans.where('eventId').equals(id).toArray()).find((p) => !p.deletedAt)
  return { lunch, organisations, people, guests, plan }
}
