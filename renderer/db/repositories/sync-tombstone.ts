/**
 * A person merged away keeps only a name (merge-repo.ts): title, e-mail, phone and roles are blank
 * in its row (PERSON_TOMBSTONE, merged-edits.ts). Issue 16: that blanking is no change of the
 * person's fields. If it travelled as field messages, a record that stands again (a cycle's void
 * merge, merge-chains.ts) would keep the blanks: they are later than its real values, so they win.
 * So the blanking follows from `mergedInto` on every laptop, as the redirections do:
 * - the merge blanks the row without messages (`settleMergedAway`), and each blanked field's cell
 *   keeps the value its message holds (`messageValue`, records.ts; for a role: `true`, it is there);
 * - an apply or a join blanks every merged-away person it holds the same way (`hideTombstone`), also
 *   after an edit of it from a laptop that had not seen the merge (the cell keeps that edit's value);
 * - a person with no `mergedInto` again (revived, undone) holds what its messages hold (`showTombstone`).
 * A snapshot carries each field as its message holds it (sync-snapshot-repo.ts), so a laptop that joins
 * derives the same. Nothing here is sent. An erased person's kept values are dropped
 * (`forgetTombstone`), and never restored nor put in a snapshot.
 */
import Dexie, { type EntityTable, type Table } from 'dexie'
import type { Row } from '../../domain/backup/envelope'
import { isTombstoneField, LANDING_FIELDS, PERSON_TOMBSTONE, PERSON_TOMBSTONE_SETS } from '../../domain/organisation/merged-edits'
import type { MergeKind } from '../../domain/organisation/merge-references'
import { canonicalSet, cellKey, decodeValue, encodeValue, stableText } from '../../domain/sync/fields'
import type { SyncCell } from '../../domain/sync/records'
import { db } from '../db'
import { markApplying } from '../sync-middleware'
import { cellReader, remember } from './sync-cells'
import { giveBackElements } from './sync-landed-elements'

/** What these functions read and write: an apply's or a join's rows and cells (sync-merge-graph.ts), written by the caller. */
type GraphContext = {
  tables: ReadonlyMap<string, Table<Row, string>>
  rows: Map<string, Row | null>
  dirty: Set<string>
  cells: Map<string, SyncCell | null>
  storedCells: (keys: readonly string[]) => Promise<(SyncCell | undefined)[]>
}

const SCALARS = Object.entries(PERSON_TOMBSTONE)

export const isMergedAwayPerson = (row: Row | null | undefined): row is Row => !!row && typeof row.mergedInto === 'string' && !row.erasedAt

async function cellAt(ctx: GraphContext, key: string): Promise<SyncCell | null> {
  if (ctx.cells.has(key)) return ctx.cells.get(key) ?? null
  return (await ctx.storedCells([key]))[0] ?? null
}

/** The cells of one set field's elements (records only: a join's blocks hold no kept values). */
async function elementCells(ctx: GraphContext, id: string, field: string): Promise<SyncCell[]> {
  const prefix = `${cellKey('people', id, field)}|`
  const table = ctx.tables.get('syncCells') as unknown as Table<SyncCell, string> | undefined
  const found = new Map(((await table?.where('id').between(prefix, `${prefix}\uffff`).toArray()) ?? []).map((c) => [c.id, c as SyncCell | null]))
  for (const [key, cell] of ctx.cells) if (key.startsWith(prefix)) found.set(key, cell)
  return [...found.values()].filter((c): c is SyncCell => !!c)
}

/** The elements of a merged-away person's blanked set field, as its element cells keep them. */
export async function keptElements(ctx: GraphContext, id: string, field: string): Promise<unknown[]> {
  const prefix = `${cellKey('people', id, field)}|`
  return (await elementCells(ctx, id, field)).filter((c) => c.messageValue === true).map((c) => decodeValue(JSON.parse(c.id.slice(prefix.length))))
}

/** The row blanked as a merged-away person; each blanked field's cell keeps its message's value. */
export async function hideTombstone(ctx: GraphContext, id: string, row: Row): Promise<Row> {
  let out = row
  for (const [field, blank] of SCALARS) {
    const value = out[field]
    if (value === undefined || stableText(value) === stableText(blank)) continue
    remember(ctx, await cellAt(ctx, cellKey('people', id, field)), value, blank)
    out = { ...out, [field]: blank }
  }
  for (const field of PERSON_TOMBSTONE_SETS) {
    const list = Array.isArray(out[field]) ? (out[field] as unknown[]) : []
    if (list.length === 0) continue
    for (const element of list) remember(ctx, await cellAt(ctx, cellKey('people', id, field, encodeValue(element))), true, false)
    out = { ...out, [field]: [] }
  }
  return out
}

/** The row of a person no longer merged away, holding what its messages hold again. */
export async function showTombstone(ctx: GraphContext, id: string, row: Row): Promise<Row> {
  let out = row
  for (const [field] of SCALARS) {
    const cell = await cellAt(ctx, cellKey('people', id, field))
    if (cell?.messageValue === undefined) continue
    out = { ...out, [field]: cell.messageValue }
    remember(ctx, cell, cell.messageValue, cell.messageValue)
  }
  for (const field of PERSON_TOMBSTONE_SETS) {
    const back = (await elementCells(ctx, id, field)).filter((c) => c.messageValue === true)
    if (back.length === 0) continue
    const prefix = `${cellKey('people', id, field)}|`
    const list = Array.isArray(out[field]) ? [...(out[field] as unknown[])] : []
    for (const cell of back) {
      const element = decodeValue(JSON.parse(cell.id.slice(prefix.length)))
      if (!list.some((v) => stableText(v) === stableText(element))) list.push(element)
      remember(ctx, cell, true, true)
    }
    out = { ...out, [field]: canonicalSet(list) }
  }
  return out
}

/**
 * After an apply or a join: the merged-away people among `merged` (ids) are blanked, and those it may
 * have brought back (`unmerged`: their `mergedInto` changed, or a cycle revived them) hold their
 * values again. `erased`: rows the erasure ledger covers, left alone.
 */
export async function settleTombstones(ctx: GraphContext, merged: Iterable<string>, unmerged: Iterable<string>, erased: (row: Row) => boolean): Promise<void> {
  const rowOf = async (id: string): Promise<Row | null> => {
    const key = `people|${id}`
    return ctx.rows.has(key) ? (ctx.rows.get(key) ?? null) : (((await ctx.tables.get('people')?.get(id)) as Row | undefined) ?? null)
  }
  const put = (id: string, before: Row, after: Row) => {
    if (after === before) return
    ctx.rows.set(`people|${id}`, after)
    ctx.dirty.add(`people|${id}`)
  }
  for (const id of new Set(merged)) {
    const row = await rowOf(id)
    if (isMergedAwayPerson(row) && !erased(row)) put(id, row, await hideTombstone(ctx, id, row))
  }
  for (const id of new Set(unmerged)) {
    const row = await rowOf(id)
    if (row && typeof row.mergedInto !== 'string' && !row.erasedAt && !erased(row)) put(id, row, await showTombstone(ctx, id, row))
  }
}

/**
 * The merged-away record's row once the duplicate merge has written it, inside the merge's
 * transaction, written here without messages (the other laptops derive the same from `mergedInto`):
 * - edits of other records that sync had landed on it while it was a survivor are taken back: a
 *   merged-away record holds what its own messages hold, as on a laptop that learnt of both merges at
 *   once (the merge chose the survivor's values with them in view);
 * - a person is blanked (`hideTombstone`), its cells keeping the values.
 */
export async function settleMergedAway(kind: MergeKind, id: string): Promise<void> {
  const d = db()
  const row = (await d.table(kind).get(id)) as Row | undefined
  if (!row) return
  const ctx: GraphContext = { tables: new Map(d.tables.map((t) => [t.name, t as Table<Row, string>])), rows: new Map(), dirty: new Set(), cells: new Map(), storedCells: cellReader(d.syncCells) }
  let out = row
  for (const field of LANDING_FIELDS[kind]) {
    const cell = await cellAt(ctx, cellKey(kind, id, field))
    const own = cell?.landed?.own
    if (!own) continue
    out = { ...out, [field]: own.value }
    ctx.cells.set(cell.id, { id: cell.id, ts: own.ts, installId: own.installId })
  }
  // Roles landed on it too (sync-landed-elements.ts), before the blanking hides them in its cells:
  // kept there, a later fork or cycle would weigh them as its own (a laptop that learnt of both
  // merges at once never had them on it).
  out = (await giveBackElements(kind, out, null, { cellOf: (key) => cellAt(ctx, key), put: async (key, cell) => void ctx.cells.set(key, cell) })).row
  if (kind === 'people') out = await hideTombstone(ctx, id, out)
  if (out !== row) {
    const trans = (Dexie.currentTransaction as unknown as { idbtrans?: object } | null)?.idbtrans
    if (!trans) throw new Error('Sammenslåingen må skrives i én transaksjon.')
    markApplying(trans, true)
    try {
      await d.table(kind).put(out)
    } finally {
      markApplying(trans, false)
    }
  }
  const cells = [...ctx.cells.values()].filter((c): c is SyncCell => !!c)
  if (cells.length > 0) await d.syncCells.bulkPut(cells)
  // An element given back to none: the survivor never had a change of it.
  const gone = [...ctx.cells].filter(([, c]) => !c).map(([key]) => key)
  if (gone.length > 0) await d.syncCells.bulkDelete(gone)
}

/** Erased people: the values their cells kept for a revival go (they are never restored nor sent). */
export async function forgetTombstone(cells: EntityTable<SyncCell, 'id'>, ids: Iterable<string>): Promise<void> {
  const changed: SyncCell[] = []
  for (const id of new Set(ids)) {
    const prefix = cellKey('people', id, '')
    for (const cell of await cells.where('id').between(prefix, `${prefix}\uffff`).toArray()) {
      const field = cell.id.slice(prefix.length).split('|', 1)[0] as string
      if (cell.messageValue === undefined || !isTombstoneField('people', field)) continue
      const { messageValue: _kept, ...plain } = cell
      changed.push(plain)
    }
  }
  if (changed.length > 0) await cells.bulkPut(changed)
}
