/**
 * An edit of a record merged away that a later edit of the same field had replaced there does not
 * land on the survivor: per field the latest change wins, and on the merged-away record the later
 * one did. Before, it landed only on laptops that pulled it after the merge (the others had replaced
 * it before the merge came), so the survivor's notes differed. The property test found it
 * (seed -1597710720, path 53:3:8:15:18:4:10:9:9:9:14:14:22:22:23:22:24:24:18:18:18:18:20:20).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { mergeOrganisations } from '../../../../../renderer/db/repositories/merge-repo'
import { updateOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import type { Organisation } from '../../../../../renderer/db/models'
import { made } from '../../db-helpers'
import { on, sync, synced, threeDuplicates } from './memory-folder'

const later = () => vi.advanceTimersByTime(5)

async function note(id: string, notes: string): Promise<void> {
  later()
  const { id: _i, createdAt: _c, updatedAt: _u, deletedAt: _d, status: _s, signedDate: _g, erasedAt: _e, trashedPersonIds: _t, ...input } = (await db().organisations.get(id)) as Organisation
  await made(updateOrganisation(id, { ...input, notes }))
}

describe('an edit of a merged-away record that a later edit had replaced', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 1, 7) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('does not land on the survivor, on any laptop, whichever order it arrives in', async () => {
    const { folder, laptops, a, b } = await threeDuplicates('Kari', 'Ola', 'Per')
    const [kari, ola, per] = laptops
    on(kari)
    await note(a.id, 'Nei')
    for (const l of [kari, ola, per]) await sync(folder, l)
    // Ola notes "Ja" on B; Kari, not having seen it, notes "Kanskje" there later.
    on(ola)
    await note(b.id, 'Ja')
    on(kari)
    await note(b.id, 'Kanskje')
    await sync(folder, kari)
    // Per pulls "Kanskje" only; Ola sends "Ja" and pulls "Kanskje", which replaces it.
    await sync(folder, per)
    await sync(folder, ola)
    // Per merges B into A (keeping A's "Nei"), then pulls "Ja" after the merge.
    on(per)
    later()
    await made(mergeOrganisations(a.id, b.id))
    for (let round = 0; round < 2; round++) for (const l of [per, ola, kari]) await sync(folder, l)

    const [k, o, p] = await Promise.all([kari, ola, per].map(synced))
    on(per)
    expect((await db().organisations.get(a.id))?.notes).toBe('Nei')
    expect(o).toEqual(k)
    expect(p).toEqual(k)
  })
})
