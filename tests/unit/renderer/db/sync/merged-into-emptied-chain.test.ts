/**
 * An organisation merged into one emptied elsewhere is emptied with it (sync-erased-duplicates.ts,
 * `emptyMergedIntoEmptied`), also at the end of a chain the laptops made concurrently: Kari merges C
 * into B, Ola (not having seen it) merges B into A, and Per (having seen neither) empties A from the
 * trash. C reaches A only through B. Every laptop ends with both duplicates emptied at A's moment,
 * each with its own ledger line, and a duplicate merged into an organisation that stays is left
 * alone. Sync flattens the chain (C then points at A) before the emptying step looks, so this pins
 * the user's result, not the step's own chain walk: mutants of that walk survive as equivalent.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { mergeOrganisations } from '../../../../../renderer/db/repositories/merge-repo'
import { createOrganisation, emptyOrganisationInput, updateOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { emptyTrash, trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import { made } from '../../db-helpers'
import { on, org, sync, synced, threeDuplicates, type Laptop } from './memory-folder'

const later = () => vi.advanceTimersByTime(5)

describe('a chain of duplicates ending at an organisation emptied elsewhere', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 1, 7) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('is emptied link by link on every laptop, whatever order the files arrive in', async () => {
    for (const order of [[0, 1, 2], [2, 1, 0], [1, 2, 0]] as const) {
      const { folder, laptops, a, b, c } = await threeDuplicates('Kari', 'Ola', 'Per')
      const [kari, ola, per] = laptops
      on(kari)
      later()
      await made(updateOrganisation(b.id, { ...emptyOrganisationInput(), name: 'Bygg as', notes: 'Notat om B' }))
      await made(updateOrganisation(c.id, { ...emptyOrganisationInput(), name: 'BYGG AS', notes: 'Notat om C' }))
      // Another pair that stays: D merged into E, which nobody empties.
      const d = await made(createOrganisation(org('Fjordlys AS')))
      const e = await made(createOrganisation(org('Fjordlys as')))
      for (const l of laptops) await sync(folder, l)
      on(kari)
      later()
      await made(mergeOrganisations(b.id, c.id))
      await made(mergeOrganisations(e.id, d.id))
      on(ola)
      later()
      await made(mergeOrganisations(a.id, b.id))
      on(per)
      later()
      await trashOrganisation(a.id)
      await emptyTrash()
      const ordered = order.map((i) => laptops[i] as Laptop)
      for (let round = 0; round < 3; round++) for (const l of ordered) await sync(folder, l)

      const expected = await synced(per)
      for (const l of [kari, ola]) expect(await synced(l), `${l.name} (order ${order.join('')})`).toEqual(expected)
      for (const l of laptops) {
        on(l)
        const emptiedAt = (await db().organisations.get(a.id))?.erasedAt
        expect(emptiedAt, l.name).toEqual(expect.any(String))
        for (const id of [b.id, c.id]) {
          expect(await db().organisations.get(id), l.name).toMatchObject({ name: '', notes: '', erasedAt: emptiedAt })
          expect(await db().erasures.get(id), l.name).toEqual({ id, table: 'organisations', erasedAt: emptiedAt })
        }
        expect(await db().organisations.get(d.id), l.name).toMatchObject({ name: 'Fjordlys AS', mergedInto: e.id })
        expect(await db().organisations.get(d.id).then((o) => o?.erasedAt), l.name).toBeFalsy()
        expect(await db().erasures.get(d.id), l.name).toBeUndefined()
      }
      for (const trace of ['Notat om B', 'Notat om C']) expect(folder.text()).not.toContain(trace)
    }
  })
})
