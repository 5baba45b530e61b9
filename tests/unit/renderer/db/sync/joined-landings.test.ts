/**
 * A landed edit reaches a laptop that joins from a snapshot (issue 16): Kari merges B into A; Per,
 * not having seen that, notes on B; it lands on A at Kari's. Siv joins from Kari's snapshot and
 * merges A into C. A merged-away record gives back what had landed on it (sync-tombstone.ts), so
 * every laptop, Siv included, must end with the same data, A's hidden note included: Siv must know
 * that A's note is B's landed edit, not A's own (the property test's seed -333969202, path 104).
 */
import { describe, expect, it } from 'vitest'
import type { Organisation } from '../../../../../renderer/db/models'
import { mergeOrganisations } from '../../../../../renderer/db/repositories/merge-repo'
import { emptyOrganisationInput, getOrganisation, updateOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { made } from '../../db-helpers'
import { laptop, on, sync, synced, type Laptop, threeDuplicates } from './memory-folder'


async function landedThenJoined() {
  const { folder, laptops: [kari, per], a, b, c } = await threeDuplicates('Kari', 'Per')
  on(kari)
  await made(mergeOrganisations(a.id, b.id))
  await sync(folder, kari)
  on(per)
  const o = (await getOrganisation(b.id)) as Organisation
  await made(updateOrganisation(b.id, { ...emptyOrganisationInput(), name: o.name, notes: 'Ringes i januar' }))
  await sync(folder, per)
  // Kari takes the note (it lands on A) and writes a snapshot; Siv joins from it.
  const every = folder.snapshotEvery
  folder.snapshotEvery = 1
  await sync(folder, kari)
  folder.snapshotEvery = every
  on(kari)
  expect((await getOrganisation(a.id))?.notes).toBe('Ringes i januar')
  const siv = await laptop(folder, 'Siv')
  await sync(folder, siv)
  on(siv)
  expect((await getOrganisation(a.id))?.notes).toBe('Ringes i januar')
  return { folder, kari, per, siv, a, b, c }
}

describe('a landed edit on a laptop that joined from a snapshot', () => {
  it('merged away there: every laptop holds the same, the merged-away survivor gives the note back everywhere', async () => {
    const s = await landedThenJoined()
    on(s.siv)
    await made(mergeOrganisations(s.c.id, s.a.id))
    const laptops = [s.kari, s.per, s.siv]
    for (let round = 0; round < 2; round++) for (const l of laptops) await sync(s.folder, l)
    for (const l of laptops) {
      on(l)
      // A's own note (none) stands again on A, as on a laptop that learnt of both merges at once.
      expect((await db(l).organisations.get(s.a.id))?.notes, l.name).toBe('')
    }
    const [k, ...rest] = await Promise.all(laptops.map(synced))
    for (const other of rest) expect(other).toEqual(k)
  })
})

const db = (l: Laptop) => l.db
