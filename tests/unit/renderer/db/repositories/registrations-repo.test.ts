import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { historyOf, setClock } from '../../../../../renderer/db/repositories/base'
import { createEvent, inviteOrganisations, readDirectory } from '../../../../../renderer/db/repositories/events-repo'
import {
  checkIn,
  checkInWalkIn,
  listRoster,
  markNoShows,
  registerNewPerson,
  registerPerson,
  restoreStatuses,
  seatCount,
  setRegistrationStatus,
  undoCheckIn,
} from '../../../../../renderer/db/repositories/registrations-repo'
import { freshDatabase, made } from '../../db-helpers'
import { eventForm, seedOrganisation, seedPerson } from '../../domain/event/seed'

describe('registrations and the door', () => {
  beforeEach(async () => {
    await freshDatabase()
    setClock(() => new Date('2027-06-03T07:05:00Z'))
  })

  it('keeps the role a person had when registering, even after the role changes', async () => {
    const org = await seedOrganisation('Bølgen Energi AS')
    const kari = await seedPerson(org, 'Kari Nordmann', ['toppleder'])
    const event = await made(createEvent(eventForm({ kind: 'toppledermote' })))
    const outcome = await registerPerson(event.id, kari.id)
    expect(outcome.ok).toBe(true)
    await db().people.update(kari.id, { roles: ['klimakontakt'] })
    const [entry] = await listRoster(event.id)
    expect(entry?.registration.rolesAtTime).toEqual(['toppleder'])
    expect(entry?.personName).toBe('Kari Nordmann')
  })

  it('refuses a second registration of the same person', async () => {
    const org = await seedOrganisation('Ruter AS')
    const ola = await seedPerson(org, 'Ola Hansen')
    const event = await made(createEvent(eventForm()))
    await registerPerson(event.id, ola.id)
    const again = await registerPerson(event.id, ola.id)
    expect(again).toMatchObject({ ok: false, reason: 'duplicate' })
    expect(await listRoster(event.id)).toHaveLength(1)
  })

  it('enforces capacity when registering unless the user overrides it', async () => {
    const org = await seedOrganisation('Ruter AS')
    const [a, b, c] = await Promise.all(['A Aas', 'B Berg', 'C Dahl'].map((n) => seedPerson(org, n)))
    const event = await made(createEvent(eventForm({ capacity: '2' })))
    await registerPerson(event.id, a!.id)
    await registerPerson(event.id, b!.id)
    expect(await registerPerson(event.id, c!.id)).toEqual({ ok: false, reason: 'capacity', capacity: 2, taken: 2 })
    // Invited people do not take a seat; moving them to påmeldt is checked too.
    const invited = await registerPerson(event.id, c!.id, { status: 'invitert' })
    expect(invited.ok).toBe(true)
    if (!invited.ok) return
    expect(await setRegistrationStatus(invited.registration.id, 'pameldt')).toMatchObject({ ok: false, reason: 'capacity' })
    expect(await setRegistrationStatus(invited.registration.id, 'pameldt', { overrideCapacity: true })).toMatchObject({ ok: true })
    expect((await listRoster(event.id)).filter((r) => r.registration.status === 'pameldt')).toHaveLength(3)
  })

  it('adds a new person and the registration together, or neither when the event is full', async () => {
    const org = await seedOrganisation('Ruter AS')
    const event = await made(createEvent(eventForm({ capacity: '1' })))
    await registerNewPerson(event.id, { organisationId: org.id, name: 'Nina Lund', email: 'nina@ruter.no', title: '', roles: ['stedfortreder'] })
    const full = await registerNewPerson(event.id, { organisationId: org.id, name: 'Per Ås', email: '', title: '', roles: [] })
    expect(full).toMatchObject({ ok: false, reason: 'capacity' })
    const { people } = await readDirectory()
    expect(people.map((p) => p.name)).toEqual(['Nina Lund'])
  })

  it('checks in with the time, never twice, and undoes to the status before', async () => {
    const org = await seedOrganisation('Ruter AS')
    const ola = await seedPerson(org, 'Ola Hansen')
    const event = await made(createEvent(eventForm()))
    const reg = await registerPerson(event.id, ola.id, { status: 'invitert' })
    if (!reg.ok) throw new Error('not registered')
    const first = await checkIn(reg.registration.id)
    expect(first).toMatchObject({ ok: true, registration: { status: 'mott', checkedInAt: '2027-06-03T07:05:00.000Z' } })
    setClock(() => new Date('2027-06-03T07:20:00Z'))
    expect(await checkIn(reg.registration.id)).toEqual({ ok: false, reason: 'already', checkedInAt: '2027-06-03T07:05:00.000Z' })
    await undoCheckIn(reg.registration.id)
    const [entry] = await listRoster(event.id)
    expect(entry?.registration).toMatchObject({ status: 'invitert', checkedInAt: null })
    expect((await historyOf('registrations', reg.registration.id)).map((h) => h.summary)).toContain('Innsjekking angret')
  })

  it('warns but never blocks at the door when the room is full', async () => {
    const org = await seedOrganisation('Ruter AS')
    const [a, b] = await Promise.all(['A Aas', 'B Berg'].map((n) => seedPerson(org, n)))
    const event = await made(createEvent(eventForm({ capacity: '1' })))
    const ra = await registerPerson(event.id, a!.id)
    const rb = await registerPerson(event.id, b!.id, { overrideCapacity: true })
    if (!ra.ok || !rb.ok) throw new Error('not registered')
    expect(await checkIn(ra.registration.id)).toMatchObject({ ok: true, overCapacity: true })
  })

  it('adds a walk-in with a new organisation in one step; undo removes the walk-in again', async () => {
    const event = await made(createEvent(eventForm()))
    const reg = await checkInWalkIn({ eventId: event.id, name: 'Eva Strand', newOrganisationName: 'Grønn Vei AS' })
    const roster = await listRoster(event.id)
    expect(roster).toMatchObject([{ personName: 'Eva Strand', organisationName: 'Grønn Vei AS', registration: { status: 'mott', walkIn: true } }])
    const { organisations } = await readDirectory()
    expect(organisations.map((o) => [o.name, o.status])).toEqual([['Grønn Vei AS', 'soker']])
    expect(await db().statusEvents.where('organisationId').equals(organisations[0]!.id).count()).toBe(1)
    await undoCheckIn(reg.id)
    expect(await listRoster(event.id)).toEqual([])
  })

  it('asks before inviting members to a partnersamling, and invites partners freely', async () => {
    const partner = await seedOrganisation('Klimapartner AS', 'partner')
    const member = await seedOrganisation('Vanlig Medlem AS', 'medlem')
    const event = await made(createEvent(eventForm({ kind: 'partnersamling' })))
    expect(await inviteOrganisations(event.id, [partner.id, member.id])).toEqual({ ok: false, reason: 'non-partners', names: ['Vanlig Medlem AS'] })
    expect((await db().events.get(event.id))?.invitedOrganisationIds).toEqual([])
    expect(await inviteOrganisations(event.id, [partner.id])).toEqual({ ok: true, added: 1 })
    expect(await inviteOrganisations(event.id, [partner.id, member.id], { confirmNonPartners: true })).toEqual({ ok: true, added: 1 })
    expect((await db().events.get(event.id))?.invitedOrganisationIds).toEqual([partner.id, member.id])
  })

  it("hides a trashed organisation's registrations and brings them back on restore", async () => {
    const org = await seedOrganisation('Ruter AS')
    const ola = await seedPerson(org, 'Ola Hansen')
    const event = await made(createEvent(eventForm()))
    await registerPerson(event.id, ola.id)
    await db().organisations.update(org.id, { deletedAt: '2027-06-01T00:00:00Z' })
    expect(await listRoster(event.id)).toEqual([])
    expect(await seatCount(event.id)).toEqual({ taken: 0, capacity: null })
    await db().organisations.update(org.id, { deletedAt: null })
    expect((await listRoster(event.id)).map((r) => r.personName)).toEqual(['Ola Hansen'])
    expect((await seatCount(event.id)).taken).toBe(1)
  })

  it('marks those still påmeldt after the event as ikke møtt, and can undo it', async () => {
    const org = await seedOrganisation('Ruter AS')
    const [a, b] = await Promise.all(['A Aas', 'B Berg'].map((n) => seedPerson(org, n)))
    const event = await made(createEvent(eventForm()))
    const ra = await registerPerson(event.id, a!.id)
    await registerPerson(event.id, b!.id)
    if (!ra.ok) throw new Error('not registered')
    await checkIn(ra.registration.id)
    const ids = await markNoShows(event.id)
    const statuses = async () => Object.fromEntries((await listRoster(event.id)).map((r) => [r.personName, r.registration.status]))
    expect(await statuses()).toEqual({ 'A Aas': 'mott', 'B Berg': 'ikke-mott' })
    await restoreStatuses(ids, 'pameldt')
    expect(await statuses()).toEqual({ 'A Aas': 'mott', 'B Berg': 'pameldt' })
  })

  it('leaves trashed organisations and their people out of the directory', async () => {
    const gone = await seedOrganisation('Nedlagt AS', 'medlem', { deletedAt: '2027-01-01T00:00:00Z' })
    await seedPerson(gone, 'Borte Person')
    const live = await seedOrganisation('Levende AS')
    await seedPerson(live, 'Her Person')
    const { organisations, people } = await readDirectory()
    expect(organisations.map((o) => o.name)).toEqual(['Levende AS'])
    expect(people.map((p) => p.name)).toEqual(['Her Person'])
  })
})
