import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { addGuest, loadSeatingPlan, reinvite, removeGuest, saveSeatingPlan, uninviteOrganisation } from '../../../../../renderer/db/repositories/lunches-guests-repo'
import { createLunch, getLunch, inviteOrganisation, listCandidates, loadLunchView } from '../../../../../renderer/db/repositories/lunches-repo'
import { registerLunchSigning } from '../../../../../renderer/db/repositories/lunches-signing-repo'
import { saveSettings } from '../../../../../renderer/db/repositories/settings-repo'
import { emptySeatingPlan } from '../../../../../renderer/db/repositories/lunches-repo'
import { freshDatabase, made } from '../../db-helpers'
import { seedOrganisation, seedPerson } from './lunch-fixtures'

const newLunch = () => createLunch({ date: '2026-12-03', startTime: '11:30', endTime: '13:00', place: 'Oslo rådhus', room: 'Munch-rommet' })

describe('lunches repository', () => {
  beforeEach(async () => {
    await freshDatabase()
  })

  it('takes the commissioner from settings and the defaults of 8 organisations and 2 guests each', async () => {
    await saveSettings({ commissionerName: 'Marit Vea' })
    const lunch = await newLunch()
    expect(lunch.lunch).toMatchObject({ commissionerName: 'Marit Vea', maxOrganisations: 8, maxGuestsPerOrganisation: 2 })
  })

  it('lists approved organisations only, oldest application first', async () => {
    await seedOrganisation('Nyere AS', '2026-05-01')
    await seedOrganisation('Eldst AS', '2026-01-15')
    await seedOrganisation('Søker AS', '2025-01-01', 'soker')
    await seedOrganisation('Medlem AS', '2025-01-01', 'medlem')
    expect((await listCandidates()).map((c) => c.organisation.name)).toEqual(['Eldst AS', 'Nyere AS'])
  })

  it('invites with a status event and the organisation status in one step, and refuses to overfill', async () => {
    const lunch = await newLunch()
    const orgs = await Promise.all(Array.from({ length: 9 }, (_, i) => seedOrganisation(`Org ${i}`, `2026-0${(i % 9) + 1}-01`)))
    for (const org of orgs.slice(0, 8)) await made(inviteOrganisation(lunch.id, org.id))
    expect(await inviteOrganisation(lunch.id, orgs[8]!.id)).toMatchObject({ ok: false, message: expect.stringMatching(/Lunsjen er full/) })
    expect((await db().organisations.get(orgs[8]!.id))?.status).toBe('godkjent')
    await made(inviteOrganisation(lunch.id, orgs[8]!.id, true))
    const invited = await db().organisations.get(orgs[0]!.id)
    expect(invited?.status).toBe('invitert')
    const events = await db().statusEvents.where('organisationId').equals(orgs[0]!.id).toArray()
    expect(events.map((e) => e.status).sort()).toEqual(['invitert', 'soker'])
    expect((await getLunch(lunch.id))?.invitedOrganisationIds).toHaveLength(9)
    expect(await listCandidates(lunch.id)).toEqual([])
  })

  it('refuses a third guest from one organisation without an override, and frees the seat of a removed guest', async () => {
    const lunch = await newLunch()
    const org = await seedOrganisation('Grønn AS', '2026-01-01')
    await made(inviteOrganisation(lunch.id, org.id))
    const a = await made(addGuest(lunch.id, org.id, { newPerson: { name: 'Kari', title: 'Daglig leder', roles: ['toppleder'] } }))
    await made(addGuest(lunch.id, org.id, { newPerson: { name: 'Ola', title: 'Klimasjef', roles: ['klimakontakt'] } }))
    expect(await addGuest(lunch.id, org.id, { newPerson: { name: 'Per', title: '', roles: [] } })).toMatchObject({ ok: false, message: expect.stringMatching(/maks 2/) })
    await saveSeatingPlan(lunch.id, { ...emptySeatingPlan(), tables: [{ id: 't1', name: 'Bord 1', shape: 'round', seats: 4 }], assignment: { 't1:0': a.id } }, 'test')
    await removeGuest(a.id)
    expect((await loadSeatingPlan(lunch.id))?.data.assignment).toEqual({})
    const view = await loadLunchView(lunch.id)
    expect(view?.guests.map((g) => g.person?.name)).toEqual(['Ola'])
  })

  it('takes a declining organisation off the lunch, freeing its place, its guests and seats, and can undo that', async () => {
    const lunch = await newLunch()
    const org = await seedOrganisation('Grønn AS', '2026-01-01')
    await made(inviteOrganisation(lunch.id, org.id))
    const guest = await made(addGuest(lunch.id, org.id, { newPerson: { name: 'Kari', title: '', roles: ['toppleder'] } }))
    await saveSeatingPlan(lunch.id, { ...emptySeatingPlan(), tables: [{ id: 't1', name: 'Bord 1', shape: 'round', seats: 4 }], assignment: { 't1:2': guest.id } }, 'test')
    const undo = await made(uninviteOrganisation(lunch.id, org.id))
    expect((await getLunch(lunch.id))?.invitedOrganisationIds).toEqual([])
    expect((await db().organisations.get(org.id))?.status).toBe('godkjent')
    expect((await loadSeatingPlan(lunch.id))?.data.assignment).toEqual({})
    expect((await loadLunchView(lunch.id))?.guests).toEqual([])
    expect((await listCandidates(lunch.id)).map((c) => c.organisation.name)).toEqual(['Grønn AS'])
    await made(reinvite(undo))
    expect((await db().organisations.get(org.id))?.status).toBe('invitert')
    expect((await loadLunchView(lunch.id))?.guests.map((g) => g.person?.name)).toEqual(['Kari'])
  })

  it('makes members of those who signed at a lunch entered after it took place', async () => {
    // Today is after the lunch: the invitation is dated at the lunch, never after the membership.
    const past = await createLunch({ date: '2020-01-10', startTime: '11:30', endTime: '13:00', place: 'Oslo rådhus', room: '' })
    const org = await seedOrganisation('Etterregistrert AS', '2019-10-01')
    await made(inviteOrganisation(past.id, org.id))
    const leader = await seedPerson(org.id, 'Kari Leder')
    await made(registerLunchSigning(past.id, [{ organisationId: org.id, signatoryPersonId: leader.id }]))
    expect(await db().organisations.get(org.id)).toMatchObject({ status: 'medlem', signedDate: '2020-01-10' })
    const events = await db().statusEvents.where('organisationId').equals(org.id).toArray()
    expect(events.find((e) => e.status === 'invitert')?.date).toBe('2020-01-10')
  })

  it('registers signing: members from the lunch date, contract signed, attendance kept; no-shows stay invited', async () => {
    const lunch = await newLunch()
    const signed = await seedOrganisation('Signert AS', '2026-01-01')
    const absent = await seedOrganisation('Borte AS', '2026-02-01')
    await made(inviteOrganisation(lunch.id, signed.id))
    await made(inviteOrganisation(lunch.id, absent.id))
    const leader = await seedPerson(signed.id, 'Kari Leder')
    const other = await seedPerson(absent.id, 'Ola Borte')
    await made(addGuest(lunch.id, signed.id, { personId: leader.id }))
    await made(addGuest(lunch.id, absent.id, { personId: other.id }))
    await made(registerLunchSigning(lunch.id, [{ organisationId: signed.id, signatoryPersonId: leader.id }]))

    const member = await db().organisations.get(signed.id)
    expect(member).toMatchObject({ status: 'medlem', signedDate: '2026-12-03' })
    const [contract] = await db().contracts.where('organisationId').equals(signed.id).toArray()
    expect(contract).toMatchObject({ signedDate: '2026-12-03', signatoryName: 'Kari Leder', eventId: lunch.id })
    expect((await db().organisations.get(absent.id))?.status).toBe('invitert')
    const regs = await db().registrations.where('eventId').equals(lunch.id).toArray()
    expect(regs.map((r) => [r.personId === leader.id ? 'leder' : 'borte', r.status]).sort()).toEqual([['borte', 'ikke-mott'], ['leder', 'mott']])
    expect(await registerLunchSigning(lunch.id, [])).toMatchObject({ ok: false, message: expect.stringMatching(/allerede registrert/) })

    // The one who did not come is a candidate for the next lunch, marked as invited before.
    const next = await createLunch({ date: '2027-03-04', startTime: '11:30', endTime: '13:00', place: 'Oslo rådhus', room: '' })
    expect((await listCandidates(next.id)).map((c) => [c.organisation.name, c.invitedTo])).toEqual([['Borte AS', '2026-12-03']])
    await made(inviteOrganisation(next.id, absent.id))
    expect((await getLunch(next.id))?.invitedOrganisationIds).toEqual([absent.id])
  })

  it('keeps nothing of a signing refused half-way: the organisations signed before the refusal stay invited', async () => {
    const lunch = await newLunch()
    const first = await seedOrganisation('Først AS', '2026-01-01')
    const second = await seedOrganisation('Andre AS', '2026-02-01')
    await made(inviteOrganisation(lunch.id, first.id))
    await made(inviteOrganisation(lunch.id, second.id))
    const leader = await seedPerson(first.id, 'Kari Leder')
    const stranger = await seedPerson(first.id, 'Ola Feil')
    const before = { contracts: await db().contracts.count(), statusEvents: await db().statusEvents.count(), auditLog: await db().auditLog.count() }

    const refused = await registerLunchSigning(lunch.id, [
      { organisationId: first.id, signatoryPersonId: leader.id },
      // Someone from another organisation cannot sign for this one.
      { organisationId: second.id, signatoryPersonId: stranger.id },
    ])
    expect(refused).toEqual({ ok: false, error: 'refused', message: 'Velg hvem som signerte for Andre AS.' })
    expect((await db().organisations.get(first.id))?.status).toBe('invitert')
    expect({ contracts: await db().contracts.count(), statusEvents: await db().statusEvents.count(), auditLog: await db().auditLog.count() }).toEqual(before)
    expect((await getLunch(lunch.id))?.lunch.signingRegisteredAt).toBeNull()
  })
})
