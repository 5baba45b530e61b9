/**
 * A person erased on one laptop while another merges a duplicate of them (same e-mail) into them:
 * the duplicate is the same person, so it is erased with them on every laptop, and neither its name
 * nor its e-mail stays in the folder. Before, the duplicate stood merged away with its name, and its
 * e-mail stayed in its own messages. The property test found it once person merges were among its
 * commands (seed 384458582, path 42).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { mergePeople } from '../../../../../renderer/db/repositories/merge-repo'
import { addPerson, emptyPersonInput } from '../../../../../renderer/db/repositories/people-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { made } from '../../db-helpers'
import { on, sync, synced, threeDuplicates } from './memory-folder'

const later = () => vi.advanceTimersByTime(5)

describe('a duplicate merged into a person erased elsewhere', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 1, 7) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('is erased with them on every laptop, and its name and e-mail leave the folder', async () => {
    const { folder, laptops, a, b } = await threeDuplicates('Kari', 'Ola', 'Per')
    const [kari, ola, per] = laptops
    on(kari)
    const ase = await made(addPerson(a.id, { ...emptyPersonInput(), name: 'Åse Hemmelig', email: 'ase.hemmelig@x.no', roles: ['klimakontakt'] }))
    const twin = await made(addPerson(b.id, { ...emptyPersonInput(), name: 'Åse H. Hemmelig', email: 'ase.hemmelig@x.no', roles: ['annen'] }))
    for (const l of [kari, ola, per]) await sync(folder, l)
    // Ola erases Åse; Per, not having seen it, merges her duplicate into her.
    on(ola)
    later()
    await erasePerson(ase.id)
    on(per)
    later()
    await made(mergePeople(ase.id, twin.id))
    for (let round = 0; round < 2; round++) for (const l of [ola, per, kari]) await sync(folder, l)

    const [k, o, p] = await Promise.all([kari, ola, per].map(synced))
    on(kari)
    const merged = await db().people.get(twin.id)
    expect([merged?.name, merged?.email, merged?.erasedAt]).toEqual(['', '', expect.any(String)])
    expect(o).toEqual(k)
    expect(p).toEqual(k)
    expect(folder.text()).not.toContain('ase.hemmelig@x.no')
    expect(folder.text()).not.toContain('Åse H. Hemmelig')
  })
})
