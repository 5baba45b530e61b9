/**
 * A merged-away record trashed on a laptop that had not seen the merge, and then carried on by a
 * later merge (a chain: its survivor merged into a third): every laptop holds the same deletion date
 * whichever order the changes arrive in. The property test found it (seed 3848061, path 58): the
 * date used to come from the merge's cell, which the later merge moved on one laptop only.
 */
import { describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { mergeOrganisations } from '../../../../../renderer/db/repositories/merge-repo'
import { createOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { restoreOrganisation, trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import { made } from '../../db-helpers'
import { laptop, MemoryFolder, on, org, sync, type Laptop } from './memory-folder'


async function organisations(l: Laptop) {
  on(l)
  return db().organisations.orderBy('id').toArray()
}

/** Kari merges A into B; Ola, not having seen it, trashes A (and restores it); Kari then merges B into C. */
async function story(kariPullsTheTrashFirst: boolean, restore = false) {
  const folder = new MemoryFolder()
  const kari = await laptop(folder, 'Kari')
  const a = await made(createOrganisation(org('Bygg AS')))
  const ola = await laptop(folder, 'Ola')
  const b = await made(createOrganisation(org('BYGG AS')))
  const per = await laptop(folder, 'Per')
  const c = await made(createOrganisation(org('Bygg as')))
  for (const l of [kari, ola, per, kari, ola]) await sync(folder, l)
  on(kari)
  await made(mergeOrganisations(b.id, a.id))
  on(ola)
  await trashOrganisation(a.id)
  if (restore) await restoreOrganisation(a.id)
  await sync(folder, kari)
  await sync(folder, ola)
  if (kariPullsTheTrashFirst) await sync(folder, kari)
  on(kari)
  await made(mergeOrganisations(c.id, b.id))
  for (let round = 0; round < 2; round++) for (const l of [kari, ola, per]) await sync(folder, l)
  return { kari, ola, per, a, c }
}

describe('a merged-away record trashed elsewhere, then carried on by a chain', () => {
  for (const first of [false, true]) {
    it(`ends deleted with the same date on every laptop (Kari ${first ? 'pulls' : 'does not pull'} the trash before her second merge)`, async () => {
      const { kari, ola, per, a, c } = await story(first)
      const [k, o, p] = await Promise.all([kari, ola, per].map(organisations))
      expect(o).toEqual(k)
      expect(p).toEqual(k)
      const merged = k?.find((x) => x.id === a.id)
      expect(merged?.mergedInto).toBe(c.id)
      expect(merged?.deletedAt).toBeTruthy()
    })
  }

  it('a restore there, later by the clock, leaves it merged away and deleted, with the same date everywhere', async () => {
    const { kari, ola, per, a, c } = await story(true, true)
    const [k, o, p] = await Promise.all([kari, ola, per].map(organisations))
    expect(o).toEqual(k)
    expect(p).toEqual(k)
    const merged = k?.find((x) => x.id === a.id)
    expect(merged?.mergedInto).toBe(c.id)
    expect(merged?.deletedAt).toBeTruthy()
  })
})
