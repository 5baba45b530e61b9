/**
 * A merged-away person's blanked details (sync-tombstone.ts), on rows and cells laid down directly:
 * what an apply writes when it blanks one (the cells keep the values) or brings one back (the values
 * return, roles in their one order), which people it leaves alone, and that an erasure drops the
 * kept values of the erased people only. The sync scenarios are in person-cycle.test.ts and
 * merged-away.test.ts. Found missing by mutation testing.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import type { Table } from 'dexie'
import { db } from '../../../../../renderer/db/db'
import type { Person } from '../../../../../renderer/db/models'
import { cellReader } from '../../../../../renderer/db/repositories/sync-cells'
import { forgetTombstone, settleMergedAway, settleTombstones } from '../../../../../renderer/db/repositories/sync-tombstone'
import type { Row } from '../../../../../renderer/domain/backup/envelope'
import { cellKey } from '../../../../../renderer/domain/sync/fields'
import type { SyncCell } from '../../../../../renderer/domain/sync/records'
import { seedOrganisation, seedPerson } from '../../domain/event/seed'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson, emptyPersonInput } from '../../../../../renderer/db/repositories/people-repo'
import { freshDatabase, made } from '../../db-helpers'
import { laptop, MemoryFolder, on, org, sync } from './memory-folder'
import { mergePeople } from '../../../../../renderer/db/repositories/merge-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'

const TS = '2027-01-05T10:00:00.000Z-0000-aaaaaaaaaaaaaaaa'
const cell = (id: string, field: string, over: Partial<SyncCell> = {}, element?: string): SyncCell => ({ id: cellKey('people', id, field, element), ts: TS, installId: 'kari', ...over })

/** An apply's state, as sync-merge-graph.ts hands it over. */
function graph() {
  const d = db()
  return {
    tables: new Map(d.tables.map((t) => [t.name, t as unknown as Table<Row, string>])),
    rows: new Map<string, Row | null>(),
    dirty: new Set<string>(),
    cells: new Map<string, SyncCell | null>(),
    storedCells: cellReader(d.syncCells),
  }
}
type Graph = ReturnType<typeof graph>
const details = (row: Row | null | undefined) => ({ title: row?.title, email: row?.email, phone: row?.phone, roles: row?.roles })
const rowIn = (g: Graph, id: string) => g.rows.get(`people|${id}`)
const kept = (g: Graph, key: string) => g.cells.get(key)?.messageValue

async function people() {
  const bygg = await seedOrganisation('Bygg AS')
  const kari = await seedPerson(bygg, 'Kari Nordmann', ['toppleder'], 'kari@bygg.no')
  const dup = await seedPerson(bygg, 'Kari Nordmann', ['klimakontakt', 'annen'], 'Kari@bygg.no')
  const merged = { ...dup, title: 'Leder', phone: '', mergedInto: kari.id, deletedAt: '2027-01-04T10:00:00.000Z' } as Person
  await db().people.put(merged)
  return { kari, dup: merged }
}

describe('a merged-away person’s details after an apply', () => {
  beforeEach(async () => {
    await freshDatabase()
  })

  it('are blanked, each changed field’s cell keeping the value it held, roles one cell each', async () => {
    const { dup } = await people()
    await db().syncCells.bulkPut([cell(dup.id, 'title'), cell(dup.id, 'email'), cell(dup.id, 'phone'), cell(dup.id, 'roles', {}, 'annen')])
    const g = graph()
    await settleTombstones(g, [dup.id], [], () => false)
    expect(details(rowIn(g, dup.id))).toEqual({ title: '', email: '', phone: '', roles: [] })
    expect(rowIn(g, dup.id)?.name).toBe('Kari Nordmann')
    expect([...g.dirty]).toEqual([`people|${dup.id}`])
    expect([kept(g, cell(dup.id, 'title').id), kept(g, cell(dup.id, 'email').id)]).toEqual(['Leder', 'Kari@bygg.no'])
    // The phone was blank already: its cell is not touched. A role without a cell of its own has none to keep it.
    expect(g.cells.has(cell(dup.id, 'phone').id)).toBe(false)
    expect(kept(g, cell(dup.id, 'roles', {}, 'annen').id)).toBe(true)
    expect(g.cells.has(cell(dup.id, 'roles', {}, 'klimakontakt').id)).toBe(false)
  })

  it('are left alone for a person not merged away, erased, or covered by the erasure ledger, and when already blank', async () => {
    const { kari, dup } = await people()
    const erased = { ...dup, id: 'erased', erasedAt: '2027-01-06T10:00:00.000Z' }
    const blank = { ...dup, id: 'blank', title: '', email: '', phone: '', roles: [] }
    const ledgered = { ...dup, id: 'ledgered' }
    // An older row that has no title, e-mail, phone or roles at all.
    const { title: _t, email: _e, phone: _p, roles: _r, ...bare } = { ...dup, id: 'bare' }
    await db().people.bulkPut([erased, blank, ledgered, bare] as Person[])
    const g = graph()
    await settleTombstones(g, [kari.id, erased.id, blank.id, ledgered.id, bare.id, 'not-here'], [], (row) => row.id === 'ledgered')
    expect([...g.dirty]).toEqual([])
    expect(g.cells.size).toBe(0)
  })

  it('read the row this apply already holds, not the stored one', async () => {
    const { dup } = await people()
    const g = graph()
    g.rows.set(`people|${dup.id}`, { ...dup, title: 'Daglig leder' })
    await db().syncCells.put(cell(dup.id, 'title'))
    await settleTombstones(g, [dup.id], [], () => false)
    expect(kept(g, cell(dup.id, 'title').id)).toBe('Daglig leder')
    // A row this apply removed stays removed.
    const h = graph()
    h.rows.set(`people|${dup.id}`, null)
    await settleTombstones(h, [dup.id], [dup.id], () => false)
    expect([...h.dirty]).toEqual([])
  })

  it('come back when the person stands again: each kept value, the kept roles joined to the row’s in one order, the cells plain again', async () => {
    const { dup } = await people()
    const back = { ...dup, title: '', email: '', phone: '', roles: ['toppleder'], mergedInto: undefined, deletedAt: null } as Person
    await db().people.put(back)
    await db().syncCells.bulkPut([
      cell(dup.id, 'title', { messageValue: 'Leder' }),
      cell(dup.id, 'email', { messageValue: 'Kari@bygg.no' }),
      cell(dup.id, 'phone'),
      cell(dup.id, 'roles', { messageValue: true }, 'klimakontakt'),
      cell(dup.id, 'roles', { messageValue: true }, 'annen'),
      cell(dup.id, 'roles', { messageValue: true }, 'toppleder'),
      cell(dup.id, 'roles', { messageValue: false }, 'stedfortreder'),
      // Another person's cell, and another field's, are not this person's roles.
      cell(`${dup.id}x`, 'roles', { messageValue: true }, 'toppleder2'),
    ])
    const g = graph()
    await settleTombstones(g, [], [dup.id], () => false)
    expect(details(rowIn(g, dup.id))).toEqual({ title: 'Leder', email: 'Kari@bygg.no', phone: '', roles: ['annen', 'klimakontakt', 'toppleder'] })
    for (const key of [cell(dup.id, 'title').id, cell(dup.id, 'roles', {}, 'annen').id]) expect(g.cells.get(key), key).toEqual({ id: key, ts: TS, installId: 'kari' })
  })

  it('come back from this apply’s own cells too, and not for a person still merged away, erased or ledgered', async () => {
    const { dup } = await people()
    const back = { ...dup, title: '', email: '', phone: '', roles: [], mergedInto: undefined, deletedAt: null } as Person
    const still = { ...dup, id: 'still', title: '' }
    const erased = { ...back, id: 'erased', erasedAt: '2027-01-06T10:00:00.000Z' }
    const ledgered = { ...back, id: 'ledgered' }
    await db().people.bulkPut([back, still, erased, ledgered] as Person[])
    const cells = (id: string) => [cell(id, 'title', { messageValue: 'Leder' }), cell(id, 'roles', { messageValue: true }, 'annen')]
    await db().syncCells.bulkPut([...cells('still'), ...cells('erased'), ...cells('ledgered')])
    // One standing with nothing kept.
    await db().people.put({ ...back, id: 'plain', title: 'Rådgiver' } as Person)
    const g = graph()
    for (const c of cells(dup.id)) g.cells.set(c.id, c)
    // A role cell this apply removed, and another person's role cell with a kept value.
    g.cells.set(cell(dup.id, 'roles', {}, 'toppleder').id, null)
    const other = cell('other', 'roles', { messageValue: true }, 'klimakontakt')
    g.cells.set(other.id, other)
    await settleTombstones(g, [], [dup.id, 'still', 'erased', 'ledgered', 'plain', 'not-here'], (row) => row.id === 'ledgered')
    expect(details(rowIn(g, dup.id))).toEqual({ title: 'Leder', email: '', phone: '', roles: ['annen'] })
    expect([...g.dirty]).toEqual([`people|${dup.id}`])
  })
})

describe('an erased person’s kept values', () => {
  beforeEach(async () => {
    await freshDatabase()
  })

  it('go from the blanked fields’ cells of the people erased, and nothing else changes', async () => {
    const cells = [
      cell('p1', 'title', { messageValue: 'Leder' }),
      cell('p1', 'roles', { messageValue: true }, 'annen'),
      cell('p1', 'name', { messageValue: 'Kari' }),
      cell('p1', 'email'),
      cell('p2', 'title', { messageValue: 'Sjef' }),
      cell('p10', 'title', { messageValue: 'Sjef' }),
    ]
    await db().syncCells.bulkPut(cells)
    await forgetTombstone(db().syncCells, ['p1', 'p1'])
    const after = new Map((await db().syncCells.toArray()).map((c) => [c.id, c.messageValue]))
    expect(Object.fromEntries(after)).toEqual({
      [cells[0]?.id as string]: undefined,
      [cells[1]?.id as string]: undefined,
      [cells[2]?.id as string]: 'Kari',
      [cells[3]?.id as string]: undefined,
      [cells[4]?.id as string]: 'Sjef',
      [cells[5]?.id as string]: 'Sjef',
    })
    expect(await db().syncCells.get(cells[0]?.id as string)).toEqual({ id: cells[0]?.id, ts: TS, installId: 'kari' })
  })
})

/** Inside a transaction, as the merge calls it. */
const inMerge = (kind: 'organisations' | 'people', id: string) =>
  db().transaction('rw', db().tables, async () => {
    await settleMergedAway(kind, id)
  })

describe('the merged-away record’s row as the merge leaves it', () => {
  beforeEach(async () => {
    await freshDatabase()
  })
  const OWN = '2027-01-02T10:00:00.000Z-0000-bbbbbbbbbbbbbbbb'

  it('gives back what had landed on it from others, its cells their own stamps, and leaves the rest', async () => {
    const b = await seedOrganisation('Bygg as', 'medlem', { notes: 'Fra C', website: 'https://bygg.no' })
    const notes = `organisations|${b.id}|notes`
    const website = { id: `organisations|${b.id}|website`, ts: TS, installId: 'kari' }
    await db().syncCells.bulkPut([{ id: notes, ts: TS, installId: 'ola', landed: { from: 'c', own: { value: 'Egen', ts: OWN, installId: 'kari' } } }, website])
    await inMerge('organisations', b.id)
    const row = await db().organisations.get(b.id)
    expect([row?.notes, row?.website]).toEqual(['Egen', 'https://bygg.no'])
    expect(await db().syncCells.bulkGet([notes, website.id])).toEqual([{ id: notes, ts: OWN, installId: 'kari' }, website])
  })

  it('blanks a person, the cells keeping the values, after giving back a landed title', async () => {
    const { dup } = await people()
    const title = cell(dup.id, 'title', { landed: { from: 'c', own: { value: 'Rådgiver', ts: OWN, installId: 'kari' } } })
    await db().syncCells.bulkPut([title, cell(dup.id, 'email')])
    await inMerge('people', dup.id)
    expect(details(await db().people.get(dup.id))).toEqual({ title: '', email: '', phone: '', roles: [] })
    expect(await db().syncCells.bulkGet([title.id, cell(dup.id, 'email').id])).toEqual([
      { id: title.id, ts: OWN, installId: 'kari', messageValue: 'Rådgiver' },
      { ...cell(dup.id, 'email'), messageValue: 'Kari@bygg.no' },
    ])
  })

  it('must be written inside the merge’s transaction, and does nothing for a record that is not there or has nothing to change', async () => {
    const { dup } = await people()
    await expect(settleMergedAway('people', dup.id)).rejects.toThrow('Sammenslåingen må skrives i én transaksjon.')
    expect((await db().people.get(dup.id))?.title).toBe('Leder')
    const b = await seedOrganisation('Bygg as')
    await settleMergedAway('organisations', b.id)
    await settleMergedAway('organisations', 'not-here')
    await inMerge('people', 'not-here')
    expect(await db().organisations.get(b.id)).toEqual(b)
    expect(await db().syncCells.count()).toBe(0)
  })
})

describe('the merge’s blanking on a laptop that syncs', () => {
  it('sends nothing of its own, and the merge’s later writes in the same transaction travel as usual', async () => {
    const folder = new MemoryFolder()
    const kari = await laptop(folder, 'Kari')
    const bygg = await made(createOrganisation(org('Bygg AS')))
    const dup = await made(addPerson(bygg.id, { ...emptyPersonInput(), name: 'Kari Nordmann', title: 'Innkjøpssjef', email: 'kari@bygg.no', roles: ['annen'] }))
    await sync(folder, kari)
    await db().transaction('rw', db().tables, async () => {
      await db().people.put({ ...dup, mergedInto: 'survivor', deletedAt: '2027-01-04T10:00:00.000Z' })
      await settleMergedAway('people', dup.id)
      await db().organisations.put({ ...bygg, ...emptyOrganisationInput(), name: 'Bygg AS', notes: 'Etter sammenslåingen' })
    })
    expect((await db().people.get(dup.id))?.title).toBe('')
    await sync(folder, kari)
    expect(folder.text()).toContain('Etter sammenslåingen')
    expect(folder.text()).toContain('survivor')
    // The blanking is no change of the person: no message empties the title.
    const blanks = [...folder.files.values()].flat().flatMap((f) => f.messages).filter((m) => m.table === 'people' && m.field === 'title' && m.value === '')
    expect(blanks).toEqual([])
  })
})

/** Two roles a merged-away person had, kept in their cells. */
const keptRoles = (id: string) => [cell(id, 'roles', { messageValue: true }, 'annen'), cell(id, 'roles', { messageValue: true }, 'klimakontakt')]

describe('a revived person’s roles', () => {
  beforeEach(async () => {
    await freshDatabase()
  })

  it('keep a role the row holds besides the kept ones, and a row without roles gets only the kept ones', async () => {
    const { dup } = await people()
    const back = { ...dup, title: '', roles: ['stedfortreder'], mergedInto: undefined, deletedAt: null } as Person
    const { roles: _r, ...bare } = { ...back, id: 'bare' }
    await db().people.bulkPut([back, bare as Person])
    await db().syncCells.bulkPut([...keptRoles(dup.id), ...keptRoles('bare')])
    const g = graph()
    await settleTombstones(g, [], [dup.id, 'bare'], () => false)
    expect(rowIn(g, dup.id)?.roles).toEqual(['annen', 'klimakontakt', 'stedfortreder'])
    expect(rowIn(g, 'bare')?.roles).toEqual(['annen', 'klimakontakt'])
  })
})


describe('erasing a person a duplicate was merged into, on laptops that sync', () => {
  it('leaves none of the merged-away copy’s kept details in any laptop’s cells', async () => {
    const folder = new MemoryFolder()
    const kari = await laptop(folder, 'Kari')
    const bygg = await made(createOrganisation(org('Bygg AS')))
    const first = await made(addPerson(bygg.id, { ...emptyPersonInput(), name: 'Kari Nordmann', email: 'kari@bygg.no', roles: ['toppleder'] }))
    const second = await made(addPerson(bygg.id, { ...emptyPersonInput(), name: 'Kari Nordmann', title: 'Innkjøpssjef', email: 'Kari@bygg.no', phone: '922 33 444', roles: ['annen'] }))
    await sync(folder, kari)
    const ola = await laptop(folder, 'Ola')
    await sync(folder, ola)
    on(kari)
    await made(mergePeople(first.id, second.id))
    for (const l of [kari, ola]) await sync(folder, l)
    // The premise: the copy is blanked, its cells keeping its details for a revival.
    on(ola)
    expect(JSON.stringify(await db().syncCells.toArray())).toContain('922 33 444')
    await erasePerson(first.id)
    for (const l of [ola, kari]) await sync(folder, l)
    for (const l of [kari, ola]) {
      on(l)
      expect(JSON.stringify(await db().syncCells.toArray()), l.name).not.toMatch(/922 33 444|Innkjøpssjef/)
    }
  })
})
