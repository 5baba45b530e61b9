/**
 * A person added to an organisation on a laptop that had not seen it emptied from the trash
 * elsewhere, while a third laptop merges that organisation into its duplicate. A laptop that pulled
 * the person into the emptied organisation erased them (the erasure wins, and cannot be taken back);
 * one that pulled the merge with it moved them to the survivor and kept them. Now the erasure made
 * on arrival travels, so every laptop ends with the person erased. The property test found it
 * (seed 300488511, path 50:5:4:12:12:14:7:6:8:2:2:5:5:7:4:4:5:4:4:4:5:5:5:4:7:7:8).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { mergeOrganisations } from '../../../../../renderer/db/repositories/merge-repo'
import { addPerson, emptyPersonInput } from '../../../../../renderer/db/repositories/people-repo'
import { emptyTrash, trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import { made } from '../../db-helpers'
import { on, sync, synced, threeDuplicates } from './memory-folder'

const later = () => vi.advanceTimersByTime(5)

describe('a person added to an organisation emptied elsewhere and merged away by a third laptop', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 1, 7) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('is erased on every laptop, not only on the one that saw them in the emptied organisation', async () => {
    const { folder, laptops, a, b } = await threeDuplicates('Kari', 'Ola', 'Per')
    const [kari, ola, per] = laptops
    for (const l of [kari, ola]) await sync(folder, l)
    // Ola empties A from the trash, and does not sync yet.
    on(ola)
    later()
    await trashOrganisation(a.id)
    await emptyTrash()
    // Kari, not having seen it, adds Åse to A and syncs.
    on(kari)
    later()
    const ase = await made(addPerson(a.id, { ...emptyPersonInput(), name: 'Åse Hemmelig', email: 'ase@x.no', roles: ['klimakontakt'] }))
    await sync(folder, kari)
    // Ola pulls Åse into the emptied A: she is erased there.
    await sync(folder, ola)
    // Per, who has seen none of it, merges A into B.
    on(per)
    later()
    await made(mergeOrganisations(b.id, a.id))
    for (let round = 0; round < 2; round++) for (const l of [per, kari, ola]) await sync(folder, l)

    const [k, o, p] = await Promise.all([kari, ola, per].map(synced))
    on(kari)
    const person = await db().people.get(ase.id)
    expect([person?.name, person?.email, person?.erasedAt]).toEqual(['', '', expect.any(String)])
    expect(o).toEqual(k)
    expect(p).toEqual(k)
    expect(folder.text()).not.toContain('Åse Hemmelig')
  })
})
