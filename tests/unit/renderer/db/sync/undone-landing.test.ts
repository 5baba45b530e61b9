/**
 * An undone merge gives back what sync had landed through it (issue 16). Kari makes Åse's duplicate
 * a top manager and gives it a new title while Per, not having seen that, merges the duplicate into
 * Åse; on Kari's laptop both land on Åse when the merge arrives (sync-stray-edits.ts). Per then undoes
 * his merge ("Angre"): the duplicate stands again with its role and title, and Åse holds only her
 * own, as on Per's laptop, which never landed them. Before, Kari's laptop kept both on Åse: the undo
 * (a `mergedInto` removed) was not weighed as a merge that no longer holds, so the landings stayed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import type { Person } from '../../../../../renderer/db/models'
import { mergePeople } from '../../../../../renderer/db/repositories/merge-repo'
import { undoMerge } from '../../../../../renderer/db/repositories/merge-undo'
import { addPerson, emptyPersonInput, updatePerson } from '../../../../../renderer/db/repositories/people-repo'
import { made } from '../../db-helpers'
import { on, sync, synced, threeDuplicates, type Laptop } from './memory-folder'

const later = () => vi.advanceTimersByTime(5)

describe('undoing a merge through which a role and a title landed on the survivor', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 1, 7) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('gives them back to the duplicate on the laptop that landed them, and both laptops end identical', async () => {
    const { folder, laptops, a } = await threeDuplicates('Kari', 'Per')
    const [kari, per] = laptops
    on(kari)
    const person = (name: string, title: string, roles: Person['roles']) => made(addPerson(a.id, { ...emptyPersonInput(), name, title, email: 'ase@x.no', roles }))
    const ase = await person('Åse Hemmelig', 'Rådgiver', ['klimakontakt'])
    const twin = await person('Åse H. Hemmelig', '', ['annen'])
    for (const l of [kari, per]) await sync(folder, l)
    // Kari, offline, makes the duplicate a top manager with a title; Per, not having seen it, merges.
    on(kari)
    later()
    const t = (await db().people.get(twin.id)) as Person
    await made(updatePerson(twin.id, { name: t.name, title: 'Daglig leder', phone: t.phone, email: t.email, roles: ['annen', 'toppleder'] }))
    on(per)
    later()
    const merge = await made(mergePeople(ase.id, twin.id))
    await sync(folder, per)
    await sync(folder, kari)
    on(kari)
    expect((await db().people.get(ase.id))?.roles).toContain('toppleder')
    // Per undoes his merge before he has Kari's change.
    on(per)
    later()
    await made(undoMerge(merge.undo))
    for (let round = 0; round < 2; round++) for (const l of [per, kari] as Laptop[]) await sync(folder, l)

    for (const l of [kari, per]) {
      on(l)
      const [åse, duplicate] = (await db().people.bulkGet([ase.id, twin.id])) as Person[]
      expect([åse?.roles, åse?.title], `Åse on ${l.name}`).toEqual([['klimakontakt'], 'Rådgiver'])
      expect([duplicate?.roles, duplicate?.title, duplicate?.mergedInto, duplicate?.deletedAt], `the duplicate on ${l.name}`).toEqual([['annen', 'toppleder'], 'Daglig leder', undefined, null])
    }
    expect(await synced(per)).toEqual(await synced(kari))
  })
})
