/**
 * An edit of a merged-away record that lands on its survivor with the value the survivor already
 * holds is still the field's latest change there: an older change of the survivor's field that
 * arrives afterwards loses to it, as on a laptop where the survivor held another value when the edit
 * landed. Before, the landing of an equal value kept the survivor's older stamp, so Per's older note
 * won on Kari's laptop and lost on Per's: the two laptops showed different notes. The property test
 * found it (seed -1632893968, path 90:3:2:3:4:4:3:3:3:6:2:7:9:14:14:14:14).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { mergeOrganisations } from '../../../../../renderer/db/repositories/merge-repo'
import { createOrganisation, updateOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import type { Organisation } from '../../../../../renderer/db/models'
import { made } from '../../db-helpers'
import { on, org, sync, synced, twoLaptops } from './memory-folder'

const later = () => vi.advanceTimersByTime(5)

async function note(id: string, notes: string): Promise<void> {
  later()
  const { id: _i, createdAt: _c, updatedAt: _u, deletedAt: _d, status: _s, signedDate: _g, erasedAt: _e, trashedPersonIds: _t, ...input } = (await db().organisations.get(id)) as Organisation
  await made(updateOrganisation(id, { ...input, notes }))
}

describe('an edit of a merged-away record equal to what its survivor holds', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 1, 7) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('is the latest note on every laptop: an older note of the survivor arriving later does not replace it', async () => {
    const { folder, kari, ola: per, seeded } = await twoLaptops(async () => {
      const a = await made(createOrganisation({ ...org('Klima AS'), notes: 'Nei' }))
      const b = await made(createOrganisation(org('KLIMA AS')))
      return { a, b }
    })
    const { a, b } = seeded
    // Per merges B into A and sends it, then notes "Ja" on A without sending it yet.
    on(per)
    later()
    await made(mergeOrganisations(a.id, b.id))
    await sync(folder, per)
    await note(a.id, 'Ja')
    // Kari, not having seen either, notes "Nei" on B, later by the clock than Per's "Ja". She gets the
    // merge: her note lands on A, which holds "Nei" here already.
    on(kari)
    await note(b.id, 'Nei')
    await sync(folder, kari)
    // Per sends "Ja" and gets Kari's later "Nei"; then Kari gets Per's older "Ja".
    for (let round = 0; round < 2; round++) for (const l of [per, kari]) await sync(folder, l)

    for (const l of [kari, per]) {
      on(l)
      expect((await db().organisations.get(a.id))?.notes, l.name).toBe('Nei')
    }
    expect(await synced(kari)).toEqual(await synced(per))
  })
})
