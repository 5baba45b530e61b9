import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db, useDatabase } from '../../../../../renderer/db/db'
import { applyImport, readAllTables } from '../../../../../renderer/db/repositories/backup-repo'
import { nowIso, setClock } from '../../../../../renderer/db/repositories/base'
import { mergeOrganisations } from '../../../../../renderer/db/repositories/merge-repo'
import { createOrganisation, emptyOrganisationInput, getOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson, emptyPersonInput } from '../../../../../renderer/db/repositories/people-repo'
import { localFieldTimes } from '../../../../../renderer/db/repositories/sync-import-repo'
import { planImport } from '../../../../../renderer/domain/backup/plan'
import { mergeConflictsByField } from '../../../../../renderer/domain/sync/import-merge'
import { applied } from '../repositories/backup/pipeline'
import { made } from '../../db-helpers'
import type { Organisation } from '../../../../../renderer/db/models'
import { at, byggChangedOnBoth, changeOrganisation, exportHere, perFrom, readBack, unsyncedLaptop } from './file-copies'
import { laptop, MemoryFolder, on, sync, type Laptop } from './memory-folder'

async function mergeOnKari(kari: Laptop, bytes: Uint8Array) {
  const file = await readBack(bytes)
  on(kari)
  const plan = planImport(file, await readAllTables(), 'merge', { now: nowIso() })
  return { plan, byField: mergeConflictsByField(plan, await localFieldTimes(plan)) }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  setClock(() => new Date())
})
afterEach(() => {
  vi.useRealTimers()
})

describe('a merge import on a synced laptop settles rows changed on both sides field by field', () => {
  it('keeps this laptop’s later edit of one field and takes the file’s edit of another, with no question, and sends the result', async () => {
    at(0)
    const folder = new MemoryFolder()
    const kari = await laptop(folder, 'Kari')
    const { bygg, fromPer } = await byggChangedOnBoth()
    const { plan, byField } = await mergeOnKari(kari, fromPer)
    // Row by row, this is a question; field by field, it is none.
    expect(plan.conflicts.map((c) => c.id)).toEqual([bygg.id])
    expect(byField.conflicts).toEqual([])
    await applied(applyImport(byField, new Map()))
    const merged = await getOrganisation(bygg.id)
    expect(merged?.notes).toBe('Per ringte')
    expect(merged?.website).toBe('https://bygg.no')

    // The import's writes travel as field messages: another laptop ends with both edits.
    await sync(folder, kari)
    const ola = await laptop(folder, 'Ola')
    await sync(folder, ola)
    expect(await getOrganisation(bygg.id)).toMatchObject({ notes: 'Per ringte', website: 'https://bygg.no' })
  })

  it('asks only about a field either side may have changed last, keeping the undisputed fields whichever side is chosen', async () => {
    at(0)
    const folder = new MemoryFolder()
    const kari = await laptop(folder, 'Kari')
    const bygg = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Bygg AS', notes: 'Første møte' }))
    at(5)
    const shared = await exportHere()
    const per = await perFrom(shared)
    on(kari)
    at(8)
    await changeOrganisation(bygg.id, { notes: 'Kari ringte' })
    useDatabase(per)
    at(10)
    await changeOrganisation(bygg.id, { notes: 'Per ringte', website: 'https://bygg.no' })
    at(15)
    const fromPer = await exportHere()

    at(25)
    const { byField } = await mergeOnKari(kari, fromPer)
    expect(byField.conflicts).toHaveLength(1)
    const [conflict] = byField.conflicts
    expect(conflict?.local).toMatchObject({ notes: 'Kari ringte', website: 'https://bygg.no' })
    expect(conflict?.incoming).toMatchObject({ notes: 'Per ringte', website: 'https://bygg.no' })
    await applied(applyImport(byField, new Map([[conflict?.key as string, 'local']])))
    expect(await getOrganisation(bygg.id)).toMatchObject({ notes: 'Kari ringte', website: 'https://bygg.no' })
  })

  it('changes nothing for a laptop that does not sync: a row changed on both sides stays one question', async () => {
    at(0)
    await unsyncedLaptop('Kari')
    const { bygg, fromPer: bytes } = await byggChangedOnBoth()
    const fromPer = await readBack(bytes)
    const plan = planImport(fromPer, await readAllTables(), 'merge', { now: nowIso() })
    expect(plan.conflicts.map((c) => c.id)).toEqual([bygg.id])
    expect(mergeConflictsByField(plan, await localFieldTimes(plan)).conflicts).toEqual(plan.conflicts)
  })
})

/** "Bygg AS" registered as A, B and C, each with its contact person, at 10:00 on the running laptop. */
async function triplicates(): Promise<Organisation[]> {
  at(0)
  const out: Organisation[] = []
  for (const name of ['Bygg AS', 'Bygg as', 'BYGG AS']) {
    const o = await made(createOrganisation({ ...emptyOrganisationInput(), name }))
    await made(addPerson(o.id, { ...emptyPersonInput(), name: `Kontakt ${name}`, roles: ['klimakontakt'] }))
    out.push(o)
  }
  return out
}

/**
 * What the user sees of the merges on the running laptop, by name (the two stories below make their
 * own ids): which records stand, which are merged into which, whose contact people are where, and
 * whether anything but history still names a merged-away record.
 */
async function outcome() {
  const orgs = await db().organisations.orderBy('name').toArray()
  const nameOf = new Map(orgs.map((o) => [o.id, o.name]))
  const people = (await db().people.toArray()).sort((x, y) => (x.name < y.name ? -1 : 1))
  const gone = orgs.filter((o) => o.mergedInto).map((o) => o.id)
  const rows = [...orgs.filter((o) => !o.mergedInto), ...people, ...(await db().registrations.toArray())]
  return {
    organisations: orgs.map((o) => ({ name: o.name, standing: !o.deletedAt, mergedInto: o.mergedInto ? nameOf.get(o.mergedInto) : null })),
    people: people.map((p) => ({ name: p.name, organisation: nameOf.get(p.organisationId) })),
    mentioningMergedAway: rows.filter((r) => gone.some((id) => JSON.stringify(r).includes(id))).length,
  }
}

/** The same merges made on two laptops that share a folder: what sync leaves (on the first laptop). */
async function throughTheFolder(merges: (a: string, b: string, c: string) => Merges) {
  const folder = new MemoryFolder()
  const kari = await laptop(folder, 'Kari')
  const [a, b, c] = (await triplicates()).map((o) => o.id) as [string, string, string]
  await sync(folder, kari)
  const ola = await laptop(folder, 'Ola')
  await sync(folder, ola)
  const [here, there] = merges(a, b, c)
  on(kari)
  at(10)
  await made(mergeOrganisations(...here))
  on(ola)
  at(15)
  await made(mergeOrganisations(...there))
  for (const l of [kari, ola, kari]) await sync(folder, l)
  on(kari)
  return outcome()
}

/** The same merges on two copies that travel by file: each imports the other's file (merge), as the secretariat did before sync. */
async function throughFiles(merges: (a: string, b: string, c: string) => Merges) {
  const kari = await unsyncedLaptop('Kari')
  const [a, b, c] = (await triplicates()).map((o) => o.id) as [string, string, string]
  at(5)
  const per = await perFrom(await exportHere())
  const [here, there] = merges(a, b, c)
  useDatabase(kari.db)
  at(10)
  await made(mergeOrganisations(...here))
  at(12)
  const fromKari = await exportHere()
  useDatabase(per)
  at(15)
  await made(mergeOrganisations(...there))
  at(20)
  const fromPer = await exportHere()
  const results = []
  for (const [copy, file] of [[kari.db, fromPer], [per, fromKari]] as const) {
    useDatabase(copy)
    at(25)
    const plan = planImport(await readBack(file), await readAllTables(), 'merge', { now: nowIso() })
    expect(plan.problems).toEqual([])
    await applied(applyImport(plan, new Map()))
    results.push(await outcome())
  }
  return results
}

type Merges = [here: [string, string], there: [string, string]]
/** B into A here; A into B there, later: a cycle. */
const opposite = (a: string, b: string): Merges => [
  [a, b],
  [b, a],
]
/** B into A here; B into C there, later: a fork. */
const fork = (a: string, b: string, c: string): Merges => [
  [a, b],
  [c, b],
]
/** B into A here; C into B there: a chain. */
const chain = (a: string, b: string, c: string): Merges => [
  [a, b],
  [b, c],
]

describe('a merge import of a file whose copy merged duplicates ends as sync ends the same merges', () => {
  it('a cycle (B into A here, A into B there, later): the later merge stands on both copies, B is back with both contact people, and nothing names A', async () => {
    const [kari, per] = await throughFiles(opposite)
    expect(kari?.organisations).toEqual([
      { name: 'BYGG AS', standing: true, mergedInto: null },
      { name: 'Bygg AS', standing: false, mergedInto: 'Bygg as' },
      { name: 'Bygg as', standing: true, mergedInto: null },
    ])
    expect(kari?.people.filter((p) => p.name !== 'Kontakt BYGG AS').map((p) => p.organisation)).toEqual(['Bygg as', 'Bygg as'])
    expect(kari?.mentioningMergedAway).toBe(0)
    expect(per).toEqual(kari)
    expect(await throughTheFolder(opposite)).toEqual(kari)
  })

  it('a chain (C into B there, B into A here): C names A on both copies, and every contact person is with A', async () => {
    const [kari, per] = await throughFiles(chain)
    expect(kari?.organisations).toEqual([
      { name: 'BYGG AS', standing: false, mergedInto: 'Bygg AS' },
      { name: 'Bygg AS', standing: true, mergedInto: null },
      { name: 'Bygg as', standing: false, mergedInto: 'Bygg AS' },
    ])
    expect(kari?.people.map((p) => p.organisation)).toEqual(['Bygg AS', 'Bygg AS', 'Bygg AS'])
    expect(kari?.mentioningMergedAway).toBe(0)
    expect(per).toEqual(kari)
    expect(await throughTheFolder(chain)).toEqual(kari)
  })

  it('a fork (B into A here, B into C there, later): the later merge stands on both copies, B’s contact person is with C, and A keeps its own', async () => {
    const [kari, per] = await throughFiles(fork)
    expect(kari?.organisations).toEqual([
      { name: 'BYGG AS', standing: true, mergedInto: null },
      { name: 'Bygg AS', standing: true, mergedInto: null },
      { name: 'Bygg as', standing: false, mergedInto: 'BYGG AS' },
    ])
    expect(kari?.people).toEqual([
      { name: 'Kontakt BYGG AS', organisation: 'BYGG AS' },
      { name: 'Kontakt Bygg AS', organisation: 'Bygg AS' },
      { name: 'Kontakt Bygg as', organisation: 'BYGG AS' },
    ])
    expect(kari?.mentioningMergedAway).toBe(0)
    expect(per).toEqual(kari)
    expect(await throughTheFolder(fork)).toEqual(kari)
  })
})
