/**
 * What the history says on every laptop once something is deleted for good elsewhere: "slettet
 * virksomhet" where an emptied organisation was, "slettet person" where an erased person was, the
 * same words on each laptop whichever deletion reached it first.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { historyOf } from '../../../../../renderer/db/repositories/base'
import { recordHistory } from '../../../../../renderer/db/repositories/history-repo'
import { createLunch, inviteOrganisation } from '../../../../../renderer/db/repositories/lunches-repo'
import { createOrganisation, emptyOrganisationInput, updateOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson } from '../../../../../renderer/db/repositories/people-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { emptyTrash, trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import { made } from '../../db-helpers'
import { on, sync, twoLaptops, type Laptop } from './memory-folder'

const later = () => vi.advanceTimersByTime(5)
const INPUT = { ...emptyOrganisationInput(), name: 'Fjordlys Energi AS', orgNumber: '923456783' }

/** Fjordlys (its note names Kari Sámi of Havbris) and a lunch inviting it, on both laptops. */
const seed = () =>
  twoLaptops(async () => {
    const org = await made(createOrganisation(INPUT, { status: 'godkjent', date: '2026-01-10', note: '' }))
    const other = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Havbris AS' }))
    const kari = await made(addPerson(other.id, { name: 'Kari Sámi', title: '', email: 'kari@havbris.no', phone: '', roles: ['toppleder'] }))
    await made(updateOrganisation(org.id, { ...INPUT, notes: 'Kontakt hos Havbris: Kari Sámi' }))
    const lunch = await createLunch({ date: '2026-12-03', startTime: '11:30', endTime: '13:00', place: 'Oslo rådhus', room: 'Festsalen' })
    await made(inviteOrganisation(lunch.id, org.id))
    return { org, other, kari, lunch }
  })

/** The summaries, oldest first. */
const said = (entries: { summary: string }[]) => entries.map((e) => e.summary).toReversed()

/** What a reader of laptop `l` sees in the three histories, oldest first. */
async function read(l: Laptop, ids: { org: { id: string }; other: { id: string }; lunch: { id: string } }) {
  on(l)
  return {
    fjordlys: said(await recordHistory('organisations', ids.org.id)),
    havbris: said(await recordHistory('organisations', ids.other.id)),
    lunch: said(await historyOf('events', ids.lunch.id)),
  }
}

describe('the history on every laptop after deleting for good', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 1, 7) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('says «slettet virksomhet» on the other laptop too, also where it invited the organisation before it learned of the emptying', async () => {
    const { folder, kari, ola, seeded } = await seed()
    on(ola)
    later()
    const lunch = await createLunch({ date: '2026-12-10', startTime: '11:30', endTime: '13:00', place: 'Oslo rådhus', room: 'Festsalen' })
    await made(inviteOrganisation(lunch.id, seeded.org.id))
    on(kari)
    later()
    await trashOrganisation(seeded.org.id)
    await emptyTrash()
    for (let round = 0; round < 3; round++) for (const l of [kari, ola]) await sync(folder, l)

    const atKari = await read(kari, seeded)
    expect(atKari.fjordlys.filter((s) => s.startsWith('slettet'))).toContain('slettet virksomhet')
    expect(atKari.fjordlys).not.toContain('slettet person')
    expect(atKari.lunch).toContain('slettet virksomhet')
    expect(await read(ola, seeded)).toEqual(atKari)
    for (const l of [kari, ola]) {
      on(l)
      expect((await historyOf('events', lunch.id)).map((e) => e.summary), l.name).toContain('slettet virksomhet')
    }
  })

  it('says «slettet person» on the other laptop where an organisation’s history named the erased person', async () => {
    const { folder, kari, ola, seeded } = await seed()
    on(kari)
    later()
    await erasePerson(seeded.kari.id)
    for (const l of [kari, ola]) await sync(folder, l)
    const atOla = await read(ola, seeded)
    expect(atOla.havbris.at(-1)).toBe('slettet person')
    expect(atOla.fjordlys).toContain('slettet person')
    expect(atOla.fjordlys).not.toContain('slettet virksomhet')
    expect(await read(kari, seeded)).toEqual(atOla)
  })

  for (const first of ['the erasure', 'the emptying'] as const) {
    it(`ends with the same words on both laptops when ${first} reaches the folder first`, async () => {
      const { folder, kari, ola, seeded } = await seed()
      // Kari erases the person on her laptop while Ola, not having seen it, empties the organisation.
      on(kari)
      later()
      await erasePerson(seeded.kari.id)
      on(ola)
      later()
      await trashOrganisation(seeded.org.id)
      await emptyTrash()
      const order = first === 'the erasure' ? [kari, ola] : [ola, kari]
      for (let round = 0; round < 3; round++) for (const l of order) await sync(folder, l)

      const atKari = await read(kari, seeded)
      expect(await read(ola, seeded)).toEqual(atKari)
      // Fjordlys's note named Kari Sámi: the organisation's own entry says the organisation was deleted.
      expect(atKari.fjordlys).not.toContain('slettet person')
      expect(atKari.fjordlys).toContain('slettet virksomhet')
      expect(atKari.havbris.at(-1)).toBe('slettet person')
      expect(atKari.lunch).toContain('slettet virksomhet')
    })
  }
})
