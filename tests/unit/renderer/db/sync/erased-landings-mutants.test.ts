/**
 * An erasure arriving in an apply takes back the erased record's edits that had landed on its
 * survivor (sync-erased-landings.ts), and only those: what the apply then writes (rows, cells,
 * conflicts), on rows laid down directly, for the cases the sync scenarios in erased-landings.test.ts
 * do not reach (chains, missing rows, a cell this apply already changed, conflicts of other cells).
 * Found missing by mutation testing.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import type { Row } from '../../../../../renderer/domain/backup/envelope'
import type { Ledger } from '../../../../../renderer/domain/backup/erasure-ledger'
import { db } from '../../../../../renderer/db/db'
import { takeBackErasedLandings } from '../../../../../renderer/db/repositories/sync-erased-landings'
import type { SyncCell, SyncConflict } from '../../../../../renderer/domain/sync/records'
import { seedOrganisation } from '../../domain/event/seed'
import { freshDatabase } from '../../db-helpers'

const stamp = (n: number) => `2027-01-${String(n).padStart(2, '0')}T10:00:00.000Z-0000-aaaaaaaaaaaaaaaa`
const EDIT = stamp(5)
const OWN = stamp(2)

/** A's cell holding B's landed note; A's own note it replaced was "Egen". */
const landedCell = (survivor: string, from: string, field = 'notes'): SyncCell => ({
  id: `organisations|${survivor}|${field}`, ts: EDIT, installId: 'ola', landed: { from, own: { value: 'Egen', ts: OWN, installId: 'kari' } },
})
const conflict = (cell: string, id: string, sideStamps: [string, string]): SyncConflict => ({
  id, cell, table: 'organisations', row: cell.split('|')[1] as string, field: cell.split('|')[2] as string,
  sides: sideStamps.map((ts) => ({ ts, installId: 'x', userName: 'X', value: 'v', op: 'set' as const })) as SyncConflict['sides'],
  detectedAt: stamp(6), settledAt: null, settledBy: null,
})

/** One apply's state, as sync-apply-repo.ts hands it over; `erased`: the ledger's ids, none erased before unless named. */
function apply(erased: string[], before: string[] = []) {
  const ledger: Ledger = new Map(erased.map((id) => [id, { id, table: 'organisations' as const, erasedAt: stamp(7) }]))
  const v = { d: db(), rows: new Map<string, Row | null>(), dirty: new Set<string>(), cells: new Map<string, SyncCell | null>(), conflicts: new Map<string, SyncConflict>() }
  return { v, run: () => takeBackErasedLandings(v, ledger, new Set(before)) }
}

/** What the apply writes: dirty rows' fields asked for, and cells it changed. */
const written = (v: ReturnType<typeof apply>['v'], field = 'notes') =>
  Object.fromEntries([...v.dirty].map((key) => [key, (v.rows.get(key) as Row | null)?.[field]]))

describe('taking back an erased record’s landed edits', () => {
  beforeEach(async () => {
    await freshDatabase()
  })

  it('gives the survivor its own note back, and the cell its own stamp, for the erased record only', async () => {
    const a = await seedOrganisation('Bygg AS', 'medlem', { notes: 'Nei' })
    const b = await seedOrganisation('Bygg as', 'medlem', { mergedInto: a.id })
    const c = await seedOrganisation('Bygg A/S', 'medlem', { mergedInto: a.id })
    // The website landed from C, not B: it stays.
    await db().syncCells.bulkPut([landedCell(a.id, b.id), landedCell(a.id, c.id, 'website')])
    const { v, run } = apply([b.id])
    await run()
    expect(written(v)).toEqual({ [`organisations|${a.id}`]: 'Egen' })
    expect((v.rows.get(`organisations|${a.id}`) as Row).website).toBe(a.website)
    expect(v.cells.get(`organisations|${a.id}|notes`)).toEqual({ id: `organisations|${a.id}|notes`, ts: OWN, installId: 'kari' })
  })

  it('follows the chain past a survivor that was merged away itself, and stops at a missing or circular link', async () => {
    const top = await seedOrganisation('Bygg Konsern', 'medlem', { notes: 'Nei' })
    const a = await seedOrganisation('Bygg AS', 'medlem', { notes: 'Nei', mergedInto: top.id })
    const b = await seedOrganisation('Bygg as', 'medlem', { mergedInto: a.id })
    // X's chain leads to a record not here; Y and Z point at each other.
    const x = await seedOrganisation('Bygg X', 'medlem', { mergedInto: 'finnes-ikke' })
    const z = await seedOrganisation('Bygg Z', 'medlem', { notes: 'Nei' })
    const y = await seedOrganisation('Bygg Y', 'medlem', { mergedInto: z.id })
    await db().organisations.put({ ...z, mergedInto: y.id })
    await db().syncCells.bulkPut([landedCell(a.id, b.id), landedCell(top.id, b.id), landedCell(z.id, y.id)])
    const { v, run } = apply([b.id, x.id, y.id, 'aldri-her'])
    await run()
    expect(written(v)).toEqual({ [`organisations|${a.id}`]: 'Egen', [`organisations|${top.id}`]: 'Egen', [`organisations|${z.id}`]: 'Egen' })
  })

  it('follows a chain of up to fifty survivors (longer ones only come of a broken row)', async () => {
    const b = await seedOrganisation('Bygg as')
    const chain: Organisation[] = []
    for (let i = 0; i < 51; i++) chain.push(await seedOrganisation(`Bygg ${i}`, 'medlem', { notes: 'Nei' }))
    // B → Bygg 0 → … → Bygg 50: Bygg 49 is the fiftieth survivor, Bygg 50 the fifty-first.
    await db().organisations.put({ ...b, mergedInto: chain[0]?.id })
    for (const [i, row] of chain.entries()) if (i < 50) await db().organisations.put({ ...row, mergedInto: chain[i + 1]?.id })
    await db().syncCells.bulkPut([landedCell(chain[49]?.id as string, b.id), landedCell(chain[50]?.id as string, b.id)])
    const { v, run } = apply([b.id])
    await run()
    expect(written(v)).toEqual({ [`organisations|${chain[49]?.id}`]: 'Egen' })
  })

  it('leaves a survivor alone when nothing of the erased record landed on it, or its row is gone', async () => {
    const a = await seedOrganisation('Bygg AS', 'medlem', { notes: 'Nei' })
    const b = await seedOrganisation('Bygg as', 'medlem', { mergedInto: a.id })
    const c = await seedOrganisation('Bygg A/S', 'medlem', { mergedInto: 'borte' })
    await db().syncCells.bulkPut([landedCell('borte', c.id)])
    const { v, run } = apply([b.id, c.id])
    await run()
    expect([...v.dirty]).toEqual([])
    expect(v.rows.get('organisations|borte')).toBeNull()
  })

  it('keeps a change this apply made to the survivor’s cell since the landing', async () => {
    const a = await seedOrganisation('Bygg AS', 'medlem', { notes: 'Per skrev dette' })
    const b = await seedOrganisation('Bygg as', 'medlem', { mergedInto: a.id })
    await db().syncCells.put(landedCell(a.id, b.id))
    const { v, run } = apply([b.id])
    const newer = { id: `organisations|${a.id}|notes`, ts: stamp(8), installId: 'per' }
    v.cells.set(newer.id, newer)
    v.rows.set(`organisations|${a.id}`, { ...a, notes: 'Per skrev dette' })
    await run()
    expect([...v.dirty]).toEqual([])
    expect(v.cells.get(newer.id)).toEqual(newer)
  })

  it('leaves an erasure handled by an earlier apply alone', async () => {
    const a = await seedOrganisation('Bygg AS', 'medlem', { notes: 'Nei' })
    const b = await seedOrganisation('Bygg as', 'medlem', { mergedInto: a.id })
    await db().syncCells.put(landedCell(a.id, b.id))
    const { v, run } = apply([b.id], [b.id])
    await run()
    expect([...v.dirty]).toEqual([])
  })

  it('drops the conflicts whose side was the erased record’s edit, kept or raised in this apply, and no others', async () => {
    const a = await seedOrganisation('Bygg AS', 'medlem', { notes: 'Ja' })
    const b = await seedOrganisation('Bygg as', 'medlem', { mergedInto: a.id })
    const key = `organisations|${a.id}|notes`
    // B's note lost to A's own concurrent one: only a conflict, whose side is B's cell as it stood.
    await db().syncCells.put({ id: `organisations|${b.id}|notes`, ts: EDIT, installId: 'ola' })
    await db().syncConflicts.bulkPut([
      conflict(key, 'stored-erased', [EDIT, stamp(6)]),
      conflict(key, 'stored-other', [stamp(3), stamp(6)]),
      conflict(`organisations|${a.id}|website`, 'stored-other-cell', [EDIT, stamp(6)]),
    ])
    const { v, run } = apply([b.id])
    for (const c of [conflict(key, 'new-erased', [stamp(6), EDIT]), conflict(key, 'new-other', [stamp(3), stamp(4)]), conflict(`organisations|${a.id}|website`, 'new-other-cell', [EDIT, stamp(4)])]) v.conflicts.set(c.id, c)
    await run()
    expect([...v.dirty]).toEqual([])
    expect((await db().syncConflicts.toArray()).map((c) => c.id).toSorted()).toEqual(['stored-other', 'stored-other-cell'])
    expect([...v.conflicts.keys()].toSorted()).toEqual(['new-other', 'new-other-cell'])
  })
})

type Organisation = Awaited<ReturnType<typeof seedOrganisation>>
