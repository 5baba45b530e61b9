/**
 * The history entry about a duplicate emptied with the organisation it was merged into (issue 16).
 * Emptying the trash writes «En virksomhet ble slettet for godt da papirkurven ble tømt» for each
 * organisation it empties, the duplicates joined into one too. Ola merges KLIMA AS into Klima AS; Per,
 * not having seen the merge, empties Klima AS from the trash. The laptop that sees the two together
 * empties KLIMA AS as well (sync-erased-duplicates.ts), but wrote no such entry: KLIMA AS's history
 * never said what became of it. Now every laptop, and one joining from the files or from a snapshot,
 * ends with exactly one such entry for KLIMA AS, the same everywhere, even where two laptops each
 * empty it on their own, and it names nothing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import type { AuditEntry } from '../../../../../renderer/db/models'
import { mergeOrganisations } from '../../../../../renderer/db/repositories/merge-repo'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson, emptyPersonInput } from '../../../../../renderer/db/repositories/people-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { emptyTrash, trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import { ORGANISATION_ERASE_SUMMARY } from '../../../../../renderer/domain/backup/erasure-ledger'
import { made } from '../../db-helpers'
import { exportHere, readBack } from './file-copies'
import { laptop, MemoryFolder, on, sync, synced, type Laptop } from './memory-folder'

const later = () => vi.advanceTimersByTime(5)

type Seed = { folder: MemoryFolder; kari: Laptop; ola: Laptop; per: Laptop; klima: string; dup: string; other: string; person: string }

/** Klima AS, its duplicate KLIMA AS (with a note and a person), and Fjordlys AS with Åse, made on Kari's laptop and synced to Ola's and Per's. */
async function seed(): Promise<Seed> {
  const folder = new MemoryFolder()
  const kari = await laptop(folder, 'Kari')
  const klima = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Klima AS', website: 'klima.no' }))
  const dup = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'KLIMA AS', notes: 'Ringes i januar' }))
  await made(addPerson(dup.id, { ...emptyPersonInput(), name: 'Åse Grønn', email: 'ase@klima.no', roles: ['klimakontakt'] }))
  const other = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Fjordlys AS' }))
  const person = await made(addPerson(other.id, { ...emptyPersonInput(), name: 'Nils Fjell', email: 'nils@fjordlys.no', roles: ['klimakontakt'] }))
  await sync(folder, kari)
  const ola = await laptop(folder, 'Ola')
  await sync(folder, ola)
  const per = await laptop(folder, 'Per')
  await sync(folder, per)
  return { folder, kari, ola, per, klima: klima.id, dup: dup.id, other: other.id, person: person.id }
}

const merge = async (s: Seed, l: Laptop) => {
  on(l)
  later()
  await made(mergeOrganisations(s.klima, s.dup))
}

const empty = async (s: Seed, l: Laptop, id = s.klima) => {
  on(l)
  later()
  await trashOrganisation(id)
  await emptyTrash()
}

/** The entries on `l` saying organisation `id` was emptied from the trash. */
async function emptyingEntries(l: Laptop, id: string): Promise<AuditEntry[]> {
  on(l)
  return db().auditLog.where('[table+entityId]').equals(['organisations', id]).filter((e) => e.action === 'erase').toArray()
}

/**
 * Every laptop holds one entry saying KLIMA AS was emptied, the same row on each: the emptying's
 * wording, the emptying's time, Per (who emptied the trash) as its author, no name. Returns it.
 */
async function expectOneEntryEverywhere(s: Seed, laptops: readonly Laptop[], how: string): Promise<AuditEntry> {
  const [first, ...rest] = await Promise.all(laptops.map((l) => emptyingEntries(l, s.dup)))
  expect(first, `${how}: ${laptops[0]?.name}`).toHaveLength(1)
  const entry = first?.[0] as AuditEntry
  rest.forEach((entries, i) => expect(entries, `${how}: ${laptops[i + 1]?.name}`).toEqual([entry]))
  on(s.per)
  const emptiedAt = (await db().organisations.get(s.dup))?.erasedAt
  expect(entry, how).toMatchObject({ summary: ORGANISATION_ERASE_SUMMARY, changes: {}, at: emptiedAt, userName: 'Per' })
  expect(JSON.stringify(entry), how).not.toMatch(/klima|Ringes/i)
  // The survivor keeps its own entry, one.
  for (const l of laptops) expect(await emptyingEntries(l, s.klima), `${how}: ${l.name}`).toHaveLength(1)
  return entry
}

describe('the history of a duplicate emptied by sync with the organisation it was merged into', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 1, 7) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('says on every laptop, once, that it was emptied, as emptying the trash says, whichever order the files arrive in', async () => {
    // The local order (merge, then empty, on one laptop): the entry this holds the sync to.
    const local = await seed()
    await merge(local, local.per)
    await empty(local, local.per)
    for (let round = 0; round < 2; round++) for (const l of [local.per, local.ola, local.kari]) await sync(local.folder, l)
    await expectOneEntryEverywhere(local, [local.kari, local.ola, local.per], 'the local order')

    const orders = [
      ['Ola', 'Per', 'Kari'],
      ['Per', 'Ola', 'Kari'],
      ['Per', 'Kari', 'Ola'],
      ['Kari', 'Ola', 'Per'],
    ] as const
    for (const clock of ['the merge first', 'the emptying first'] as const) {
      for (const order of orders) {
        const s = await seed()
        if (clock === 'the merge first') {
          await merge(s, s.ola)
          await empty(s, s.per)
        } else {
          await empty(s, s.per)
          await merge(s, s.ola)
        }
        const byName = { Kari: s.kari, Ola: s.ola, Per: s.per }
        for (let round = 0; round < 2; round++) for (const name of order) await sync(s.folder, byName[name])
        await expectOneEntryEverywhere(s, [s.kari, s.ola, s.per], `${clock} by the clock, syncing ${order.join(', ')}`)
      }
    }
  }, 120_000)

  it('says it once where two laptops each empty the duplicate before hearing of the other', async () => {
    const s = await seed()
    await merge(s, s.ola)
    await empty(s, s.per)
    await sync(s.folder, s.ola)
    // Per sees the merge and empties KLIMA AS; that file has not reached Kari's copy of the folder yet
    // (a cloud folder's files arrive when they do), so Kari, seeing the two together, empties it too.
    await sync(s.folder, s.per)
    const perFiles = s.folder.files.get(s.per.installId) ?? []
    const late = perFiles.splice(1)
    expect(late.length).toBeGreaterThan(0)
    await sync(s.folder, s.kari)
    on(s.kari)
    expect((await db().erasures.get(s.dup))?.erasedAt).toEqual(expect.any(String))
    perFiles.push(...late)
    for (let round = 0; round < 2; round++) for (const l of [s.kari, s.ola, s.per]) await sync(s.folder, l)

    await expectOneEntryEverywhere(s, [s.kari, s.ola, s.per], 'two laptops emptied it')
    const [k, o, p] = await Promise.all([s.kari, s.ola, s.per].map(synced))
    expect(o).toEqual(k)
    expect(p).toEqual(k)
    // Both wrote the same row: nothing for anyone to decide.
    for (const l of [s.kari, s.ola, s.per]) {
      on(l)
      expect(await db().syncConflicts.toArray(), l.name).toEqual([])
    }
  }, 60_000)

  it('says it once on a laptop that joins from the files, and on one that joins from a snapshot', async () => {
    const s = await seed()
    await merge(s, s.ola)
    await empty(s, s.per)
    for (let round = 0; round < 2; round++) for (const l of [s.ola, s.per, s.kari]) await sync(s.folder, l)
    const entry = await expectOneEntryEverywhere(s, [s.kari, s.ola, s.per], 'before anyone joins')

    const siv = await laptop(s.folder, 'Siv')
    await sync(s.folder, siv)
    expect(await emptyingEntries(siv, s.dup), 'joined from the files').toEqual([entry])

    const every = s.folder.snapshotEvery
    s.folder.snapshotEvery = 1
    await sync(s.folder, s.kari)
    s.folder.snapshotEvery = every
    expect(s.folder.snapshots.length).toBeGreaterThan(0)
    s.folder.pruneToSnapshot()
    const tor = await laptop(s.folder, 'Tor')
    for (let round = 0; round < 2; round++) for (const l of [tor, s.ola, s.per, s.kari, siv]) await sync(s.folder, l)
    await expectOneEntryEverywhere(s, [s.kari, s.ola, s.per, siv, tor], 'joined from a snapshot')
    expect(await emptyingEntries(tor, s.dup)).toEqual([entry])
  }, 60_000)

  it('says it once where the merge reaches a laptop that had the emptying long before', async () => {
    const s = await seed()
    await empty(s, s.per)
    for (const l of [s.per, s.kari]) await sync(s.folder, l)
    // Ola merged before the emptying reached him; his laptop empties KLIMA AS when it arrives, but that
    // file of his has not reached Kari's copy of the folder when his merge has: Kari empties it too.
    await merge(s, s.ola)
    await sync(s.folder, s.ola)
    const olaFiles = s.folder.files.get(s.ola.installId) ?? []
    // His first file holds the merge; the later ones his emptying of KLIMA AS.
    const late = olaFiles.splice(1)
    expect(late.length).toBeGreaterThan(0)
    await sync(s.folder, s.kari)
    on(s.kari)
    expect((await db().erasures.get(s.dup))?.erasedAt).toEqual(expect.any(String))
    olaFiles.push(...late)
    for (let round = 0; round < 2; round++) for (const l of [s.per, s.ola, s.kari]) await sync(s.folder, l)
    await expectOneEntryEverywhere(s, [s.kari, s.ola, s.per], 'the emptying long before')
  }, 60_000)

  it('keeps the entry as it is when history is anonymised later for another erasure', async () => {
    const s = await seed()
    await merge(s, s.ola)
    await empty(s, s.per)
    for (let round = 0; round < 2; round++) for (const l of [s.ola, s.per, s.kari]) await sync(s.folder, l)
    const entry = await expectOneEntryEverywhere(s, [s.kari, s.ola, s.per], 'before')
    // Later: Kari erases Nils, Ola empties Fjordlys AS; each anonymises the history about them.
    on(s.kari)
    later()
    await erasePerson(s.person)
    await empty(s, s.ola, s.other)
    for (let round = 0; round < 2; round++) for (const l of [s.kari, s.per, s.ola]) await sync(s.folder, l)
    expect(await expectOneEntryEverywhere(s, [s.kari, s.ola, s.per], 'after')).toEqual(entry)
  }, 60_000)

  it('travels in an export that reads back', async () => {
    const s = await seed()
    await merge(s, s.ola)
    await empty(s, s.per)
    for (let round = 0; round < 2; round++) for (const l of [s.ola, s.per, s.kari]) await sync(s.folder, l)
    const entry = await expectOneEntryEverywhere(s, [s.kari, s.ola, s.per], 'exported')
    on(s.kari)
    // readBack checks every row as an import does (an entry's id must be a UUID).
    const file = await readBack(await exportHere())
    expect(file.data.auditLog?.filter((e) => e.entityId === s.dup && e.action === 'erase')).toEqual([entry])
  }, 60_000)
})
