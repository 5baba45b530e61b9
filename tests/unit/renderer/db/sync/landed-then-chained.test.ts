/**
 * An edit landed on a survivor that another laptop's merge then takes into a third record (a chain),
 * and the record the edit was made on is erased afterwards (issue 16: an erasure wins over every
 * edit). Kari merges Åse's duplicate into Åse; Per, not having seen it, renames the duplicate; Ola
 * pulls both (the name lands on Åse at hers). Kari, not having seen the rename, merges Åse into a
 * third record; then Per erases the duplicate. Every laptop must end without the duplicate's name on
 * the third record, and all alike, whichever laptop held the landing on Åse first.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import type { Person } from '../../../../../renderer/db/models'
import { mergePeople } from '../../../../../renderer/db/repositories/merge-repo'
import { addPerson, emptyPersonInput, updatePerson } from '../../../../../renderer/db/repositories/people-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { made } from '../../db-helpers'
import { on, sync, synced, threeDuplicates } from './memory-folder'

const later = () => vi.advanceTimersByTime(5)

describe('an edit landed on a survivor merged into a third record, its record erased later', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 1, 7) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('is taken back from the third record on every laptop', async () => {
    const { folder, laptops, a } = await threeDuplicates('Kari', 'Ola', 'Per')
    const [kari, ola, per] = laptops
    on(kari)
    const person = (name: string) => made(addPerson(a.id, { ...emptyPersonInput(), name, email: 'ase@x.no', roles: ['annen'] }))
    const ase = await person('Åse Hemmelig')
    const twin = await person('Åse H. Hemmelig')
    const third = await person('Å. Hemmelig')
    for (const l of [kari, ola, per]) await sync(folder, l)
    on(kari)
    later()
    await made(mergePeople(ase.id, twin.id, { name: 'survivor' }))
    await sync(folder, kari)
    on(per)
    later()
    const t = (await db().people.get(twin.id)) as Person
    await made(updatePerson(twin.id, { name: 'Åse Hemmelig Nordmann', title: t.title, phone: t.phone, email: t.email, roles: t.roles }))
    await sync(folder, per)
    await sync(folder, ola)
    on(ola)
    expect((await db().people.get(ase.id))?.name).toBe('Åse Hemmelig Nordmann')
    // Kari, not having seen the rename, merges Åse into the third record, keeping the third's name.
    on(kari)
    later()
    await made(mergePeople(third.id, ase.id, { name: 'survivor' }))
    await sync(folder, kari)
    await sync(folder, ola)
    // Per, who has seen none of the merges, erases the duplicate.
    on(per)
    later()
    await erasePerson(twin.id)
    for (let round = 0; round < 2; round++) for (const l of [per, kari, ola]) await sync(folder, l)

    for (const l of [kari, ola, per]) {
      on(l)
      expect((await db().people.get(third.id))?.name, l.name).toBe('Å. Hemmelig')
    }
    const [k, o, p] = await Promise.all([kari, ola, per].map(synced))
    expect(o).toEqual(k)
    expect(p).toEqual(k)
  })
})
