/**
 * The history a record's page shows (history-repo.ts), on rows laid down directly: the order of the
 * entries, which merged-away duplicates' entries come in (chains, undone merges, broken or circular
 * chains, people beside organisations) and how they are marked. Found missing by mutation testing.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import type { AuditEntry, Organisation } from '../../../../../renderer/db/models'
import { recordHistory } from '../../../../../renderer/db/repositories/history-repo'
import { seedOrganisation, seedPerson } from '../../domain/event/seed'
import { freshDatabase } from '../../db-helpers'

let n = 0
/** One audit entry as a laptop writes it; `at` and `seq` given where the order matters. */
async function entry(table: 'organisations' | 'people', entityId: string, summary: string, over: Partial<AuditEntry> = {}): Promise<AuditEntry> {
  const e: AuditEntry = {
    id: `e-${String(n++).padStart(3, '0')}`, at: '2027-01-10T10:00:00.000Z', table, entityId, action: 'update',
    changes: {}, summary, userName: 'Kari', installId: 'kari', seq: 1, ...over,
  }
  await db().auditLog.add(e)
  return e
}
const mergedIn = (from: string | null, to: string | null) => ({ mergedFrom: { from, to } })
const mergedInto = (id: string | null) => ({ mergedInto: { from: null, to: id } })

/** What the page lists: each entry's text and the duplicate it names. */
const shown = async (kind: 'organisations' | 'people', id: string) =>
  (await recordHistory(kind, id)).map((e) => [e.summary, e.duplicate?.name ?? null])

async function mergeInto(row: Organisation, survivor: Organisation | null) {
  await db().organisations.put({ ...row, mergedInto: survivor?.id, deletedAt: survivor ? '2027-01-01T00:00:00.000Z' : null })
}

describe('a record’s history, merged-in duplicates included', () => {
  beforeEach(async () => {
    await freshDatabase()
  })

  it('lists newest first; entries of the same moment by write order, then by id', async () => {
    const a = await seedOrganisation('Bygg AS')
    await entry('organisations', a.id, 'eldst', { at: '2027-01-01T10:00:00.000Z', seq: 9 })
    await entry('organisations', a.id, 'same stund, skrevet tredje', { seq: 4 })
    await entry('organisations', a.id, 'same stund, skrevet først', { seq: 2 })
    await entry('organisations', a.id, 'same stund, skrevet sist', { seq: 5 })
    await entry('organisations', a.id, 'same stund, skrevet andre', { seq: 3 })
    await entry('organisations', a.id, 'uten rekkefølge, id b', { id: 'z-b', at: '2027-01-05T10:00:00.000Z', seq: undefined })
    await entry('organisations', a.id, 'uten rekkefølge, id a', { id: 'z-a', at: '2027-01-05T10:00:00.000Z', seq: undefined })
    await entry('organisations', a.id, 'nyest', { at: '2027-02-01T10:00:00.000Z', seq: 1 })
    expect((await shown('organisations', a.id)).map(([s]) => s)).toEqual([
      'nyest', 'same stund, skrevet sist', 'same stund, skrevet tredje', 'same stund, skrevet andre', 'same stund, skrevet først', 'uten rekkefølge, id a', 'uten rekkefølge, id b', 'eldst',
    ])
  })

  it('shows a merged-in duplicate’s entries, marked with its name, but not its own “was merged” entry', async () => {
    const a = await seedOrganisation('Bygg AS')
    const b = await seedOrganisation('Bygg as')
    await mergeInto(b, a)
    await entry('organisations', a.id, 'Slått sammen med Bygg as', { changes: mergedIn(null, b.id), at: '2027-01-02T10:00:00.000Z' })
    await entry('organisations', b.id, 'Bygg as ble slått sammen med Bygg AS', { changes: mergedInto(a.id), at: '2027-01-02T10:00:00.000Z' })
    await entry('organisations', b.id, 'Notat om Bygg as', { at: '2027-01-03T10:00:00.000Z' })
    expect(await shown('organisations', a.id)).toEqual([
      ['Notat om Bygg as', 'Bygg as'],
      ['Slått sammen med Bygg as', null],
    ])
    // The duplicate's own page is not the survivor's: it shows its own entries only, unmarked.
    expect(await shown('organisations', b.id)).toEqual([
      ['Notat om Bygg as', null],
      ['Bygg as ble slått sammen med Bygg AS', null],
    ])
  })

  it('finds the duplicate through an entry that names it as the old value (an undo), when it was merged in again', async () => {
    const a = await seedOrganisation('Bygg AS')
    const b = await seedOrganisation('Bygg as')
    await mergeInto(b, a)
    await entry('organisations', a.id, 'Sammenslåingen med Bygg as ble angret', { changes: mergedIn(b.id, null) })
    await entry('organisations', b.id, 'Notat om Bygg as', { at: '2027-01-03T10:00:00.000Z' })
    expect(await shown('organisations', a.id)).toEqual([
      ['Sammenslåingen med Bygg as ble angret', null],
      ['Notat om Bygg as', 'Bygg as'],
    ])
    // Merged again, and named back: B's note is still shown once.
    await entry('organisations', a.id, 'Slått sammen med Bygg as', { changes: mergedIn(null, b.id), at: '2027-01-11T10:00:00.000Z' })
    await entry('organisations', b.id, 'Bygg AS ble slått sammen hit', { changes: mergedIn(null, a.id), at: '2027-01-01T10:00:00.000Z' })
    expect(await shown('organisations', a.id)).toEqual([
      ['Slått sammen med Bygg as', null],
      ['Sammenslåingen med Bygg as ble angret', null],
      ['Notat om Bygg as', 'Bygg as'],
      ['Bygg AS ble slått sammen hit', 'Bygg as'],
    ])
  })

  it('follows a chain that ends here, and a record merged in through one no longer merged', async () => {
    const a = await seedOrganisation('Bygg AS')
    const b = await seedOrganisation('Bygg as')
    const c = await seedOrganisation('BYGG AS')
    const d = await seedOrganisation('Bygg A/S')
    // C into B into A: C's entries come in through B.
    await mergeInto(c, b)
    await mergeInto(b, a)
    await entry('organisations', a.id, 'Slått sammen med Bygg as', { changes: mergedIn(null, b.id) })
    await entry('organisations', b.id, 'Slått sammen med BYGG AS', { changes: mergedIn(null, c.id) })
    await entry('organisations', c.id, 'Notat om BYGG AS', { at: '2027-01-04T10:00:00.000Z' })
    // D was merged into B and then straight into A; B's merge with D is named only in B's history.
    await mergeInto(d, a)
    await entry('organisations', b.id, 'Slått sammen med Bygg A/S', { changes: mergedIn(null, d.id), at: '2027-01-09T10:00:00.000Z' })
    await entry('organisations', d.id, 'Notat om Bygg A/S', { at: '2027-01-05T10:00:00.000Z' })
    const history = await shown('organisations', a.id)
    expect(history).toContainEqual(['Notat om BYGG AS', 'BYGG AS'])
    expect(history).toContainEqual(['Notat om Bygg A/S', 'Bygg A/S'])
    expect(history).toContainEqual(['Slått sammen med BYGG AS', 'Bygg as'])
    expect(history).toHaveLength(5)

    // B's merge undone: B's own entries stay out, but D, merged into A itself, still comes in through them.
    await mergeInto(b, null)
    const after = await shown('organisations', a.id)
    expect(after.filter(([, dup]) => dup !== null).map(([s]) => s).toSorted()).toEqual(['Notat om Bygg A/S'])
  })

  it('brings nothing in from a duplicate merged elsewhere, from a broken chain or from a cycle', async () => {
    const a = await seedOrganisation('Bygg AS')
    const elsewhere = await seedOrganisation('Annet AS')
    const b = await seedOrganisation('Bygg as')
    const c = await seedOrganisation('BYGG AS')
    const x = await seedOrganisation('Bygg X')
    const y = await seedOrganisation('Bygg Y')
    await mergeInto(b, elsewhere)
    // C points at a record that does not exist; X, Y and this record point round in a circle.
    await db().organisations.put({ ...c, mergedInto: 'finnes-ikke' })
    await db().organisations.put({ ...x, mergedInto: y.id })
    await db().organisations.put({ ...y, mergedInto: a.id })
    await db().organisations.put({ ...a, mergedInto: x.id })
    for (const other of [b, c, x]) {
      await entry('organisations', a.id, `Slått sammen med ${other.name}`, { changes: mergedIn(null, other.id) })
      await entry('organisations', other.id, `Notat om ${other.name}`)
    }
    // A merge of a record no longer there (its row gone) names it still.
    await entry('organisations', a.id, 'Slått sammen med en som er borte', { changes: mergedIn(null, 'borte') })
    await entry('organisations', 'borte', 'Notat om en som er borte')
    const history = await shown('organisations', a.id)
    expect(history.filter(([, dup]) => dup !== null)).toEqual([])
    expect(history).toHaveLength(4)
  })

  it('follows a chain of up to fifty merges, and gives up on a longer one (only a broken row makes one)', async () => {
    const a = await seedOrganisation('Bygg AS')
    const chain: Organisation[] = []
    for (let i = 0; i < 51; i++) chain.push(await seedOrganisation(`Bygg ${i}`))
    // Bygg 0 → Bygg 1 → … → Bygg 50 → A: 51 merges from Bygg 0, 50 from Bygg 1.
    for (const [i, row] of chain.entries()) await mergeInto(row, chain[i + 1] ?? a)
    for (const start of [chain[0], chain[1]] as Organisation[]) {
      await entry('organisations', a.id, `Slått sammen med ${start.name}`, { changes: mergedIn(null, start.id) })
      await entry('organisations', start.id, `Notat om ${start.name}`)
    }
    expect((await shown('organisations', a.id)).filter(([, dup]) => dup !== null)).toEqual([['Notat om Bygg 1', 'Bygg 1']])
  })

  it('is not fooled by a record named by a merge that is not merged at all, nor by one whose chain passes through this record', async () => {
    const a = await seedOrganisation('Bygg AS')
    const b = await seedOrganisation('Bygg as')
    const top = await seedOrganisation('Bygg Konsern')
    // B stands on its own (a merge undone); A itself is merged into Top.
    await mergeInto(a, top)
    await entry('organisations', top.id, 'Slått sammen med Bygg AS', { changes: mergedIn(null, a.id), at: '2027-01-02T10:00:00.000Z' })
    await entry('organisations', top.id, 'Slått sammen med Bygg as', { changes: mergedIn(null, b.id), at: '2027-01-01T10:00:00.000Z' })
    await entry('organisations', b.id, 'Notat om Bygg as')
    await entry('organisations', a.id, 'Notat om Bygg AS')
    expect(await shown('organisations', top.id)).toEqual([
      ['Notat om Bygg AS', 'Bygg AS'],
      ['Slått sammen med Bygg AS', null],
      ['Slått sammen med Bygg as', null],
    ])
  })

  it('reads people’s history from the people, not from organisations with the same id', async () => {
    const a = await seedOrganisation('Bygg AS')
    const kari = await seedPerson(a, 'Kari Nordmann')
    const kari2 = await seedPerson(a, 'Kari N.')
    await db().people.put({ ...kari2, mergedInto: kari.id, deletedAt: '2027-01-01T00:00:00.000Z' })
    await entry('people', kari.id, 'Slått sammen med Kari N.', { changes: mergedIn(null, kari2.id) })
    await entry('people', kari2.id, 'Tittel endret', { at: '2027-01-04T10:00:00.000Z' })
    // An organisation's entry under the person's id is not the person's.
    await entry('organisations', kari2.id, 'Feil tabell')
    expect(await shown('people', kari.id)).toEqual([
      ['Slått sammen med Kari N.', null],
      ['Tittel endret', 'Kari N.'],
    ])
    expect(await shown('organisations', a.id)).toEqual([])
  })
})
