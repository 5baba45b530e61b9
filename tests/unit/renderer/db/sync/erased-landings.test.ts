/**
 * An erasure wins over every edit, also one that had landed on a survivor: the laptop that merged
 * takes the landing back when the erasure arrives, so it ends with what the laptops that never saw
 * the (since redacted) edit hold. The property test found the organisation case (seed -1348431237).
 */
import { describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import type { Organisation } from '../../../../../renderer/db/models'
import { mergeOrganisations, mergePeople } from '../../../../../renderer/db/repositories/merge-repo'
import { createOrganisation, emptyOrganisationInput, getOrganisation, updateOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson, emptyPersonInput, updatePerson } from '../../../../../renderer/db/repositories/people-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { listConflicts } from '../../../../../renderer/db/repositories/sync-repo'
import { emptyTrash, trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import { made } from '../../db-helpers'
import { laptop, MemoryFolder, on, org, sync, type Laptop } from './memory-folder'


/** Everything the three laptops hold of the register, and their open conflicts. */
async function register(l: Laptop) {
  on(l)
  return { organisations: await db().organisations.orderBy('id').toArray(), people: await db().people.orderBy('id').toArray(), conflicts: await listConflicts() }
}

/** Kari, Ola and Per in one folder; Kari registered "Bygg AS", Ola "Bygg as"; all have both. */
async function setUp() {
  const folder = new MemoryFolder()
  const kari = await laptop(folder, 'Kari')
  const a = await made(createOrganisation(org('Bygg AS')))
  const ola = await laptop(folder, 'Ola')
  const b = await made(createOrganisation(org('Bygg as')))
  const per = await laptop(folder, 'Per')
  for (const l of [kari, ola, per, kari, ola]) await sync(folder, l)
  return { folder, kari, ola, per, a, b }
}

describe('an erasure of a merged-away record takes back its edits that landed on the survivor', () => {
  it('a note on an organisation whose trash was emptied leaves the survivor it landed on, on the merging laptop too', async () => {
    const { folder, kari, ola, per, a, b } = await setUp()
    on(ola)
    const o = (await getOrganisation(b.id)) as Organisation
    await made(updateOrganisation(b.id, { ...emptyOrganisationInput(), name: o.name, notes: 'Nei' }))
    await trashOrganisation(b.id)
    await sync(folder, ola)
    // Kari has not pulled the note nor the trash: to her they are two duplicates, and she merges them.
    on(kari)
    await made(mergeOrganisations(a.id, b.id))
    // Ola empties the trash before he sees the merge.
    on(ola)
    await emptyTrash()
    // Kari pulls the note (the emptying is not in the folder yet) and lands it on the survivor.
    await sync(folder, kari)
    on(kari)
    expect((await getOrganisation(a.id))?.notes).toBe('Nei')
    for (let round = 0; round < 2; round++) for (const l of [ola, kari, per]) await sync(folder, l)

    for (const l of [kari, ola, per]) {
      on(l)
      expect((await getOrganisation(a.id))?.notes, l.name).toBe('')
      expect((await getOrganisation(b.id))?.mergedInto, l.name).toBe(a.id)
    }
    expect(await register(kari)).toEqual(await register(ola))
    expect(await register(per)).toEqual(await register(ola))
    // The note itself is redacted from the folder: only Kari ever held it on the survivor.
    const notes = [...folder.files.values()].flat().flatMap((f) => f.messages.filter((m) => m.table === 'organisations' && m.field === 'notes').map((m) => m.value))
    expect(notes).not.toContain('Nei')
  })

  it('a conflict the landing raised on the merging laptop goes with the erased note', async () => {
    const { folder, kari, ola, per, a, b } = await setUp()
    on(ola)
    const o = (await getOrganisation(b.id)) as Organisation
    await made(updateOrganisation(b.id, { ...emptyOrganisationInput(), name: o.name, notes: 'Nei' }))
    await trashOrganisation(b.id)
    await sync(folder, ola)
    on(kari)
    await made(mergeOrganisations(a.id, b.id))
    // Kari writes her own note on the survivor, not having seen Ola's: the two are concurrent.
    await made(updateOrganisation(a.id, { ...emptyOrganisationInput(), name: 'Bygg AS', notes: 'Ja' }))
    on(ola)
    await emptyTrash()
    await sync(folder, kari)
    on(kari)
    expect((await listConflicts()).find((c) => c.field === 'notes')?.sides.map((s) => s.value)).toEqual(['Nei', 'Ja'])
    for (let round = 0; round < 2; round++) for (const l of [ola, kari, per]) await sync(folder, l)

    for (const l of [kari, ola, per]) {
      on(l)
      expect((await getOrganisation(a.id))?.notes, l.name).toBe('Ja')
      expect(await listConflicts(), l.name).toEqual([])
    }
    expect(await register(kari)).toEqual(await register(ola))
  })

  it('a title given to a person who was then erased leaves the person it landed on', async () => {
    const { folder, kari, ola, per, a } = await setUp()
    on(kari)
    const first = await made(addPerson(a.id, { ...emptyPersonInput(), name: 'Kari Nordmann', email: 'kari@bygg.no', roles: ['klimakontakt'] }))
    const second = await made(addPerson(a.id, { ...emptyPersonInput(), name: 'Kari Nordmann', email: 'Kari@bygg.no', roles: ['klimakontakt'] }))
    for (const l of [kari, ola, per]) await sync(folder, l)
    on(ola)
    await made(updatePerson(second.id, { name: 'Kari Nordmann', title: 'Daglig leder', phone: '', email: 'Kari@bygg.no', roles: ['klimakontakt'] }))
    await sync(folder, ola)
    on(kari)
    await made(mergePeople(first.id, second.id))
    on(ola)
    await erasePerson(second.id)
    await sync(folder, kari)
    on(kari)
    expect((await db().people.get(first.id))?.title).toBe('Daglig leder')
    for (let round = 0; round < 2; round++) for (const l of [ola, kari, per]) await sync(folder, l)

    for (const l of [kari, ola, per]) {
      on(l)
      expect((await db().people.get(first.id))?.title, l.name).toBe('')
    }
    expect(await register(kari)).toEqual(await register(ola))
    expect(await register(per)).toEqual(await register(ola))
  })
})
