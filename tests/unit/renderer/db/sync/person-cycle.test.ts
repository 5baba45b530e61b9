/**
 * Two laptops merging the same two people opposite ways, neither having seen the other (a cycle,
 * merge-chains.ts): the later merge stands and the person the earlier one merged away stands again.
 * That person must hold its real title, e-mail, phone and roles on every laptop, whatever order the
 * merges arrive in, also on a laptop that joins from a snapshot: the earlier merge's blanked
 * tombstone is no change of the person (sync-tombstone.ts).
 */
import { describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import type { Person } from '../../../../../renderer/db/models'
import { mergePeople } from '../../../../../renderer/db/repositories/merge-repo'
import { undoMerge } from '../../../../../renderer/db/repositories/merge-undo'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson, emptyPersonInput } from '../../../../../renderer/db/repositories/people-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { made } from '../../db-helpers'
import { laptop, MemoryFolder, on, sync, synced, type Laptop } from './memory-folder'

/** Kari Nordmann registered twice (the same e-mail, other details), on Kari's and Ola's laptops, and on Per's. */
async function twice() {
  const folder = new MemoryFolder()
  const kari = await laptop(folder, 'Kari')
  const org = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Bygg AS' }))
  const first = await made(addPerson(org.id, { ...emptyPersonInput(), name: 'Kari Nordmann', email: 'kari.nordmann@bygg.no', title: 'Daglig leder', phone: '911 22 333', roles: ['toppleder'] }))
  const second = await made(addPerson(org.id, { ...emptyPersonInput(), name: 'Kari Nordmann', email: 'Kari.Nordmann@bygg.no', title: 'Leder', phone: '', roles: ['klimakontakt'] }))
  await sync(folder, kari)
  const ola = await laptop(folder, 'Ola')
  await sync(folder, ola)
  const per = await laptop(folder, 'Per')
  await sync(folder, per)
  return { folder, kari, ola, per, first, second }
}

/** Kari merges the first into the second; Ola, later and not having seen it, the second into the first. */
async function cycle() {
  const s = await twice()
  on(s.kari)
  await made(mergePeople(s.second.id, s.first.id))
  on(s.ola)
  const olaMerge = await made(mergePeople(s.first.id, s.second.id))
  // What Ola's merge chose for the first: the values the later merge stands for.
  const chosen = contact((await db().people.get(s.first.id)) as Person)
  return { ...s, olaMerge, chosen }
}

const contact = (p: Person | undefined) => ({ title: p?.title, email: p?.email, phone: p?.phone, roles: p?.roles, mergedInto: p?.mergedInto, deleted: !!p?.deletedAt })

async function expectSurvivor(laptops: Laptop[], s: { first: { id: string }; second: { id: string } }, chosen: ReturnType<typeof contact>) {
  for (const l of laptops) {
    on(l)
    expect(contact(await db().people.get(s.first.id)), l.name).toEqual(chosen)
    expect((await db().people.get(s.second.id))?.mergedInto, l.name).toBe(s.first.id)
  }
  const [one, ...rest] = await Promise.all(laptops.map(synced))
  for (const other of rest) expect(other).toEqual(one)
}

describe('two laptops merging the same two people opposite ways', () => {
  it('the later merge’s survivor keeps the title, e-mail, phone and roles it chose, on every laptop (Kari syncs first)', async () => {
    const s = await cycle()
    expect(s.chosen).toEqual({ title: 'Daglig leder', email: 'kari.nordmann@bygg.no', phone: '911 22 333', roles: ['klimakontakt', 'toppleder'], mergedInto: undefined, deleted: false })
    for (const l of [s.kari, s.ola, s.kari, s.per]) await sync(s.folder, l)
    await expectSurvivor([s.kari, s.ola, s.per], s, s.chosen)
  })

  it('the same when Ola’s merge arrives first, and on a laptop that joins from a snapshot afterwards', async () => {
    const s = await cycle()
    for (const l of [s.ola, s.per, s.kari, s.ola, s.per]) await sync(s.folder, l)
    s.folder.snapshotEvery = 1
    await sync(s.folder, s.kari)
    s.folder.pruneToSnapshot()
    const siv = await laptop(s.folder, 'Siv')
    await sync(s.folder, siv)
    await expectSurvivor([s.kari, s.ola, s.per, siv], s, s.chosen)
  })

  it('the same on a laptop that joined from a snapshot holding only the earlier merge', async () => {
    const s = await cycle()
    s.folder.snapshotEvery = 1
    await sync(s.folder, s.kari)
    s.folder.snapshotEvery = 1_000_000
    s.folder.pruneToSnapshot()
    const siv = await laptop(s.folder, 'Siv')
    await sync(s.folder, siv)
    on(siv)
    expect(contact(await db().people.get(s.first.id))).toMatchObject({ email: '', mergedInto: s.second.id })
    for (const l of [s.ola, siv, s.kari, s.per, s.ola]) await sync(s.folder, l)
    await expectSurvivor([s.kari, s.ola, s.per, siv], s, s.chosen)
  })

  it('a merged-away person still shows only its name on every laptop, and an undo brings its details back everywhere', async () => {
    const s = await twice()
    on(s.kari)
    const merge = await made(mergePeople(s.second.id, s.first.id))
    for (const l of [s.kari, s.ola]) await sync(s.folder, l)
    for (const l of [s.kari, s.ola]) {
      on(l)
      expect(contact(await db().people.get(s.first.id)), l.name).toEqual({ title: '', email: '', phone: '', roles: [], mergedInto: s.second.id, deleted: true })
    }
    on(s.kari)
    await made(undoMerge(merge.undo))
    for (const l of [s.kari, s.ola, s.per]) await sync(s.folder, l)
    for (const l of [s.kari, s.ola, s.per]) {
      on(l)
      expect(contact(await db().people.get(s.first.id)), l.name).toEqual({ title: 'Daglig leder', email: 'kari.nordmann@bygg.no', phone: '911 22 333', roles: ['toppleder'], mergedInto: undefined, deleted: false })
    }
  })

  it('never sends the details of someone erased after the cycle, not in a later snapshot either', async () => {
    const s = await cycle()
    for (const l of [s.kari, s.ola, s.kari, s.per]) await sync(s.folder, l)
    on(s.per)
    await erasePerson(s.first.id)
    for (let round = 0; round < 2; round++) for (const l of [s.per, s.kari, s.ola]) await sync(s.folder, l)
    s.folder.snapshotEvery = 1
    for (const l of [s.kari, s.ola, s.per]) {
      on(l)
      await made(createOrganisation({ ...emptyOrganisationInput(), name: `Etter ${l.name}` }))
      await sync(s.folder, l)
    }
    expect(s.folder.snapshots.length).toBeGreaterThan(0)
    const siv = await laptop(s.folder, 'Siv')
    await sync(s.folder, siv)
    const sent = s.folder.text() + JSON.stringify(s.folder.snapshots)
    for (const trace of ['kari.nordmann@bygg.no', 'Kari.Nordmann@bygg.no', '911 22 333', 'Daglig leder']) expect(sent).not.toContain(trace)
    for (const l of [s.kari, s.ola, s.per, siv]) {
      on(l)
      const kept = JSON.stringify(await db().syncCells.toArray()) + JSON.stringify(await db().people.toArray())
      expect(kept, l.name).not.toMatch(/nordmann@bygg\.no|911 22 333|Daglig leder/i)
    }
  })
})
