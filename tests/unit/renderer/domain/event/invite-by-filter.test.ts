import { beforeEach, describe, expect, it } from 'vitest'
import { setClock } from '../../../../../renderer/db/repositories/base'
import { createEvent, getEvent } from '../../../../../renderer/db/repositories/events-repo'
import { inviteByFilter } from '../../../../../renderer/db/repositories/invitations-repo'
import { listRoster, registerPerson } from '../../../../../renderer/db/repositories/registrations-repo'
import { invitationTargets, organisationsForFilter } from '../../../../../renderer/domain/event/invitation-targets'
import { freshDatabase, made } from '../../db-helpers'
import { eventForm, seedOrganisation, seedPerson } from './seed'

describe('invitations that register', () => {
  beforeEach(async () => {
    await freshDatabase()
    setClock(() => new Date('2027-05-03T07:05:00Z'))
  })

  it('registers the climate contact of every member for a network meeting and lists those with nobody suitable', async () => {
    const bolgen = await seedOrganisation('Bølgen Energi AS')
    const ruter = await seedOrganisation('Ruter AS', 'partner')
    const tomt = await seedOrganisation('Tomt AS')
    await seedOrganisation('Søker AS', 'medlem', { status: 'soker' })
    await seedPerson(bolgen, 'Kari Nordmann', ['toppleder'])
    const nils = await seedPerson(bolgen, 'Nils Ávži', ['klimakontakt'])
    const per = await seedPerson(ruter, 'Per Ås', ['klimakontakt', 'annen'])
    await seedPerson(tomt, 'Ola Tom', ['annen'])
    const event = await made(createEvent(eventForm()))

    const outcome = await inviteByFilter(event.id, { kind: 'members' })
    if (!outcome.ok) throw new Error('refused')
    expect(outcome.organisationsAdded).toBe(3)
    expect(outcome.registered.map((r) => r.personId).sort()).toEqual([nils.id, per.id].sort())
    expect(outcome.nobodySuitable.map((o) => o.name)).toEqual(['Tomt AS'])
    const roster = await listRoster(event.id)
    expect(roster.map((r) => [r.personName, r.registration.status]).sort()).toEqual([
      ['Nils Ávži', 'invitert'],
      ['Per Ås', 'invitert'],
    ])
    expect(roster.find((r) => r.personName === 'Per Ås')?.registration.rolesAtTime).toEqual(['klimakontakt', 'annen'])
    expect((await getEvent(event.id))?.invitedOrganisationIds?.sort()).toEqual([bolgen.id, ruter.id, tomt.id].sort())
  })

  it('registers the top leader for a toppledermøte, the deputy where there is no top leader', async () => {
    const bolgen = await seedOrganisation('Bølgen Energi AS')
    const ruter = await seedOrganisation('Ruter AS')
    const kari = await seedPerson(bolgen, 'Kari Nordmann', ['toppleder'])
    await seedPerson(bolgen, 'Nils Ávži', ['klimakontakt'])
    const anna = await seedPerson(ruter, 'Anna Berg', ['stedfortreder'])
    await seedPerson(ruter, 'Per Ås', ['klimakontakt'])
    const event = await made(createEvent(eventForm({ kind: 'toppledermote' })))
    const outcome = await inviteByFilter(event.id, { kind: 'members' })
    if (!outcome.ok) throw new Error('refused')
    expect(outcome.registered.map((r) => r.personId).sort()).toEqual([kari.id, anna.id].sort())
    expect(outcome.registered.find((r) => r.personId === kari.id)?.rolesAtTime).toEqual(['toppleder'])
  })

  it('picks one sector, and a second run leaves those already registered alone', async () => {
    const energi = await seedOrganisation('Bølgen Energi AS', 'medlem', { sector: 'Energi' })
    const handel = await seedOrganisation('Butikken AS', 'medlem', { sector: 'Handel' })
    const nils = await seedPerson(energi, 'Nils Ávži', ['klimakontakt'])
    await seedPerson(handel, 'Hanne Handel', ['klimakontakt'])
    const event = await made(createEvent(eventForm()))
    await registerPerson(event.id, nils.id, { status: 'pameldt' })
    const outcome = await inviteByFilter(event.id, { kind: 'sector', sector: 'Energi' })
    if (!outcome.ok) throw new Error('refused')
    expect(outcome.registered).toEqual([])
    expect(outcome.alreadyRegistered).toBe(1)
    const roster = await listRoster(event.id)
    expect(roster.map((r) => [r.personName, r.registration.status])).toEqual([['Nils Ávži', 'pameldt']])
  })

  it('keeps a partnersamling for partners: others only with confirmation, and nothing is written before it', async () => {
    const partner = await seedOrganisation('Partner AS', 'partner')
    const member = await seedOrganisation('Medlem AS')
    await seedPerson(partner, 'Pia Partner', ['klimakontakt'])
    await seedPerson(member, 'Mona Medlem', ['klimakontakt'])
    const event = await made(createEvent(eventForm({ kind: 'partnersamling' })))
    const refused = await inviteByFilter(event.id, { kind: 'members' })
    expect(refused).toEqual({ ok: false, reason: 'non-partners', names: ['Medlem AS'] })
    expect(await listRoster(event.id)).toEqual([])
    expect((await getEvent(event.id))?.invitedOrganisationIds).toEqual([])
    const partners = await inviteByFilter(event.id, { kind: 'partners' })
    expect(partners.ok && partners.registered.length).toBe(1)
    expect((await listRoster(event.id)).map((r) => r.personName)).toEqual(['Pia Partner'])
  })

  it('says so when the filter picks nobody', async () => {
    await seedOrganisation('Bølgen Energi AS', 'medlem', { sector: 'Energi' })
    const event = await made(createEvent(eventForm()))
    expect(await inviteByFilter(event.id, { kind: 'sector', sector: 'Handel' })).toEqual({ ok: false, reason: 'none-picked' })
  })
})

describe('invitationTargets', () => {
  it('never picks a person in the bin or erased, and orders by name', async () => {
    await freshDatabase()
    const org = await seedOrganisation('Bølgen Energi AS')
    const gone = { ...(await seedPerson(org, 'Anne Borte', ['klimakontakt'])), deletedAt: '2027-01-01T00:00:00.000Z' }
    const here = await seedPerson(org, 'Åse Her', ['klimakontakt'])
    const other = await seedPerson(org, 'Bjørn Her', ['klimakontakt'])
    const { targets } = invitationTargets('nettverksmote', [org], [gone, here, other])
    expect(targets.map((t) => t.person.name)).toEqual(['Bjørn Her'])
  })

  it('picks members only, with the trash left out', async () => {
    await freshDatabase()
    const a = await seedOrganisation('A AS')
    const b = await seedOrganisation('B AS', 'medlem', { deletedAt: '2027-01-01T00:00:00.000Z' })
    const c = await seedOrganisation('C AS', 'medlem', { status: 'utmeldt' })
    expect(organisationsForFilter({ kind: 'members' }, [a, b, c]).map((o) => o.name)).toEqual(['A AS'])
    expect(organisationsForFilter({ kind: 'pick', organisationIds: [c.id, b.id] }, [a, b, c]).map((o) => o.name)).toEqual(['C AS'])
  })
})
