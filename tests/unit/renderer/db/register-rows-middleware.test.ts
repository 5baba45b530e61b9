/**
 * The register's narrow store never drifts from organisations and people (issue 17): after every way
 * the app writes them, `registerRows` equals a fresh projection of the tables.
 */
import Dexie from 'dexie'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../renderer/db/db'
import { NfkDatabase, SCHEMA_VERSIONS } from '../../../../renderer/db/schema'
import { setUserName } from '../../../../renderer/db/repositories/base'
import { createOrganisation, emptyOrganisationInput, updateOrganisation, getOrganisation } from '../../../../renderer/db/repositories/organisations-repo'
import { addPerson, emptyPersonInput, removePerson, restorePerson, updatePerson } from '../../../../renderer/db/repositories/people-repo'
import { setPipelineStatus } from '../../../../renderer/db/repositories/status-events-repo'
import { emptyTrash, restoreOrganisation, trashOrganisation } from '../../../../renderer/db/repositories/trash-repo'
import { erasePerson } from '../../../../renderer/db/repositories/privacy-repo'
import { mergeOrganisations, mergePeople } from '../../../../renderer/db/repositories/merge-repo'
import { undoMerge } from '../../../../renderer/db/repositories/merge-undo'
import { rebuildRegisterRows, readRegisterTables } from '../../../../renderer/db/repositories/register-repo'
import { registerRowsMiddleware } from '../../../../renderer/db/register-rows-middleware'
import type { ActiveEntry } from '../../../../renderer/domain/organisation/register-entry'
import { seedOrganisations } from '../../../fixtures/seed-organisations'
import { freshDatabase, made } from '../db-helpers'
import { expectStoreInStep } from './register-store-helpers'

const input = (name: string, orgNumber = '') => ({ ...emptyOrganisationInput(), name, orgNumber })
const person = (name: string, roles: ('klimakontakt' | 'toppleder' | 'annen')[] = ['annen'], email = '') => ({ ...emptyPersonInput(), name, email, roles })

describe('the register store, kept by the middleware in every write’s transaction', () => {
  let database: NfkDatabase
  beforeEach(async () => {
    database = await freshDatabase()
    await setUserName('Kari Nordmann')
  })

  it('follows the repositories: organisations made, renamed, given a status; people added, edited, removed and restored', async () => {
    const aker = await made(createOrganisation(input('Aker Sol AS')))
    const berg = await made(createOrganisation(input('Berg Bygg AS')))
    await expectStoreInStep(database, 'created')
    await made(updateOrganisation(aker.id, { ...input('Aker Vind AS'), sector: 'Energi' }))
    await setPipelineStatus(berg.id, 'godkjent', '2026-11-01')
    await expectStoreInStep(database, 'edited')
    const kari = await made(addPerson(aker.id, person('Kari Berg', ['klimakontakt'])))
    const ola = await made(addPerson(aker.id, person('Ola Dal')))
    expect((await database.registerRows.get(aker.id)) as unknown).toMatchObject({ name: 'Aker Vind AS', contact: 'Kari Berg', people: expect.arrayContaining(['Kari Berg', 'Ola Dal']) })
    await made(updatePerson(ola.id, person('Ola Dalen', ['klimakontakt'])))
    await made(updatePerson(kari.id, person('Kari Berg')))
    await expectStoreInStep(database, 'people edited')
    expect((await database.registerRows.get(aker.id)) as unknown).toMatchObject({ contact: 'Ola Dalen' })
    await removePerson(ola.id)
    await expectStoreInStep(database, 'person removed')
    await restorePerson(ola.id)
    await expectStoreInStep(database, 'person restored')
  })

  it('follows the trash: moved there, restored, moved again and emptied for good', async () => {
    const gone = await made(createOrganisation(input('Borte AS')))
    await made(addPerson(gone.id, person('Per Borte', ['klimakontakt'], 'per@borte.no')))
    await made(createOrganisation(input('Blir AS')))
    await trashOrganisation(gone.id)
    await expectStoreInStep(database, 'trashed')
    expect(await database.registerRows.get(gone.id)).toEqual({ id: gone.id, state: 'trashed' })
    await restoreOrganisation(gone.id)
    await expectStoreInStep(database, 'restored')
    await trashOrganisation(gone.id)
    expect(await emptyTrash()).toBe(1)
    await expectStoreInStep(database, 'emptied')
    expect(await database.registerRows.get(gone.id)).toEqual({ id: gone.id, state: 'gone' })
    expect((await readRegisterTables()).trashed).toBe(0)
  })

  it('follows an erasure of a person', async () => {
    const org = await made(createOrganisation(input('Aker Sol AS')))
    const kari = await made(addPerson(org.id, person('Kari Berg', ['klimakontakt'], 'kari@aker.no')))
    await erasePerson(kari.id)
    await expectStoreInStep(database, 'erased')
    expect((await database.registerRows.get(org.id)) as unknown).toMatchObject({ contact: null, people: [] })
  })

  it('follows a merge of organisations and of people, and their undo', async () => {
    const a = await made(createOrganisation(input('Bygg AS')))
    const b = await made(createOrganisation(input('Bygg as')))
    await made(addPerson(a.id, person('Kari Berg', ['toppleder'], 'kari@bygg.no')))
    await made(addPerson(b.id, person('Ola Dal', ['klimakontakt'], 'ola@bygg.no')))
    const merged = await made(mergeOrganisations(a.id, b.id))
    await expectStoreInStep(database, 'organisations merged')
    // The merged-away record's person moved to the survivor, and the survivor shows them.
    expect((await database.registerRows.get(a.id)) as unknown).toMatchObject({ contact: 'Ola Dal' })
    expect(await database.registerRows.get(b.id)).toEqual({ id: b.id, state: 'gone' })
    await made(undoMerge(merged.undo))
    await expectStoreInStep(database, 'merge undone')
    expect((await database.registerRows.get(b.id)) as unknown).toMatchObject({ state: 'active', contact: 'Ola Dal' })

    const p1 = await made(addPerson(a.id, person('Per Hansen', ['annen'], 'per@bygg.no')))
    const p2 = await made(addPerson(a.id, person('Per Hansen', ['klimakontakt'], 'per@bygg.no')))
    const people = await made(mergePeople(p1.id, p2.id))
    await expectStoreInStep(database, 'people merged')
    await made(undoMerge(people.undo))
    await expectStoreInStep(database, 'people merge undone')
  })

  it('makes again only the entries of the organisations a write touched (a person’s old and new one)', async () => {
    const [a, b, c] = [await made(createOrganisation(input('A AS'))), await made(createOrganisation(input('B AS'))), await made(createOrganisation(input('C AS')))]
    const kari = await made(addPerson(a.id, person('Kari Berg', ['klimakontakt'])))
    // A mark on each entry that no projection writes: only an entry made again loses it.
    for (const id of [a.id, b.id, c.id]) {
      const marked: ActiveEntry = { ...((await database.registerRows.get(id)) as ActiveEntry), name: 'merket' }
      await database.registerRows.put(marked)
    }
    await database.people.put({ ...(await database.people.get(kari.id))!, organisationId: b.id })
    const names = Object.fromEntries((await database.registerRows.toArray()).map((e) => [e.id, e.state === 'active' ? e.name : e.state]))
    expect(names).toEqual({ [a.id]: 'A AS', [b.id]: 'B AS', [c.id]: 'merket' })
    expect((await database.registerRows.get(b.id)) as unknown).toMatchObject({ contact: 'Kari Berg' })
  })

  it('leaves store and tables as they were when the transaction fails', async () => {
    const org = await made(createOrganisation(input('Aker Sol AS')))
    const before = await database.registerRows.toArray()
    await expect(
      database.transaction('rw', database.organisations, async () => {
        await database.organisations.put({ ...(await database.organisations.get(org.id))!, name: 'Aldri Lagret AS' })
        await database.organisations.put({ ...(await database.organisations.get(org.id))!, id: 'new-one', name: 'Heller Ikke AS' })
        throw new Error('stopped')
      }),
    ).rejects.toThrow('stopped')
    expect((await getOrganisation(org.id))?.name).toBe('Aker Sol AS')
    expect(await database.registerRows.toArray()).toEqual(before)
    await expectStoreInStep(database, 'after the abort')
  })

  it('follows bulk writes, people moved between organisations, deletes and a cleared table', async () => {
    const seed = seedOrganisations(500, 3)
    // Many organisations, most of the people: the people are read in one pass.
    await database.organisations.bulkPut(seed.organisations)
    await database.people.bulkPut(seed.people)
    await expectStoreInStep(database, 'bulk')
    // Many organisations, a small share of the people: their people are asked for by organisation.
    const renamed = [...new Map(seed.people.map((p) => [p.organisationId, p])).values()].slice(0, 210).map((p) => ({ ...p, name: `${p.name} Omdøpt` }))
    expect(seed.people.length).toBeGreaterThan(4 * renamed.length)
    await database.people.bulkPut(renamed)
    await expectStoreInStep(database, 'bulk rename')
    const [first, second] = seed.organisations
    const moving = seed.people.find((p) => p.organisationId === first!.id)!
    await database.people.put({ ...moving, organisationId: second!.id })
    await expectStoreInStep(database, 'moved')
    await database.people.where('organisationId').equals(second!.id).modify({ deletedAt: '2026-11-28T10:00:00.000Z' })
    await database.organisations.delete(first!.id)
    await database.people.bulkDelete(seed.people.slice(0, 20).map((p) => p.id))
    await expectStoreInStep(database, 'deleted')
    await database.people.clear()
    await expectStoreInStep(database, 'people cleared')
    await database.organisations.clear()
    await expectStoreInStep(database, 'organisations cleared')
    expect(await database.registerRows.count()).toBe(0)
  })

  it('is made by the version 7 upgrade from the rows a version 6 database holds', async () => {
    const name = `upgrade-${Date.now()}`
    const seed = seedOrganisations(40, 5)
    const old = new Dexie(name)
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 6)) old.version(v.version).stores(v.stores)
    await old.open()
    await old.table('organisations').bulkPut(seed.organisations)
    await old.table('people').bulkPut(seed.people)
    old.close()
    const upgraded = new NfkDatabase(name)
    await upgraded.open()
    try {
      expect(upgraded.verno).toBe(7)
      expect(await upgraded.registerRows.count()).toBe(40)
      await expectStoreInStep(upgraded, 'upgraded')
    } finally {
      upgraded.close()
    }
  })

  it('leaves a database without the store alone (one opened at an older version’s schema)', async () => {
    const old = new Dexie(`older-${Date.now()}`)
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 6)) old.version(v.version).stores(v.stores)
    old.use(registerRowsMiddleware())
    await old.open()
    try {
      await old.table('organisations').put({ id: 'o1', name: 'Aker Sol AS', deletedAt: null })
      await old.table('people').put({ id: 'p1', organisationId: 'o1', name: 'Kari Berg', roles: [], deletedAt: null })
      expect(await old.table('organisations').count()).toBe(1)
    } finally {
      old.close()
    }
  })

  it('fails the write, and keeps nothing of it, when the register store cannot be written', async () => {
    // IndexedDB reports a put that failed among others without failing the request (a full disk,
    // say): a saved organisation without its register entry would be drift, so the save fails whole.
    const failing = new NfkDatabase(`failing-store-${Date.now()}`)
    failing.use({
      stack: 'dbcore',
      name: 'store-write-fails',
      level: -1,
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name)
          if (name !== 'registerRows') return table
          return { ...table, mutate: async (req) => (req.type === 'put' ? { numFailures: 1, failures: { 0: new Error('disken er full') }, lastResult: undefined } : table.mutate(req)) }
        },
      }),
    })
    await failing.open()
    try {
      await expect(failing.organisations.add({ id: 'o1', name: 'Aker Sol AS', deletedAt: null } as never)).rejects.toThrow('disken er full')
      expect(await failing.organisations.count()).toBe(0)
      expect(await failing.registerRows.count()).toBe(0)
    } finally {
      failing.close()
    }
  })

  it('is made again from the tables by a rebuild, after rows were written past Dexie', async () => {
    await made(createOrganisation(input('Aker Sol AS')))
    await database.registerRows.clear()
    await rebuildRegisterRows()
    await expectStoreInStep(database, 'rebuilt')
    expect(db()).toBe(database)
  })
})
