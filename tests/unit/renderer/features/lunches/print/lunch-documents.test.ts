import { beforeEach, describe, expect, it } from 'vitest'
import { addGuest, saveSeatingPlan } from '../../../../../../renderer/db/repositories/lunches-guests-repo'
import { createLunch, emptySeatingPlan, inviteOrganisation, loadLunchView, updateLunch, type LunchView } from '../../../../../../renderer/db/repositories/lunches-repo'
import { agenda, guestList, placeCards, tablePlan } from '../../../../../../renderer/features/lunches/print/lunch-documents'
import { contractRequests } from '../../../../../../renderer/features/lunches/print/PrintSection'
import { freshDatabase, made } from '../../../db-helpers'
import { seedOrganisation, seedPerson } from '../../../db/repositories/lunch-fixtures'

async function lunchWithGuests(): Promise<LunchView> {
  const lunch = await createLunch({ date: '2026-12-03', startTime: '11:30', endTime: '13:00', place: 'Oslo rådhus', room: 'Festsalen' })
  await updateLunch(lunch.id, { lunch: { commissionerName: 'Marit Vea', hosts: [{ id: 'h1', name: 'Hanne Lie', title: 'direktør i Klimaetaten' }] } })
  const berg = await seedOrganisation('Byggmester Berg AS', '2026-01-01', 'godkjent', 'bygg')
  const sykkel = await seedOrganisation('Sykkelbud Oslo', '2026-02-01', 'godkjent', 'transport')
  await made(inviteOrganisation(lunch.id, berg.id))
  await made(inviteOrganisation(lunch.id, sykkel.id))
  const kari = await seedPerson(berg.id, 'Kari Berg', ['klimakontakt'], 'Klimaansvarlig')
  const per = await seedPerson(berg.id, 'Per Berg', ['toppleder'])
  const aisha = await seedPerson(sykkel.id, 'Øyvor Aas', ['annen'])
  const regKari = await made(addGuest(lunch.id, berg.id, { personId: kari.id }))
  await made(addGuest(lunch.id, berg.id, { personId: per.id }))
  await made(addGuest(lunch.id, sykkel.id, { personId: aisha.id }))
  await saveSeatingPlan(
    lunch.id,
    { ...emptySeatingPlan(), tables: [{ id: 't1', name: 'Bord 1', shape: 'round', seats: 4 }], assignment: { 't1:1': regKari.id, 't1:0': 'commissioner' } },
    'test',
  )
  return (await loadLunchView(lunch.id))!
}

describe('lunch printouts', () => {
  beforeEach(async () => {
    await freshDatabase()
  })

  it('makes a place card for everyone, seated ones in seat order first, the rest alphabetically', async () => {
    const cards = placeCards(await lunchWithGuests())
    expect(cards.map((c) => c.name)).toEqual(['Marit Vea', 'Kari Berg', 'Hanne Lie', 'Per Berg', 'Øyvor Aas'])
    expect(cards[1]).toEqual({ name: 'Kari Berg', organisation: 'Byggmester Berg AS' })
    expect(cards[2]?.organisation).toBe('direktør i Klimaetaten')
  })

  it('lists guests alphabetically the Norwegian way (Ø after Z), each with a table or a dash', async () => {
    const list = guestList(await lunchWithGuests())
    expect(list.guests.map((g) => [g.name, g.table])).toEqual([
      ['Hanne Lie', '—'],
      ['Kari Berg', 'Bord 1'],
      ['Marit Vea', 'Bord 1'],
      ['Per Berg', '—'],
      ['Øyvor Aas', '—'],
    ])
  })

  it('prints each table with its seated guests and seat numbers from 1', async () => {
    const plan = tablePlan(await lunchWithGuests())
    expect(plan.tables).toEqual([
      {
        name: 'Bord 1',
        shape: 'round',
        seatCount: 4,
        seats: [
          { seat: 1, name: 'Marit Vea', title: 'byråd for miljø og samferdsel', organisation: 'Oslo kommune' },
          { seat: 2, name: 'Kari Berg', title: 'Klimaansvarlig', organisation: 'Byggmester Berg AS' },
        ],
      },
    ])
  })

  it('times the agenda: welcome, signing, then each organisation in speaking order', async () => {
    const items = agenda(await lunchWithGuests()).items
    expect(items.map((i) => `${i.time} ${i.text}`)).toEqual([
      '11.30–11.40 Velkommen',
      '11.40–12.00 Signering av klimakontraktene',
      '12.00–12.05 Byggmester Berg AS',
      '12.05–12.10 Sykkelbud Oslo',
      '13.00 Slutt',
    ])
  })

  it('has the top leader sign the contract, and never falls back to another guest', async () => {
    const { requests, missing } = contractRequests(await lunchWithGuests())
    expect(missing).toEqual(['Sykkelbud Oslo'])
    expect(requests.map((r) => r.signatory.name)).toEqual(['Per Berg'])
    expect(requests[0]).toMatchObject({ signingDate: '2026-12-03', commissioner: { name: 'Marit Vea' } })
  })
})
