import { beforeEach, describe, expect, it } from 'vitest'
import { addGuest, saveSeatingPlan } from '../../../../../renderer/db/repositories/lunches-guests-repo'
import { cancelEvent } from '../../../../../renderer/db/repositories/events-repo'
import { createLunch, emptySeatingPlan, inviteOrganisation, loadLunchView, updateLunch } from '../../../../../renderer/db/repositories/lunches-repo'
import { readPastLunches } from '../../../../../renderer/db/repositories/seating-history-repo'
import { hostMeetings } from '../../../../../renderer/domain/seating/host-history'
import { plannerGuests } from '../../../../../renderer/features/lunches/seating/seat-guests'
import { freshDatabase, made } from '../../db-helpers'
import { seedOrganisation, seedPerson } from './lunch-fixtures'

const lunchOn = (date: string) => createLunch({ date, startTime: '11:30', endTime: '13:00', place: 'Oslo rådhus', room: 'Festsalen' })

describe('the seating history of earlier lunches', () => {
  beforeEach(async () => {
    await freshDatabase()
  })

  it('gives this lunch’s host (same name, new id) the guests they sat with before, and ignores later and cancelled lunches', async () => {
    const org = await seedOrganisation('Sámi Čuovga AS', '2026-01-01')
    const aile = await seedPerson(org.id, 'Áile Ŋuolla')
    const earlier = await lunchOn('2026-09-03')
    await updateLunch(earlier.id, { lunch: { hosts: [{ id: 'h1', name: 'Åse Ødegård', title: 'Direktør' }] } })
    await made(inviteOrganisation(earlier.id, org.id))
    const before = await made(addGuest(earlier.id, org.id, { personId: aile.id }))
    await saveSeatingPlan(earlier.id, { ...emptySeatingPlan(), tables: [{ id: 't1', name: 'Bord 1', shape: 'round', seats: 4 }], assignment: { 't1:0': 'host:h1', 't1:1': before.id } }, 'test')

    const cancelled = await lunchOn('2026-10-01')
    await updateLunch(cancelled.id, { lunch: { hosts: [{ id: 'hx', name: 'Cecilie Dahl', title: '' }] } })
    await saveSeatingPlan(cancelled.id, { ...emptySeatingPlan(), tables: [{ id: 't1', name: 'Bord 1', shape: 'round', seats: 4 }], assignment: { 't1:0': 'host:hx' } }, 'test')
    await cancelEvent(cancelled.id)

    const now = await lunchOn('2026-12-03')
    await updateLunch(now.id, { lunch: { hosts: [{ id: 'h2', name: 'Åse Ødegård', title: 'Direktør' }] } })
    await made(inviteOrganisation(now.id, org.id))
    await made(addGuest(now.id, org.id, { personId: aile.id }))

    const past = await readPastLunches(now.id)
    expect(past).toHaveLength(1)
    const guests = plannerGuests((await loadLunchView(now.id))!, hostMeetings(past))
    expect(guests.find((g) => g.name === 'Åse Ødegård')?.metPersonIds).toEqual([aile.id])
    expect(guests.find((g) => g.name === 'Áile Ŋuolla')?.personId).toBe(aile.id)
    // The earlier lunch looks back at nothing.
    expect(await readPastLunches(earlier.id)).toEqual([])
  })
})
