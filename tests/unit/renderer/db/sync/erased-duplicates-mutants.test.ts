/**
 * A person merged into someone erased elsewhere (sync-erased-duplicates.ts), in both arrival
 * orders: what every laptop holds afterwards. The duplicate is erased at the survivor's moment, with
 * its own ledger line on every laptop, and its name leaves every laptop's history; a duplicate merged
 * into someone still there, and the survivor's other people, are left alone. The first story is in
 * erased-duplicate.test.ts. Found missing by mutation testing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { mergePeople } from '../../../../../renderer/db/repositories/merge-repo'
import { addPerson, emptyPersonInput } from '../../../../../renderer/db/repositories/people-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { made } from '../../db-helpers'
import { on, sync, threeDuplicates, type Laptop } from './memory-folder'

const later = () => vi.advanceTimersByTime(5)

async function everywhere(laptops: readonly Laptop[], check: () => Promise<void>) {
  for (const l of laptops) {
    on(l)
    await check()
  }
}

/** Three laptops holding Åse and her duplicate, and Nils and his, in two of the three organisations. */
async function story() {
  const { folder, laptops, a, b } = await threeDuplicates('Kari', 'Ola', 'Per')
  const [kari, ola, per] = laptops
  on(kari)
  const ase = await made(addPerson(a.id, { ...emptyPersonInput(), name: 'Åse Hemmelig', email: 'ase.hemmelig@x.no', roles: ['klimakontakt'] }))
  const twin = await made(addPerson(b.id, { ...emptyPersonInput(), name: 'Åse H. Hemmelig', email: 'ase.hemmelig@x.no', title: 'Rådgiver', roles: ['annen'] }))
  // Someone else's duplicate, merged into a person who stays: untouched by Åse's erasure.
  const nils = await made(addPerson(a.id, { ...emptyPersonInput(), name: 'Nils Berg', email: 'nils@x.no', roles: ['toppleder'] }))
  const nilsTwin = await made(addPerson(b.id, { ...emptyPersonInput(), name: 'Nils B. Berg', email: 'nils@x.no', roles: ['annen'] }))
  for (const l of laptops) await sync(folder, l)
  return { folder, laptops, kari, ola, per, ase, twin, nils, nilsTwin }
}

/** After two rounds: the duplicate erased with Åse on every laptop, Nils and his duplicate untouched. */
async function expectErasedWith(s: Awaited<ReturnType<typeof story>>) {
  for (let round = 0; round < 2; round++) for (const l of [s.ola, s.per, s.kari]) await sync(s.folder, l)
  await everywhere(s.laptops, async () => {
    const survivor = await db().people.get(s.ase.id)
    const twin = await db().people.get(s.twin.id)
    expect(survivor?.erasedAt).toEqual(expect.any(String))
    expect(twin).toMatchObject({ name: '', email: '', title: '', roles: [], erasedAt: survivor?.erasedAt, mergedInto: s.ase.id })
    expect(await db().erasures.get(s.twin.id)).toEqual({ id: s.twin.id, table: 'people', erasedAt: survivor?.erasedAt })
    const history = JSON.stringify(await db().auditLog.toArray())
    expect(history).not.toContain('Åse H. Hemmelig')
    expect(history).not.toContain('Åse Hemmelig')
    // Nils and his merged duplicate keep their names.
    expect((await db().people.get(s.nils.id))?.name).toBe('Nils Berg')
    expect(await db().people.get(s.nilsTwin.id)).toMatchObject({ name: 'Nils B. Berg', mergedInto: s.nils.id })
    expect(await db().erasures.get(s.nilsTwin.id)).toBeUndefined()
    expect(history).toContain('Nils B. Berg')
  })
  expect(s.folder.text()).not.toContain('Åse H. Hemmelig')
  expect(s.folder.text()).not.toContain('Rådgiver')
}

describe('a duplicate merged into a person erased elsewhere, on every laptop', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 1, 7) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('when the merge was made before the erasure arrived there', async () => {
    const s = await story()
    on(s.ola)
    later()
    await erasePerson(s.ase.id)
    on(s.per)
    later()
    await made(mergePeople(s.ase.id, s.twin.id))
    await made(mergePeople(s.nils.id, s.nilsTwin.id))
    // The erasure reaches Per, where the duplicate is already merged into Åse: erased in that same round.
    await sync(s.folder, s.ola)
    await sync(s.folder, s.per)
    on(s.per)
    expect(await db().people.get(s.twin.id)).toMatchObject({ name: '', email: '', erasedAt: expect.any(String) })
    expect(await db().erasures.get(s.twin.id)).toMatchObject({ table: 'people' })
    expect(JSON.stringify(await db().auditLog.toArray())).not.toContain('Åse H. Hemmelig')
    await expectErasedWith(s)
  })

  it('when the merge arrives where the erasure was made', async () => {
    const s = await story()
    on(s.per)
    later()
    await made(mergePeople(s.ase.id, s.twin.id))
    await made(mergePeople(s.nils.id, s.nilsTwin.id))
    // Ola erases Åse before Per's merge reaches him; Per's merge then arrives at Ola's.
    on(s.ola)
    later()
    await erasePerson(s.ase.id)
    await sync(s.folder, s.per)
    await sync(s.folder, s.ola)
    on(s.ola)
    // Erased in the round the merge arrived, with its own ledger line, and its name out of this laptop's history.
    expect(await db().people.get(s.twin.id)).toMatchObject({ name: '', email: '', erasedAt: (await db().people.get(s.ase.id))?.erasedAt })
    expect(await db().erasures.get(s.twin.id)).toMatchObject({ table: 'people' })
    expect(JSON.stringify(await db().auditLog.toArray())).not.toContain('Åse H. Hemmelig')
    await expectErasedWith(s)
  })
})
