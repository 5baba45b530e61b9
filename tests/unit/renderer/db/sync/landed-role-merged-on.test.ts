/**
 * A role that landed on a person survivor which is merged away itself later (issue 16): Kari makes
 * Åse's duplicate a top manager; Per, not having seen that, merges the duplicate into Åse, and the
 * role lands on Åse at his. Then Per merges Åse into a third record of her. A merged-away person
 * holds what its own messages hold (sync-tombstone.ts), so the landed role is no role of Åse's: on a
 * laptop that learnt of both merges at once, Åse never had it. When a fork then takes Åse elsewhere,
 * her roles go with her, and the duplicate's role must not go along on some laptops only.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import type { Person } from '../../../../../renderer/db/models'
import { mergePeople } from '../../../../../renderer/db/repositories/merge-repo'
import { addPerson, emptyPersonInput, updatePerson } from '../../../../../renderer/db/repositories/people-repo'
import { made } from '../../db-helpers'
import { on, sync, synced, threeDuplicates } from './memory-folder'

const later = () => vi.advanceTimersByTime(5)

describe('a role that landed on a person survivor merged away later', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 1, 7) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  // Per landed the role on Åse when he pulled it after his merge; Ola lands it when she applies both.
  for (const mergedBy of ['Per', 'Ola'] as const) {
    it(`does not follow that survivor, merged away by ${mergedBy}, when a fork takes it to another record: every laptop holds the same roles`, async () => {
      const { folder, laptops, a } = await threeDuplicates('Kari', 'Ola', 'Per')
      const [kari, ola, per] = laptops
      on(kari)
      const person = (name: string, roles: Person['roles']) => made(addPerson(a.id, { ...emptyPersonInput(), name, email: 'ase@x.no', roles }))
      const ase = await person('Åse Hemmelig', ['klimakontakt'])
      const twin = await person('Åse H. Hemmelig', ['annen'])
      const third = await person('Åse Helene Hemmelig', ['annen'])
      const fourth = await person('Å. Hemmelig', ['annen'])
      for (const l of [kari, ola, per]) await sync(folder, l)
      // Kari makes the duplicate a top manager.
      on(kari)
      later()
      const t = (await db().people.get(twin.id)) as Person
      await made(updatePerson(twin.id, { name: t.name, title: t.title, phone: t.phone, email: t.email, roles: ['annen', 'toppleder'] }))
      await sync(folder, kari)
      // Per, not having seen it, merges the duplicate into Åse; the role lands on her when he pulls it.
      on(per)
      later()
      await made(mergePeople(ase.id, twin.id))
      await sync(folder, per)
      const merger = mergedBy === 'Per' ? per : ola
      const forker = mergedBy === 'Per' ? ola : kari
      await sync(folder, merger)
      on(merger)
      expect((await db().people.get(ase.id))?.roles).toContain('toppleder')
      // Åse is merged into the third record; the laptop that has seen none of it merges her into the fourth, later: that merge wins.
      later()
      await made(mergePeople(third.id, ase.id))
      await sync(folder, merger)
      on(forker)
      later()
      await made(mergePeople(fourth.id, ase.id))
      for (let round = 0; round < 2; round++) for (const l of [forker, per, ola, kari]) await sync(folder, l)

      for (const l of [kari, ola, per]) {
        on(l)
        // The duplicate (and its role) is the third record's, through the merges; Åse is the fourth's.
        expect((await db().people.get(fourth.id))?.roles, l.name).not.toContain('toppleder')
        expect((await db().people.get(third.id))?.roles, l.name).toContain('toppleder')
      }
      const [k, o, p] = await Promise.all([kari, ola, per].map(synced))
      expect(o).toEqual(k)
      expect(p).toEqual(k)
    })
  }
})
