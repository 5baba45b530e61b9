import { describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import type { Organisation } from '../../../../../renderer/db/models'
import { mergeOrganisations } from '../../../../../renderer/db/repositories/merge-repo'
import { undoMerge } from '../../../../../renderer/db/repositories/merge-undo'
import { createOrganisation, emptyOrganisationInput, getOrganisation, updateOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson, emptyPersonInput } from '../../../../../renderer/db/repositories/people-repo'
import { emptyTrash, trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import { made } from '../../db-helpers'
import { laptop, MemoryFolder, on, org, sync, synced, type Laptop } from './memory-folder'


/** "Bygg AS" registered three times, each with a contact person, on both laptops. */
async function triplicates() {
  const folder = new MemoryFolder()
  const kari = await laptop(folder, 'Kari')
  const a = await made(createOrganisation(org('Bygg AS')))
  const b = await made(createOrganisation(org('Bygg as')))
  const c = await made(createOrganisation(org('BYGG AS')))
  const people = []
  for (const o of [a, b, c]) people.push(await made(addPerson(o.id, { ...emptyPersonInput(), name: `Kontakt ${o.name}`, roles: ['klimakontakt'] })))
  await sync(folder, kari)
  const ola = await laptop(folder, 'Ola')
  await sync(folder, ola)
  return { folder, kari, ola, a, b, c, people }
}

/** Rows other than the record's own that still name `id` (history aside). */
async function mentioning(l: Laptop, id: string): Promise<string[]> {
  const found: string[] = []
  for (const [table, rows] of Object.entries(await synced(l))) {
    for (const row of rows as { id: string }[]) if (row.id !== id && JSON.stringify(row).includes(id)) found.push(`${table}:${row.id}`)
  }
  return found
}

describe('duplicate merges of one chain on two laptops', () => {
  for (const first of ['Kari', 'Ola'] as const) {
    it(`end at one survivor on both laptops, the merged-away records naming it and nothing referring to them (${first} syncs first)`, async () => {
      const { folder, kari, ola, a, b, c, people } = await triplicates()
      on(kari)
      await made(mergeOrganisations(a.id, b.id))
      on(ola)
      await made(mergeOrganisations(b.id, c.id))
      const order = first === 'Kari' ? [kari, ola, kari] : [ola, kari, ola]
      for (const l of order) await sync(folder, l)

      for (const l of [kari, ola]) {
        on(l)
        expect((await getOrganisation(b.id))?.mergedInto, l.name).toBe(a.id)
        expect((await getOrganisation(c.id))?.mergedInto, l.name).toBe(a.id)
        expect((await getOrganisation(c.id))?.deletedAt, l.name).not.toBeNull()
        expect((await getOrganisation(a.id))?.deletedAt, l.name).toBeNull()
        for (const p of people) expect((await db().people.get(p.id))?.organisationId, `${l.name} ${p.name}`).toBe(a.id)
        expect(await mentioning(l, b.id), l.name).toEqual([])
        expect(await mentioning(l, c.id), l.name).toEqual([])
      }
      expect(await synced(kari)).toEqual(await synced(ola))
    })
  }

  it('the other way round (B into A after C into B on the same record) ends at A as well', async () => {
    const { folder, kari, ola, a, b, c } = await triplicates()
    on(ola)
    await made(mergeOrganisations(b.id, c.id))
    await sync(folder, ola)
    // Kari merges B into A after she has Ola's merge: C's `mergedInto` moves with it.
    on(kari)
    await sync(folder, kari)
    await made(mergeOrganisations(a.id, b.id))
    for (const l of [kari, ola]) await sync(folder, l)
    for (const l of [kari, ola]) {
      on(l)
      expect((await getOrganisation(c.id))?.mergedInto, l.name).toBe(a.id)
      expect(await mentioning(l, c.id), l.name).toEqual([])
    }
    expect(await synced(kari)).toEqual(await synced(ola))
  })

  it('a merge built on by a later merge elsewhere cannot be undone; the later one can, and leaves C with the survivor on both', async () => {
    const { folder, kari, ola, a, b, c, people } = await triplicates()
    on(ola)
    const cIntoB = await made(mergeOrganisations(b.id, c.id))
    on(kari)
    const bIntoA = await made(mergeOrganisations(a.id, b.id))
    for (const l of [kari, ola, kari]) await sync(folder, l)
    // On Ola's laptop C now names A, not B: undoing C into B would lose that.
    on(ola)
    const before = await synced(ola)
    const refused = await undoMerge(cIntoB.undo)
    expect(refused.ok).toBe(false)
    expect(await synced(ola)).toEqual(before)
    // Undone, B stands again with its own person, and C, which Ola merged into B, is with B again
    // (with its person), on both laptops: C went to A only through Kari's merge.
    on(kari)
    await made(undoMerge(bIntoA.undo))
    for (const l of [kari, ola]) await sync(folder, l)
    for (const l of [kari, ola]) {
      on(l)
      expect((await getOrganisation(b.id))?.deletedAt, l.name).toBeNull()
      expect((await getOrganisation(b.id))?.mergedInto, l.name).toBeUndefined()
      expect((await db().people.get((people[1] as { id: string }).id))?.organisationId, l.name).toBe(b.id)
      expect((await getOrganisation(c.id))?.mergedInto, l.name).toBe(b.id)
      expect((await db().people.get((people[2] as { id: string }).id))?.organisationId, l.name).toBe(b.id)
    }
    expect(await synced(kari)).toEqual(await synced(ola))
  })
})

describe('two laptops merging the same pair opposite ways, neither having seen the other', () => {
  it('keeps the later merge: its survivor stands on both laptops with both records’ people, and nothing is lost', async () => {
    const { folder, kari, ola, a, b, people } = await triplicates()
    on(kari)
    await made(mergeOrganisations(a.id, b.id))
    // Ola's merge is the later one (her clock reads later): B survives, A is merged into it.
    on(ola)
    await made(mergeOrganisations(b.id, a.id))
    for (const l of [kari, ola, kari]) await sync(folder, l)

    for (const l of [kari, ola]) {
      on(l)
      const [na, nb] = [await getOrganisation(a.id), await getOrganisation(b.id)]
      expect(nb?.deletedAt, l.name).toBeNull()
      expect(nb?.mergedInto, l.name).toBeUndefined()
      expect(na?.mergedInto, l.name).toBe(b.id)
      expect(na?.deletedAt, l.name).not.toBeNull()
      for (const p of people.slice(0, 2)) expect((await db().people.get(p.id))?.organisationId, `${l.name} ${p.name}`).toBe(b.id)
      expect(await mentioning(l, a.id), l.name).toEqual([])
    }
    expect(await synced(kari)).toEqual(await synced(ola))
  })
})

describe('a cycle whose revived record was emptied from the trash on a third laptop', () => {
  for (const order of ['emptied first', 'merges first'] as const) {
    it(`leaves it erased and deleted, naming no record, and every laptop the same (${order})`, async () => {
      const { folder, kari, ola, per, a, b } = await onThreeLaptops()
      on(kari)
      await made(mergeOrganisations(b.id, a.id))
      on(ola)
      await made(mergeOrganisations(a.id, b.id))
      // Per, having seen neither merge, trashes A (the record the cycle revives) and empties the trash.
      on(per)
      await trashOrganisation(a.id)
      await emptyTrash()
      const laptops = order === 'emptied first' ? [per, kari, ola, per, kari] : [kari, ola, per, kari, ola, per]
      for (const l of laptops) await sync(folder, l)
      for (const l of [kari, ola, per]) {
        on(l)
        const [na, nb] = [await getOrganisation(a.id), await getOrganisation(b.id)]
        expect(na?.erasedAt, l.name).toBeTruthy()
        expect(na?.deletedAt, l.name).toBeTruthy()
        expect(na?.mergedInto, l.name).toBeUndefined()
        expect(nb?.mergedInto, l.name).toBe(a.id)
      }
      expect(await synced(kari)).toEqual(await synced(ola))
      expect(await synced(per)).toEqual(await synced(ola))
    })
  }
})

/** "Bygg AS" three times on three laptops, each having seen the others' records. */
async function onThreeLaptops() {
  const { folder, kari, ola, a, b, c, people } = await triplicates()
  const per = await laptop(folder, 'Per')
  await sync(folder, per)
  return { folder, kari, ola, per, a, b, c, people }
}

/** A fork: Kari merges B into A, Ola (not having seen it) merges B into C; Per, who knows neither, is on. */
async function forkOfB() {
  const three = await onThreeLaptops()
  const { kari, ola, per, a, b, c } = three
  on(kari)
  await made(mergeOrganisations(a.id, b.id))
  on(ola)
  await made(mergeOrganisations(c.id, b.id))
  on(per)
  return three
}

describe('merges that meet in sync leave every laptop identical, whatever order they arrive in', () => {
  it('a record merged into two different records on two laptops (a fork): what a third laptop added to it ends under the later merge’s survivor everywhere, also where it arrived before that merge', async () => {
    const { folder, kari, ola, per, b, c } = await forkOfB()
    const added = await made(addPerson(b.id, { ...emptyPersonInput(), name: 'Nina Nyansatt', roles: ['klimakontakt'] }))
    // Kari learns of Nina before Ola's merge: she points her at A, with no message of her own.
    for (const l of [per, kari, ola, kari, per, ola]) await sync(folder, l)

    for (const l of [kari, ola, per]) {
      on(l)
      expect((await getOrganisation(b.id))?.mergedInto, l.name).toBe(c.id)
      expect((await db().people.get(added.id))?.organisationId, l.name).toBe(c.id)
    }
    expect(await synced(kari)).toEqual(await synced(ola))
    expect(await synced(per)).toEqual(await synced(ola))
  })

  it('in a fork, an edit of the record on a third laptop lands on the later merge’s survivor everywhere, and leaves the other as it was', async () => {
    const { folder, kari, ola, per, a, b, c } = await forkOfB()
    const o = (await getOrganisation(b.id)) as Organisation
    await made(updateOrganisation(b.id, { ...emptyOrganisationInput(), name: o.name, notes: 'Ringes i januar' }))
    // Kari lands Per's note on A (her merge's survivor) before she learns of Ola's later merge.
    for (const l of [per, kari, ola, kari, per, ola]) await sync(folder, l)

    for (const l of [kari, ola, per]) {
      on(l)
      expect((await getOrganisation(c.id))?.notes, l.name).toBe('Ringes i januar')
      expect((await getOrganisation(a.id))?.notes, l.name).toBe('')
    }
    expect(await synced(kari)).toEqual(await synced(ola))
    expect(await synced(per)).toEqual(await synced(ola))
  })

  it('a cycle meeting a chain one laptop had already flattened ends the same on every laptop', async () => {
    const { folder, kari, ola, per, a, b, c, people } = await onThreeLaptops()
    // Ola merges B into A first; Kari, later, C into B; Per, last and having seen neither, A into C.
    on(ola)
    await made(mergeOrganisations(a.id, b.id))
    on(kari)
    await made(mergeOrganisations(b.id, c.id))
    on(per)
    await made(mergeOrganisations(c.id, a.id))
    // Kari receives Ola's merge: C, merged into B, now names A there (the chain flattened). Per
    // receives all three merges at once.
    await sync(folder, ola)
    await sync(folder, kari)
    for (const l of [per, kari, ola, per, kari]) await sync(folder, l)

    const standing: string[][] = []
    for (const l of [kari, ola, per]) {
      on(l)
      const orgs = await db().organisations.toArray()
      standing.push(orgs.filter((o) => !o.deletedAt).map((o) => o.name))
      const holders = new Set(await Promise.all(people.map(async (p) => (await db().people.get(p.id))?.organisationId)))
      expect(holders.size, l.name).toBe(1)
    }
    // The cycle of three is broken at its earliest merge (B into A): B stands again, and holds all.
    expect(standing).toEqual([[b.name], [b.name], [b.name]])
    expect(await synced(kari)).toEqual(await synced(ola))
    expect(await synced(per)).toEqual(await synced(ola))
  })
})

describe('undoing a merge on a laptop that had not yet received a later merge built on it', () => {
  it('leaves every laptop with the same data', async () => {
    const { folder, kari, ola, a, b, c, people } = await triplicates()
    on(kari)
    const bIntoA = await made(mergeOrganisations(a.id, b.id))
    await sync(folder, kari)
    // Ola has Kari's merge and merges A into C: B (merged into A) now names C, by her message.
    on(ola)
    await sync(folder, ola)
    await made(mergeOrganisations(c.id, a.id))
    await sync(folder, ola)
    // Kari, not having pulled that, undoes her merge.
    on(kari)
    await made(undoMerge(bIntoA.undo))
    for (const l of [kari, ola, kari, ola]) await sync(folder, l)
    expect(await synced(kari)).toEqual(await synced(ola))
    on(kari)
    // The undo is the latest change of B: it stands again with its own person.
    expect((await getOrganisation(b.id))?.deletedAt).toBeNull()
    expect((await db().people.get((people[1] as { id: string }).id))?.organisationId).toBe(b.id)
  })
})
