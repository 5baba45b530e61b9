/**
 * A history entry about something else (a lunch) that quotes both an organisation whose trash is
 * emptied and a different person who is erased: it says «slettet virksomhet», as every entry about
 * both does (erasure-ledger `erasedKindOf`), whichever deletion reaches a laptop first. Before, it
 * took the wording of the first: anonymised for the person, it had lost the organisation's name, so
 * the emptying no longer found it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { newId } from '../../../../../renderer/db/repositories/base'
import { createLunch, updateLunch } from '../../../../../renderer/db/repositories/lunches-repo'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson } from '../../../../../renderer/db/repositories/people-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { emptyTrash, trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import { made } from '../../db-helpers'
import { on, sync, twoLaptops, type Laptop } from './memory-folder'

const later = () => vi.advanceTimersByTime(5)

/**
 * Fjordlys, Kari Sámi of Havbris, and a lunch whose host she is, as chair of Fjordlys: the lunch's
 * entry names her and, in its changes, Fjordlys. Made on Kari's laptop and synced to Ola's.
 */
const seed = () =>
  twoLaptops(async () => {
    const fjordlys = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Fjordlys Energi AS', orgNumber: '923456783' }))
    const havbris = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Havbris AS' }))
    const person = await made(addPerson(havbris.id, { name: 'Kari Sámi', title: '', email: 'kari@havbris.no', phone: '', roles: ['toppleder'] }))
    const lunch = await createLunch({ date: '2026-12-03', startTime: '11:30', endTime: '13:00', place: 'Oslo rådhus', room: 'Festsalen' })
    await updateLunch(lunch.id, { lunch: { hosts: [{ id: newId(), name: 'Kari Sámi', title: 'Styreleder i Fjordlys Energi AS' }] } }, 'Vert Kari Sámi lagt til')
    const entry = (await db().auditLog.filter((e) => e.summary === 'Vert Kari Sámi lagt til').first())?.id as string
    return { fjordlys, person, entry }
  })

const emptyOrganisation = async (id: string) => {
  await trashOrganisation(id)
  await emptyTrash()
}

/** What the host entry says on laptop `l`. */
async function hostEntry(l: Laptop, id: string) {
  on(l)
  return (await db().auditLog.get(id))?.summary
}

async function history(l: Laptop) {
  on(l)
  return db().auditLog.orderBy('id').toArray()
}

describe('an entry quoting an emptied organisation and a different erased person', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 1, 7) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('says «slettet virksomhet» on one laptop whichever is deleted first, and so on the laptop it syncs with', async () => {
    for (const first of ['the person', 'the organisation'] as const) {
      const { folder, kari, ola, seeded } = await seed()
      on(kari)
      later()
      if (first === 'the person') await erasePerson(seeded.person.id)
      else await emptyOrganisation(seeded.fjordlys.id)
      later()
      if (first === 'the person') await emptyOrganisation(seeded.fjordlys.id)
      else await erasePerson(seeded.person.id)
      expect(await hostEntry(kari, seeded.entry), `${first} first`).toBe('slettet virksomhet')
      for (let round = 0; round < 2; round++) for (const l of [kari, ola]) await sync(folder, l)
      expect(await hostEntry(ola, seeded.entry), `${first} first`).toBe('slettet virksomhet')
      expect(await history(ola)).toEqual(await history(kari))
    }
  })

  it('says «slettet virksomhet» on both laptops when one erases the person and the other, not having seen it, empties the organisation, in either order', async () => {
    for (const later_ of ['the erasure', 'the emptying'] as const) {
      for (const firstToSync of ['Kari', 'Ola'] as const) {
        const { folder, kari, ola, seeded } = await seed()
        const erase = async () => {
          on(kari)
          later()
          await erasePerson(seeded.person.id)
        }
        const empty = async () => {
          on(ola)
          later()
          await emptyOrganisation(seeded.fjordlys.id)
        }
        if (later_ === 'the erasure') {
          await empty()
          await erase()
        } else {
          await erase()
          await empty()
        }
        const order = firstToSync === 'Kari' ? [kari, ola] : [ola, kari]
        for (let round = 0; round < 3; round++) for (const l of order) await sync(folder, l)

        const how = `${later_} later, ${firstToSync} syncing first`
        expect(await hostEntry(kari, seeded.entry), how).toBe('slettet virksomhet')
        expect(await hostEntry(ola, seeded.entry), how).toBe('slettet virksomhet')
        expect(await history(ola), how).toEqual(await history(kari))
      }
    }
  })
})
