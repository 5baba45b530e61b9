/**
 * A survivor's own edit that arrives while a landed edit holds its cell (issue 16): Ola merges B into
 * A; Kari edits A's website, then Per edits B's (later by the clock); Kari merges B into C (a fork,
 * the later merge). At Ola's, Per's edit lands on A first, and Kari's own edit of A, older than the
 * landing, loses to it there. When the fork takes the landing back, A's own latest change must stand
 * again (Kari's), as on every laptop that never landed Per's edit on A, not the one before it
 * (the property test's seed -1177716348, where the two edits had the same millisecond).
 */
import { describe, expect, it } from 'vitest'
import type { Organisation } from '../../../../../renderer/db/models'
import { mergeOrganisations } from '../../../../../renderer/db/repositories/merge-repo'
import { emptyOrganisationInput, getOrganisation, updateOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { made } from '../../db-helpers'
import { on, sync, synced, threeDuplicates } from './memory-folder'


async function website(id: string, value: string) {
  const o = (await getOrganisation(id)) as Organisation
  await made(updateOrganisation(id, { ...emptyOrganisationInput(), name: o.name, website: value }))
}

describe('a survivor’s own edit that lost only to a landed edit', () => {
  it('stands again when a fork takes the landing back, the same on every laptop', async () => {
    const { folder, laptops: [kari, ola, per], a, b, c } = await threeDuplicates('Kari', 'Ola', 'Per')
    on(ola)
    await made(mergeOrganisations(a.id, b.id))
    on(kari)
    await website(a.id, 'kari.no')
    on(per)
    await website(b.id, 'per.no')
    on(kari)
    await made(mergeOrganisations(c.id, b.id))
    await sync(folder, per)
    await sync(folder, ola)
    on(ola)
    expect((await getOrganisation(a.id))?.website).toBe('per.no')
    const laptops = [kari, ola, per]
    for (let round = 0; round < 2; round++) for (const l of laptops) await sync(folder, l)
    for (const l of laptops) {
      on(l)
      expect((await getOrganisation(a.id))?.website, l.name).toBe('kari.no')
    }
    const [k, ...rest] = await Promise.all(laptops.map(synced))
    for (const other of rest) expect(other).toEqual(k)
  })
})
