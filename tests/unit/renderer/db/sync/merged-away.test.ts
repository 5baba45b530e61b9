import { describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import type { Organisation } from '../../../../../renderer/db/models'
import { mergeOrganisations, mergePeople } from '../../../../../renderer/db/repositories/merge-repo'
import { undoMerge } from '../../../../../renderer/db/repositories/merge-undo'
import { createOrganisation, emptyOrganisationInput, getOrganisation, updateOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson, emptyPersonInput, updatePerson } from '../../../../../renderer/db/repositories/people-repo'
import { listConflicts } from '../../../../../renderer/db/repositories/sync-repo'
import { emptyTrash, trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import { isSyncedTable } from '../../../../../renderer/domain/sync/fields'
import { made } from '../../db-helpers'
import { laptop, MemoryFolder, on, org, sync, type Laptop } from './memory-folder'

const edit = async (id: string, change: Partial<Organisation>) => {
  const o = (await getOrganisation(id)) as Organisation
  await made(updateOrganisation(id, { ...emptyOrganisationInput(), name: o.name, address: o.address, notes: o.notes, website: o.website, ...change }))
}

/** Kari has "Bygg AS", Ola made "Bygg as" on his laptop: the same organisation twice, on both laptops. */
async function duplicates() {
  const folder = new MemoryFolder()
  const kari = await laptop(folder, 'Kari')
  const a = await made(createOrganisation(org('Bygg AS')))
  await sync(folder, kari)
  const ola = await laptop(folder, 'Ola')
  const b = await made(createOrganisation(org('Bygg as')))
  await sync(folder, ola)
  await sync(folder, kari)
  return { folder, kari, ola, a, b }
}

/** Every row of every table that travels, history included. */
async function synced(l: Laptop) {
  on(l)
  const out: Record<string, unknown[]> = {}
  for (const t of l.db.tables) if (isSyncedTable(t.name)) out[t.name] = await t.orderBy(':id').toArray()
  return out
}

/** Everything both laptops hold of the register: organisations and people. */
async function register(l: Laptop) {
  on(l)
  return { organisations: await db().organisations.orderBy('id').toArray(), people: await db().people.orderBy('id').toArray() }
}

describe('sync after a duplicate merge: what another laptop did to the merged-away record lands on the survivor', () => {
  it('a person added and an address typed on the other laptop, before it saw the merge, end on the survivor on both laptops', async () => {
    const { folder, kari, ola, a, b } = await duplicates()
    on(kari)
    await made(mergeOrganisations(a.id, b.id))
    await sync(folder, kari)
    on(ola)
    const person = await made(addPerson(b.id, { ...emptyPersonInput(), name: 'Per Hansen', roles: ['klimakontakt'] }))
    await edit(b.id, { address: { street: 'Storgata 1', postalCode: '0155', municipality: 'Oslo' } })
    for (const l of [ola, kari, ola]) await sync(folder, l)

    for (const l of [kari, ola]) {
      on(l)
      expect((await db().people.get(person.id))?.organisationId).toBe(a.id)
      expect((await getOrganisation(a.id))?.address.street).toBe('Storgata 1')
      const merged = await getOrganisation(b.id)
      expect(merged?.deletedAt).not.toBeNull()
      expect(merged?.mergedInto).toBe(a.id)
      expect(await listConflicts()).toEqual([])
    }
    expect(await register(kari)).toEqual(await register(ola))
  })

  it('the same when the other laptop’s changes reach the merging laptop first', async () => {
    const { folder, kari, ola, a, b } = await duplicates()
    on(ola)
    const person = await made(addPerson(b.id, { ...emptyPersonInput(), name: 'Per Hansen', roles: ['klimakontakt'] }))
    await edit(b.id, { notes: 'Ringes i januar' })
    await sync(folder, ola)
    // Kari merges without having pulled Ola's changes, then syncs.
    on(kari)
    await made(mergeOrganisations(a.id, b.id))
    for (const l of [kari, ola, kari]) await sync(folder, l)

    for (const l of [kari, ola]) {
      on(l)
      expect((await db().people.get(person.id))?.organisationId).toBe(a.id)
      expect((await getOrganisation(a.id))?.notes).toBe('Ringes i januar')
      expect((await getOrganisation(b.id))?.deletedAt).not.toBeNull()
    }
    expect(await register(kari)).toEqual(await register(ola))
  })

  it('a laptop that joined from a snapshot holding the merged-away record’s edit lands it on the survivor like the others', async () => {
    const { folder, kari, ola, a, b } = await duplicates()
    on(ola)
    await edit(b.id, { notes: 'Ringes i januar' })
    // Ola's round writes a snapshot with the note; Siv joins from it (its cells kept as blocks there).
    folder.snapshotEvery = 1
    await sync(folder, ola)
    folder.snapshotEvery = 1_000_000
    const siv = await laptop(folder, 'Siv')
    await sync(folder, siv)
    expect(folder.snapshots).toHaveLength(1)
    // Kari merges without having seen Ola's note.
    on(kari)
    await made(mergeOrganisations(a.id, b.id))
    for (const l of [kari, siv, ola, kari, siv]) await sync(folder, l)

    for (const l of [kari, ola, siv]) {
      on(l)
      expect((await getOrganisation(a.id))?.notes, l.name).toBe('Ringes i januar')
      expect((await getOrganisation(b.id))?.mergedInto).toBe(a.id)
    }
    expect(await register(siv)).toEqual(await register(kari))
    expect(await register(siv)).toEqual(await register(ola))
  })

  it('an edit the merge had seen does not override the value chosen in the merge', async () => {
    const { folder, kari, ola, a, b } = await duplicates()
    on(kari)
    await edit(a.id, { notes: 'Karis notat' })
    on(ola)
    await edit(b.id, { notes: 'Olas notat' })
    for (const l of [ola, kari]) await sync(folder, l)
    on(kari)
    // Kari saw Ola's note and kept her own.
    await made(mergeOrganisations(a.id, b.id, { notes: 'survivor' }))
    for (const l of [kari, ola]) await sync(folder, l)
    for (const l of [kari, ola]) {
      on(l)
      expect((await getOrganisation(a.id))?.notes).toBe('Karis notat')
    }
  })

  it('the survivor’s field changed concurrently is one true conflict on both laptops, with the same value on both', async () => {
    const { folder, kari, ola, a, b } = await duplicates()
    on(kari)
    await made(mergeOrganisations(a.id, b.id))
    await edit(a.id, { website: 'https://bygg.no' })
    on(ola)
    await edit(b.id, { website: 'https://bygg-as.no' })
    for (const l of [kari, ola, kari, ola]) await sync(folder, l)
    const websites: unknown[] = []
    for (const l of [kari, ola]) {
      on(l)
      websites.push((await getOrganisation(a.id))?.website)
      const conflicts = await listConflicts()
      expect(conflicts.map((c) => `${c.row} ${c.field}`)).toEqual([`${a.id} website`])
      expect(conflicts[0]?.sides.map((s) => `${s.userName}: ${String(s.value)}`).sort()).toEqual(['Kari: https://bygg.no', 'Ola: https://bygg-as.no'])
    }
    // The latest clock holds until someone decides: Ola's edit was made last.
    expect(websites).toEqual(['https://bygg-as.no', 'https://bygg-as.no'])
    expect(await register(kari)).toEqual(await register(ola))
  })

  it('a phone number given to a merged-away person on the other laptop lands on the person who remains', async () => {
    const { folder, kari, ola, a } = await duplicates()
    on(kari)
    const first = await made(addPerson(a.id, { ...emptyPersonInput(), name: 'Per Hansen', email: 'per@bygg.no', roles: ['klimakontakt'] }))
    const second = await made(addPerson(a.id, { ...emptyPersonInput(), name: 'Per Hansen', email: 'PER@bygg.no', roles: ['toppleder'] }))
    for (const l of [kari, ola]) await sync(folder, l)
    on(kari)
    await made(mergePeople(first.id, second.id))
    on(ola)
    await made(updatePerson(second.id, { name: 'Per Hansen', title: '', email: 'PER@bygg.no', phone: '98765432', roles: ['toppleder'] }))
    for (const l of [kari, ola, kari]) await sync(folder, l)
    for (const l of [kari, ola]) {
      on(l)
      expect((await db().people.get(first.id))?.phone).toBe('98765432')
      expect((await db().people.get(second.id))?.deletedAt).not.toBeNull()
    }
    expect(await register(kari)).toEqual(await register(ola))
  })

  it('the merge’s own blanking of the merged-away person (title, phone) never lands on the person who remains on the other laptop', async () => {
    const { folder, kari, ola, a } = await duplicates()
    on(kari)
    const one = await made(addPerson(a.id, { ...emptyPersonInput(), name: 'Per Hansen', email: 'per@bygg.no', title: 'Daglig leder', roles: ['klimakontakt'] }))
    const two = await made(addPerson(a.id, { ...emptyPersonInput(), name: 'Per Hansen', email: 'PER@bygg.no', phone: '98765432', roles: ['toppleder'] }))
    for (const l of [kari, ola]) await sync(folder, l)
    // Ola keeps the second record: its title is filled in from the first, which is blanked (its
    // title is stamped after its `mergedInto`, in the same write).
    on(ola)
    await made(mergePeople(two.id, one.id))
    for (const l of [ola, kari]) await sync(folder, l)
    for (const l of [kari, ola]) {
      on(l)
      expect((await db().people.get(two.id))?.title, l.name).toBe('Daglig leder')
      expect((await db().people.get(two.id))?.phone, l.name).toBe('98765432')
      expect(await listConflicts()).toEqual([])
    }
    expect(await register(kari)).toEqual(await register(ola))
  })

  for (const first of ['Kari', 'Ola'] as const) {
    it(`a role given to a merged-away person on the other laptop joins the roles of the person who remains (${first} syncs first)`, async () => {
      const { folder, kari, ola, a } = await duplicates()
      on(kari)
      const one = await made(addPerson(a.id, { ...emptyPersonInput(), name: 'Per Hansen', email: 'per@bygg.no', roles: ['klimakontakt'] }))
      const two = await made(addPerson(a.id, { ...emptyPersonInput(), name: 'Per Hansen', email: 'PER@bygg.no', roles: ['toppleder'] }))
      for (const l of [kari, ola]) await sync(folder, l)
      on(kari)
      await made(mergePeople(one.id, two.id))
      on(ola)
      await made(updatePerson(two.id, { name: 'Per Hansen', title: '', email: 'PER@bygg.no', phone: '', roles: ['toppleder', 'annen'] }))
      for (const l of first === 'Kari' ? [kari, ola, kari] : [ola, kari, ola]) await sync(folder, l)
      for (const l of [kari, ola]) {
        on(l)
        expect((await db().people.get(one.id))?.roles, l.name).toEqual(['toppleder', 'klimakontakt', 'annen'].sort())
        expect((await db().people.get(two.id))?.mergedInto, l.name).toBe(one.id)
      }
      expect(await register(kari)).toEqual(await register(ola))
    })
  }

  it('an undone merge reaches the other laptop as ordinary changes: both are back there too', async () => {
    const { folder, kari, ola, a, b } = await duplicates()
    on(ola)
    const person = await made(addPerson(b.id, { ...emptyPersonInput(), name: 'Per Hansen', roles: ['klimakontakt'] }))
    for (const l of [ola, kari]) await sync(folder, l)
    on(kari)
    const done = await made(mergeOrganisations(a.id, b.id))
    await sync(folder, kari)
    await sync(folder, ola)
    expect((await db().people.get(person.id))?.organisationId).toBe(a.id)
    on(kari)
    await made(undoMerge(done.undo))
    for (const l of [kari, ola]) await sync(folder, l)
    for (const l of [kari, ola]) {
      on(l)
      expect((await db().people.get(person.id))?.organisationId).toBe(b.id)
      expect((await getOrganisation(b.id))?.deletedAt).toBeNull()
      expect((await getOrganisation(b.id))?.mergedInto).toBeUndefined()
    }
    expect(await register(kari)).toEqual(await register(ola))
  })

  // Not the history: an audit entry about a record that arrives after its erasure there is not
  // anonymised there (sync-apply-repo's enforceErasures looks only at newly erased records), the
  // merge's own entry included. Reported; outside the merge.
  it('a laptop that empties the merged-away organisation from its trash while the other merges it ends with the same data', async () => {
    const { folder, kari, ola, a, b } = await duplicates()
    on(ola)
    await trashOrganisation(b.id)
    await emptyTrash()
    on(kari)
    await made(mergeOrganisations(a.id, b.id))
    for (const l of [kari, ola, kari, ola]) await sync(folder, l)
    const { auditLog: _k, ...onKari } = await synced(kari)
    const { auditLog: _o, ...onOla } = await synced(ola)
    expect(onKari).toEqual(onOla)
  })
})
