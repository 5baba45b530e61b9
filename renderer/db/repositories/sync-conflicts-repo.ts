/**
 * Conflicts as the secretariat reads them, and deciding one (issue 16). A decision is an ordinary
 * change of the field with a fresh stamp, written even when the chosen value is the one the field
 * holds: that message, having seen both sides, settles the same conflict on every other laptop.
 */
import Dexie from 'dexie'
import type { Row } from '../../domain/backup/envelope'
import { decodeValue, fieldKey } from '../../domain/sync/fields'
import type { ConflictSide, SyncConflict, SyncState } from '../../domain/sync/records'
import { fieldWord, recordInWords, stampTime, tableWord, valueInWords, type RowLookup } from '../../domain/sync/words'
import { laptopName } from '../../../electron/shared/laptop-name'
import { db } from '../db'
import { markApplying, recordChanges } from '../sync-middleware'
import { nowIso } from './base'

export type ConflictSideView = { value: string; who: string; at: string; current: boolean }
export type ConflictView = { id: string; record: string; field: string; sides: ConflictSideView[]; settledAt: string | null; settledBy: string | null }

/**
 * Words that name records read them through a plain lookup; the rows they ask for are read here and
 * the words made again, until they ask for nothing new (a registration names its event and person).
 */
async function inWords<T>(make: (lookup: RowLookup) => T): Promise<T> {
  const d = db()
  const known = new Map<string, Row | undefined>()
  for (let round = 0; ; round++) {
    const missing = new Map<string, [string, string]>()
    const lookup: RowLookup = (table, id) => {
      const key = `${table}|${id}`
      if (!known.has(key) && !missing.has(key)) missing.set(key, [table, id])
      return known.get(key)
    }
    const words = make(lookup)
    if (missing.size === 0 || round >= 5) return words
    for (const [key, [table, id]] of missing) known.set(key, d.tables.some((t) => t.name === table) ? ((await d.table(table).get(id)) as Row | undefined) : undefined)
  }
}

/** Open conflicts first; each with its record's name, the field's label and both sides in words. */
export async function describeConflicts(): Promise<ConflictView[]> {
  const d = db()
  const state = await d.syncState.get('this')
  const rows = await d.syncConflicts.toArray()
  rows.sort((a, b) => Number(!!a.settledAt) - Number(!!b.settledAt) || b.detectedAt.localeCompare(a.detectedAt))
  const views: ConflictView[] = []
  for (const c of rows) {
    const row = (await d.table(c.table).get(c.row)) as Row | undefined
    const current = JSON.stringify(row?.[c.field] ?? null)
    const other = (s: ConflictSide) => decodeValue(c.sides.find((o) => o !== s)?.value ?? null)
    const side = (s: ConflictSide, lookup: RowLookup): ConflictSideView => ({
      value: valueInWords(c.field, s.value, { table: c.table, lookup, other: other(s) }),
      who: s.installId === state?.installId ? (s.userName ? `«${s.userName}» (denne maskinen)` : 'deg (denne maskinen)') : laptopName(s.installId, s.userName),
      at: stampTime(s.ts),
      current: JSON.stringify(decodeValue(s.value) ?? null) === current,
    })
    const words = await inWords((lookup) => ({
      // A row this laptop no longer holds (erased, never arrived) is still named by its kind.
      record: row ? recordInWords(c.table, row, lookup) : `${tableWord(c.table)} (ukjent)`,
      sides: c.sides.map((s) => side(s, lookup)),
    }))
    views.push({ id: c.id, record: words.record, field: fieldWord(c.field, c.table), sides: words.sides, settledAt: c.settledAt, settledBy: c.settledBy })
  }
  return views
}

/** Keeps one side: the field gets that value as a new change of this laptop, and the conflict is settled here and, once synced, everywhere. */
export async function decideConflict(id: string, side: 0 | 1): Promise<void> {
  const d = db()
  await d.transaction('rw', d.tables, async () => {
    const conflict = (await d.syncConflicts.get(id)) as SyncConflict | undefined
    const state = (await d.syncState.get('this')) as SyncState | undefined
    if (!conflict || conflict.settledAt || !state?.enabled) throw new Error('Konflikten er allerede avgjort.')
    const chosen = conflict.sides[side]
    const row = ((await d.table(conflict.table).get(conflict.row)) as Row | undefined) ?? { id: conflict.row }
    const now = nowIso()
    const value = decodeValue(chosen.value)
    const next: Row = { ...row, updatedAt: now }
    if (value === undefined) delete next[conflict.field]
    else next[conflict.field] = value
    const trans = (Dexie.currentTransaction as unknown as { idbtrans: Parameters<typeof recordChanges>[1] }).idbtrans
    // Written without the middleware's diff, so the decision travels even when the value is unchanged.
    markApplying(trans, true)
    await d.table(conflict.table).put(next)
    markApplying(trans, false)
    await recordChanges(d.core, trans, state, [
      { table: conflict.table, row: conflict.row, field: conflict.field, op: 'set', value: chosen.value },
      { table: conflict.table, row: conflict.row, field: 'updatedAt', op: 'set', value: now },
    ], now)
    const open = await d.syncConflicts.where('cell').equals(fieldKey(conflict.table, conflict.row, conflict.field)).filter((c) => !c.settledAt).toArray()
    await d.syncConflicts.bulkPut(open.map((c) => ({ ...c, settledAt: now, settledBy: state.userName })))
  })
}

/**
 * Conflicts about rows erased on this laptop go, settled or open: their sides hold the erased values,
 * and a settled conflict is still listed. An erasure arriving by sync drops them the same way.
 * Runs inside the erasing transaction, which must include syncConflicts and syncState.
 */
export async function forgetConflictsAbout(rows: readonly string[]): Promise<void> {
  const d = db()
  if (rows.length === 0) return
  const gone = await d.syncConflicts.where('row').anyOf([...rows]).toArray()
  if (gone.length === 0) return
  await d.syncConflicts.bulkDelete(gone.map((c) => c.id))
  const open = gone.filter((c) => !c.settledAt).length
  const state = open > 0 ? await d.syncState.get('this') : undefined
  if (state) await d.syncState.put({ ...state, openConflicts: Math.max(0, state.openConflicts - open) })
}
