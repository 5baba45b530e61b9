/**
 * A record a cycle of merges revived, merged away again by a fork further down its chain (issue 16;
 * found by seed 1462662540, path 66:3:5:7:8:8:15:18:20:20:22:24:25:25:25:25:25:16:24:24:24:24:24).
 * Kari merges C into B; Per, not having seen it, merges B into C (later: the cycle keeps his, and C
 * stands again) and notes on C; Ola, having seen neither, merges B into A, later still: that fork
 * wins, so C (into B by Kari's merge) ends in A, and Per's note, unknown to Kari's merge, lands on A.
 * Laptops that had C standing when Ola's merge came never weighed the note: no message of C came
 * with that merge. Every laptop must show the note on A, as the one that learnt of all at once does.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Organisation } from '../../../../../renderer/db/models'
import { mergeOrganisations } from '../../../../../renderer/db/repositories/merge-repo'
import { emptyOrganisationInput, getOrganisation, updateOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { made } from '../../db-helpers'
import { on, sync, synced, threeDuplicates } from './memory-folder'

const later = () => vi.advanceTimersByTime(5)

describe('a record a cycle revived, merged away again by a fork down its chain', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 1, 7) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('has its edits land on the fork’s survivor on every laptop, also where it stood when the fork came', async () => {
    const { folder, laptops, a, b, c } = await threeDuplicates('Kari', 'Ola', 'Per')
    const [kari, ola, per] = laptops
    on(kari)
    later()
    await made(mergeOrganisations(b.id, c.id))
    await sync(folder, kari)
    on(per)
    later()
    await made(mergeOrganisations(c.id, b.id))
    const onC = (await getOrganisation(c.id)) as Organisation
    await made(updateOrganisation(c.id, { ...emptyOrganisationInput(), name: onC.name, notes: 'Kanskje' }))
    on(ola)
    later()
    await made(mergeOrganisations(a.id, b.id))
    // Per learns of Kari's merge (C stands again at his: his merge is the later); then Ola pushes and learns of all.
    await sync(folder, per)
    await sync(folder, ola)
    for (let round = 0; round < 2; round++) for (const l of [kari, per, ola]) await sync(folder, l)

    for (const l of [kari, ola, per]) {
      on(l)
      expect((await getOrganisation(a.id))?.notes, l.name).toBe('Kanskje')
      expect((await getOrganisation(c.id))?.mergedInto, l.name).toBe(a.id)
    }
    const [k, o, p] = await Promise.all([kari, ola, per].map(synced))
    expect(o).toEqual(k)
    expect(p).toEqual(k)
  })
})
