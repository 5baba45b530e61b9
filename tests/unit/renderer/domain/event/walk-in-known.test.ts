import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { setClock } from '../../../../../renderer/db/repositories/base'
import { createEvent, readAttendanceRows, readDirectory } from '../../../../../renderer/db/repositories/events-repo'
import { checkInKnownPerson, checkInWalkIn, listRoster, registerPerson, undoCheckIn } from '../../../../../renderer/db/repositories/registrations-repo'
import { attendanceFacts } from '../../../../../renderer/domain/event/attendance-facts'
import { exactKnownPerson, knownPeopleMatching } from '../../../../../renderer/domain/event/known-people'
import { freshDatabase, made } from '../../db-helpers'
import { eventForm, seedOrganisation, seedPerson } from './seed'

describe('walk-ins: known people first', () => {
  beforeEach(async () => {
    await freshDatabase()
    setClock(() => new Date('2027-06-03T07:05:00Z'))
  })

  it('finds the organisation’s people by folded name, the exact one first, never another organisation’s', async () => {
    const org = await seedOrganisation('Bølgen Energi AS')
    const other = await seedOrganisation('Ruter AS')
    const mathis = await seedPerson(org, 'Máhtte Ánte Sárá', ['toppleder'])
    const mats = await seedPerson(org, 'Mahtte Berg')
    await seedPerson(other, 'Mahtte Ante Sara')
    const people = await db().people.toArray()
    expect(knownPeopleMatching(people, org.id, 'mahtte').map((p) => p.id)).toEqual([mathis.id, mats.id])
    const exact = knownPeopleMatching(people, org.id, 'MAHTTE ante sara')
    expect(exact.map((p) => p.id)).toEqual([mathis.id])
    expect(exactKnownPerson(exact, 'Mahtte  Ánte Sara')?.id).toBe(mathis.id)
    expect(exactKnownPerson(knownPeopleMatching(people, org.id, 'Mahtte'), 'Mahtte')).toBeUndefined()
    expect(knownPeopleMatching(people, org.id, 'Łukasz')).toEqual([])
  })

  it('checks a known top leader in with the roles they have, so the toppledermøte counts for Lederforankring, and makes nobody new', async () => {
    const org = await seedOrganisation('Bølgen Energi AS')
    const leader = await seedPerson(org, 'Kari Nordmann', ['toppleder'])
    const event = await made(createEvent(eventForm({ kind: 'toppledermote' })))
    const outcome = await checkInKnownPerson(event.id, leader.id)
    if (!outcome.ok) throw new Error('not checked in')
    expect(outcome.registration).toMatchObject({ walkIn: true, status: 'mott', rolesAtTime: ['toppleder'], personId: leader.id })
    expect((await readDirectory()).people).toHaveLength(1)
    const rows = await readAttendanceRows()
    const facts = attendanceFacts({ ...rows, year: 2027, participationKinds: ['nettverksmote', 'toppledermote'] })
    expect(facts.members.find((m) => m.organisationId === org.id)?.leaderAttended).toBe(true)
    // Undo removes the walk-in's registration but keeps the person.
    await undoCheckIn(outcome.registration.id)
    expect(await listRoster(event.id)).toEqual([])
    expect((await readDirectory()).people).toHaveLength(1)
  })

  it('uses the registration a known person already has instead of a second one', async () => {
    const org = await seedOrganisation('Bølgen Energi AS')
    const ola = await seedPerson(org, 'Ola Hansen', ['klimakontakt'])
    const event = await made(createEvent(eventForm()))
    await registerPerson(event.id, ola.id, { status: 'avmeldt' })
    const outcome = await checkInKnownPerson(event.id, ola.id)
    expect(outcome).toMatchObject({ ok: true, registration: { status: 'mott', walkIn: false, statusBeforeCheckIn: 'avmeldt' } })
    expect(await listRoster(event.id)).toHaveLength(1)
    expect(await checkInKnownPerson(event.id, ola.id)).toMatchObject({ ok: false, reason: 'already' })
  })

  it('gives a new walk-in the role chosen at the door', async () => {
    const org = await seedOrganisation('Bølgen Energi AS')
    const event = await made(createEvent(eventForm({ kind: 'toppledermote' })))
    const reg = await checkInWalkIn({ eventId: event.id, name: 'Łukasz Wiśniewski', role: 'stedfortreder', organisationId: org.id })
    expect(reg.rolesAtTime).toEqual(['stedfortreder'])
    const { people } = await readDirectory()
    expect(people.map((p) => [p.name, p.roles])).toEqual([['Łukasz Wiśniewski', ['stedfortreder']]])
  })
})
