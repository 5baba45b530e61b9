/**
 * A status event moved by a merge into an organisation emptied from the trash elsewhere, and then
 * moved on by a later merge of the same record into another organisation (a fork: the later merge
 * wins). A laptop that saw the event inside the emptied organisation blanked it there and cannot
 * take that back; so the blanking travels as that laptop's own change, and every laptop ends with
 * the event blanked. The property test found it (seed -1040447994, 60 runs): Kari blanked the
 * event, the others kept it standing with its note.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { mergeOrganisations } from '../../../../../renderer/db/repositories/merge-repo'
import { emptyTrash, trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import { made } from '../../db-helpers'
import { on, sync, threeDuplicates, type Laptop } from './memory-folder'

/** Each step a few milliseconds later: which stamp is later is the story's, not the machine's speed. */
const later = () => vi.advanceTimersByTime(5)

async function statusEvents(l: Laptop) {
  on(l)
  return db().statusEvents.orderBy('id').toArray()
}

describe('a status event moved into an emptied organisation and then on by a fork', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 1, 7) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('is blanked on every laptop, not only on the one that saw it in the emptied organisation', async () => {
    const { folder, laptops, a, b, c } = await threeDuplicates('Kari', 'Ola', 'Per')
    const [kari, ola, per] = laptops
    for (const l of [kari, ola]) await sync(folder, l)
    on(kari)
    const [event] = await db().statusEvents.where('organisationId').equals(a.id).toArray()
    await db().statusEvents.update(event?.id as string, { note: 'Søkte i mai' })
    await sync(folder, kari)
    for (const l of [ola, per]) await sync(folder, l)
    // Kari trashes C. Per, not having seen it, merges A into C.
    on(kari)
    later()
    await trashOrganisation(c.id)
    await sync(folder, kari)
    on(per)
    later()
    await made(mergeOrganisations(c.id, a.id))
    await sync(folder, per)
    // Kari empties the trash, then pulls Per's merge: A's event arrives in the emptied C and is blanked.
    on(kari)
    later()
    await emptyTrash()
    await sync(folder, kari)
    // Ola, who has seen none of it, merges A into B, later by the clock: the later merge wins the fork.
    on(ola)
    later()
    await made(mergeOrganisations(b.id, a.id))
    for (let round = 0; round < 2; round++) for (const l of [ola, per, kari]) await sync(folder, l)

    const [k, o, p] = await Promise.all([kari, ola, per].map(statusEvents))
    const moved = k?.find((e) => e.id === event?.id)
    expect(moved?.organisationId).toBe(b.id)
    expect([moved?.note, moved?.deletedAt]).toEqual(['', expect.any(String)])
    expect(o).toEqual(k)
    expect(p).toEqual(k)
  })
})
