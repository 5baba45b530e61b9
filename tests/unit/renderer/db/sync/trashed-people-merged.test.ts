/**
 * An organisation trashed on one laptop lists the people trashed with it (`trashedPersonIds`). When
 * another laptop, not having seen the trash, merges one of those people into a duplicate, the list
 * names the survivor on every laptop. Before, only laptops whose apply also changed the organisation
 * moved the list; the trashing laptop kept the merged-away person there. The property test found it
 * once person merges were among its commands (seed 754476622, path 16).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { mergePeople } from '../../../../../renderer/db/repositories/merge-repo'
import { addPerson, emptyPersonInput } from '../../../../../renderer/db/repositories/people-repo'
import { trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import { made } from '../../db-helpers'
import { on, sync, synced, threeDuplicates } from './memory-folder'

const later = () => vi.advanceTimersByTime(5)

describe('a person trashed with an organisation and merged into a duplicate elsewhere', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 1, 7) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('is listed as the survivor among the organisation’s trashed people on every laptop', async () => {
    const { folder, laptops, a, b } = await threeDuplicates('Kari', 'Ola', 'Per')
    const [kari, ola, per] = laptops
    on(kari)
    const ase = await made(addPerson(a.id, { ...emptyPersonInput(), name: 'Åse Berg', email: 'ase@x.no', roles: ['klimakontakt'] }))
    const twin = await made(addPerson(b.id, { ...emptyPersonInput(), name: 'Åse K. Berg', email: 'ase@x.no', roles: ['annen'] }))
    for (const l of [kari, ola, per]) await sync(folder, l)
    // Ola trashes A (with Åse) and sends it; Kari, not having seen it, merges Åse into her duplicate.
    on(ola)
    later()
    await trashOrganisation(a.id)
    await sync(folder, ola)
    on(kari)
    later()
    await made(mergePeople(twin.id, ase.id))
    for (let round = 0; round < 2; round++) for (const l of [kari, ola, per]) await sync(folder, l)

    const [k, o, p] = await Promise.all([kari, ola, per].map(synced))
    on(ola)
    expect((await db().organisations.get(a.id))?.trashedPersonIds).toEqual([twin.id])
    expect(o).toEqual(k)
    expect(p).toEqual(k)
  })
})
