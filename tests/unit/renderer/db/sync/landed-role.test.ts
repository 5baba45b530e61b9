/**
 * A role given to a person on a laptop that had not seen them merged into their duplicate lands on
 * the survivor (sync-merged-away.ts, landElement). It is tracked like other landed edits, so it is
 * taken back when it turns out not to belong there: when the merged-away person is erased (the
 * eraser redacts the role, so a laptop that pulls it later never lands it). Before, the survivor kept
 * the role on the laptop that had landed it, and only there.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { mergePeople } from '../../../../../renderer/db/repositories/merge-repo'
import { addPerson, emptyPersonInput, updatePerson } from '../../../../../renderer/db/repositories/people-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import type { Person } from '../../../../../renderer/db/models'
import { made } from '../../db-helpers'
import { on, sync, synced, threeDuplicates } from './memory-folder'

const later = () => vi.advanceTimersByTime(5)

/**
 * Åse and her duplicate (and, when asked, a third record of her) on all three laptops. Kari makes the
 * duplicate a top manager and sends it; Per, not having seen that, merges the duplicate into Åse and
 * pulls the role after the merge: it lands on Åse there.
 */
async function roleLandedOnAse(withThird: boolean) {
  const { folder, laptops, a } = await threeDuplicates('Kari', 'Ola', 'Per')
  const [kari, ola, per] = laptops
  on(kari)
  const person = (name: string, roles: Person['roles']) => made(addPerson(a.id, { ...emptyPersonInput(), name, email: 'ase@x.no', roles }))
  const ase = await person('Åse Hemmelig', ['klimakontakt'])
  const twin = await person('Åse H. Hemmelig', ['annen'])
  const third = withThird ? await person('Åse Helene Hemmelig', ['annen']) : null
  for (const l of [kari, ola, per]) await sync(folder, l)
  on(kari)
  later()
  const t = (await db().people.get(twin.id)) as Person
  await made(updatePerson(twin.id, { name: t.name, title: t.title, phone: t.phone, email: t.email, roles: ['annen', 'toppleder'] }))
  await sync(folder, kari)
  on(per)
  later()
  await made(mergePeople(ase.id, twin.id))
  await sync(folder, per)
  return { folder, kari, ola, per, ase, twin, third }
}

describe('a role that landed on a person survivor', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 1, 7) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('is taken back when the person it was given to is erased, so every laptop holds the survivor’s own roles', async () => {
    const { folder, kari, ola, per, ase, twin } = await roleLandedOnAse(false)
    // Kari, not having seen the merge, erases the duplicate.
    on(kari)
    later()
    await erasePerson(twin.id)
    for (let round = 0; round < 2; round++) for (const l of [kari, ola, per]) await sync(folder, l)

    const [k, o, p] = await Promise.all([kari, ola, per].map(synced))
    on(per)
    // Her own and the duplicate's as the merge united them, without the erased duplicate's later role.
    expect((await db().people.get(ase.id))?.roles).toEqual(['annen', 'klimakontakt'])
    expect(o).toEqual(k)
    expect(p).toEqual(k)
  })

  it('is taken back when a later merge takes the person it was given to into another survivor (a fork)', async () => {
    const { folder, kari, ola, per, ase, twin, third } = await roleLandedOnAse(true)
    if (!third) throw new Error('no third record')
    // Ola, having seen neither, merges the duplicate into the third record, later: that merge wins.
    on(ola)
    later()
    await made(mergePeople(third.id, twin.id))
    for (let round = 0; round < 2; round++) for (const l of [ola, per, kari]) await sync(folder, l)

    const [k, o, p] = await Promise.all([kari, ola, per].map(synced))
    on(per)
    expect((await db().people.get(ase.id))?.roles).not.toContain('toppleder')
    expect((await db().people.get(third.id))?.roles).toContain('toppleder')
    expect(o).toEqual(k)
    expect(p).toEqual(k)
  })
})
