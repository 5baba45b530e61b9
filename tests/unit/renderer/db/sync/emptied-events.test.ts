/**
 * A status event moved into an organisation whose trash was emptied elsewhere (by merges the
 * emptying laptop had not seen) ends the same on every laptop, whichever order the merges and the
 * emptying arrive in. The property test found it (seed 763037249, path 68): a laptop that had
 * emptied the event on arrival kept a later merge's date on it, the others the erasure's.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { mergeOrganisations } from '../../../../../renderer/db/repositories/merge-repo'
import { createOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { emptyTrash, trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import { made } from '../../db-helpers'
import { laptop, MemoryFolder, on, org, sync, type Laptop } from './memory-folder'

/** Each step a few milliseconds later: which stamp is later is the story's, not the machine's speed. */
const later = () => vi.advanceTimersByTime(5)

async function statusEvents(l: Laptop) {
  on(l)
  return db().statusEvents.orderBy('id').toArray()
}

describe('a status event moved into an organisation emptied elsewhere', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 1, 7) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('is emptied with the erasure’s date on every laptop, also where a later merge moved it again', async () => {
    const folder = new MemoryFolder()
    const kari = await laptop(folder, 'Kari')
    const a = await made(createOrganisation(org('Bygg AS')))
    const per = await laptop(folder, 'Per')
    const ola = await laptop(folder, 'Ola')
    const c = await made(createOrganisation(org('Bygg as')))
    for (const l of [kari, per, ola, kari, per]) await sync(folder, l)
    on(kari)
    const [event] = await db().statusEvents.where('organisationId').equals(a.id).toArray()
    // Kari merges A into C; Ola, not having seen it, trashes C and empties the trash.
    later()
    await made(mergeOrganisations(c.id, a.id))
    await sync(folder, kari)
    on(ola)
    later()
    await trashOrganisation(c.id)
    await emptyTrash()
    // Ola pulls Kari's merge: the event moves into the emptied C and is emptied on arrival.
    await sync(folder, ola)
    // Per, who has seen neither, merges A into C too, later by the clock, then syncs.
    on(per)
    later()
    await made(mergeOrganisations(c.id, a.id))
    for (let round = 0; round < 2; round++) for (const l of [per, ola, kari]) await sync(folder, l)

    const [k, o, p] = await Promise.all([kari, ola, per].map(statusEvents))
    expect(o).toEqual(k)
    expect(p).toEqual(k)
    const moved = k?.find((e) => e.id === event?.id)
    expect(moved?.organisationId).toBe(c.id)
    expect(moved?.deletedAt).toBeTruthy()
  })
})
