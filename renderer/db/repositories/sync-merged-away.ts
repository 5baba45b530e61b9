/**
 * Sync's apply step and the duplicate merge (issue 16): which record is merged into which, as the
 * synced data says, and what follows from it. When organisation B has been joined into A (B stays
 * deleted with `mergedInto: A`), what other laptops did to B before they knew of the merge lands on
 * A, the same way on every laptop, whichever arrives first:
 * - rows that refer to B (a new person, registration, contract …) point at A (the merge's movers;
 *   not the history, which stays where its author wrote it);
 * - an edit of B's own field, or a role given to B, lands on A (sync-stray-edits.ts).
 * B itself follows the ordinary cell rules, so it stays deleted and holds the same values everywhere
 * (a merged-away person blanked, and what had landed on B while it was a survivor given back:
 * sync-tombstone.ts).
 * Merges of one chain made on several laptops (C into B there, B into A here) end at one survivor:
 * C's `mergedInto` names A, and what referred to B or C refers to A. Two laptops merging opposite
 * ways (a cycle) keep the later merge, and the record the earlier one merged away stands again
 * (domain/organisation/merge-chains.ts). One record merged into two (a fork) goes with the later.
 * What is derived here is a function of the synced data, not of the order it arrived in: the cells
 * keep the message's value of each reference pointed elsewhere, and an apply that changes any
 * `mergedInto` derives its kind's whole graph again (sync-merge-graph.ts); an edit landed on a
 * survivor is taken back there when its record turns out to belong to another (`unland`).
 *
 * Called from `applyBatches` (sync-apply-repo.ts) inside its transaction: `note` for every message,
 * `settle` once after the files, before erasures are enforced and the rows written. Its writes are
 * applied like other laptops' messages (no new messages): every laptop derives the same result.
 */
import type { Table } from 'dexie'
import type { SyncBatch } from '../../../electron/shared/channels/sync'
import type { SyncMessage } from '../../../electron/shared/sync-message'
import type { Row } from '../../domain/backup/envelope'
import { redirectRow, type Merges } from '../../domain/backup/merged-records'
import type { MergeKind } from '../../domain/organisation/merge-references'
import { resolveMerges, type MergeEdge } from '../../domain/organisation/merge-chains'
import { isMergeKind } from '../../domain/organisation/merged-edits'
import { cellKey } from '../../domain/sync/fields'
import { cellReader } from './sync-cells'
import { settleTombstones } from './sync-tombstone'
import { heldValue, keepRevived, remember, repoint, revivedIds, rowsNaming, wholeGraph, type GraphContext, type KindGraph } from './sync-merge-graph'
import { strayEdits, type LandingView } from './sync-stray-edits'
import { markStoredBlankings } from './sync-old-blanking'

/** The apply's rows, cells and reads (sync-apply-repo.ts), and its tables for the graph's scans. */
export type ApplyView = LandingView & { tables: ReadonlyMap<string, Table<Row, string>> }

const KINDS = ['organisations', 'people'] as const
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Every id a row mentions (keys are UUIDs): the records it may refer to. */
function idsIn(value: unknown, out: Set<string>, depth = 0): void {
  if (typeof value === 'string') {
    if (UUID.test(value)) out.add(value)
  } else if (Array.isArray(value)) {
    for (const v of value) idsIn(v, out, depth + 1)
  } else if (value && typeof value === 'object' && depth < 4 && !(value instanceof Uint8Array)) {
    for (const v of Object.values(value)) idsIn(v, out, depth + 1)
  }
}

/**
 * History stays where its author wrote it: the merge's own entries name the merged-away record on
 * purpose, and an entry about it from another laptop may be anonymised by an erasure there before or
 * after it moves, so moving it here would leave the laptops different. (The merge itself moves the
 * history it knows, as changes that travel.)
 */
const UNMOVED: ReadonlySet<string> = new Set(['auditLog'])

export function mergedAwayHook(v: ApplyView) {
  const storedCells = cellReader(v.d.syncCells)
  const ctx: GraphContext = { tables: v.tables, rows: v.rows, dirty: v.dirty, cells: v.cells, storedCells }
  /** Records whose `mergedInto` this apply brings a message for: their kind's graph is read again whole. */
  const regraph: Record<MergeKind, Set<string>> = { organisations: new Set(), people: new Set() }

  /**
   * Rows read only to look (not to write) stay out of the apply's cache: every row in it is looked at
   * again by the erasure step, and what it holds must not depend on what this hook happened to read.
   */
  const looked = new Map<string, Row | null>()
  const peek = (table: string, id: string): Row | null => {
    const key = `${table}|${id}`
    return v.rows.has(key) ? (v.rows.get(key) ?? null) : (looked.get(key) ?? null)
  }
  /** Reads rows neither cached nor looked at yet, in one read per table. */
  async function load(table: string, ids: Iterable<string>): Promise<void> {
    const missing = [...ids].filter((id) => !v.rows.has(`${table}|${id}`) && !looked.has(`${table}|${id}`))
    if (missing.length === 0) return
    const found = (await v.tables.get(table)?.bulkGet(missing)) ?? []
    missing.forEach((id, i) => looked.set(`${table}|${id}`, (found[i] as Row | undefined) ?? null))
  }
  /** The edits of records merged away, to land on their survivors (sync-stray-edits.ts). */
  const stray = strayEdits(v, { ctx, peek, load })

  /**
   * Merged-away id → final survivor, for the ids the touched rows mention (and the records they were
   * merged into), by the one rule for chains and cycles (merge-chains.ts), from each record's
   * `mergedInto` and the stamp of its cell: the same synced data gives the same answer everywhere.
   */
  async function mergesAmong(ids: Set<string>): Promise<{ merges: Merges; revived: Record<MergeKind, Map<string, string>> }> {
    const merges: Merges = { organisations: new Map(), people: new Map() }
    const revived: Record<MergeKind, Map<string, string>> = { organisations: new Map(), people: new Map() }
    for (const kind of KINDS) {
      const edges = new Map<string, MergeEdge>()
      // A revived record holds no `mergedInto`, yet its merge is part of the graph (sync-merge-graph.ts).
      const revivedHere = await revivedIds(ctx, kind)
      let next = new Set(ids)
      for (let round = 0; round < 16 && next.size > 0; round++) {
        await load(kind, next)
        const found = new Set<string>()
        const merged = [...next].flatMap((id) => {
          const row = peek(kind, id)
          return row && (typeof row.mergedInto === 'string' || revivedHere.has(id)) && !edges.has(id) ? [[id, row] as const] : []
        })
        // The stamps of their merges: this apply's own first, the rest in one read.
        const keys = merged.map(([id]) => cellKey(kind, id, 'mergedInto'))
        const unread = keys.filter((k) => !v.cells.has(k))
        const read = unread.length > 0 ? await storedCells(unread) : []
        const stored = new Map(unread.map((k, i) => [k, read[i] ?? null]))
        merged.forEach(([id, row], i) => {
          const key = keys[i] as string
          const cell = v.cells.has(key) ? v.cells.get(key) : stored.get(key)
          // The merge as its message holds it, not as a chain flattened here.
          const to = heldValue(cell, row.mergedInto)
          if (typeof to !== 'string' || to === id) return
          edges.set(id, { to, stamp: cell?.ts ?? '' })
          found.add(to)
        })
        next = found
      }
      const resolved = resolveMerges(edges)
      merges[kind] = resolved.survivors
      revived[kind] = resolved.revived
    }
    return { merges, revived }
  }

  /**
   * A record a void merge (a cycle's earliest, merge-chains.ts) had merged away stands again: no
   * `mergedInto`, and not deleted unless someone deleted it after the merges (its `deletedAt` cell is
   * later than every merge of the cycle). Derived here on every laptop, as the redirections are.
   */
  async function revive(kind: MergeKind, id: string, latestMerge: string): Promise<void> {
    const key = `${kind}|${id}`
    const row = await v.rowOf(kind, id)
    if (!row) return
    const deletion = await v.cellOf(cellKey(kind, id, 'deletedAt'))
    // Its merge stays in the data (the cell keeps the message's value): the graph still holds it.
    const merge = await v.cellOf(cellKey(kind, id, 'mergedInto'))
    remember(ctx, merge, heldValue(merge, row.mergedInto), undefined)
    const { mergedInto: _m, ...rest } = row
    // Erased (an emptied trash) or deleted later, it stays deleted, as of its deletion's stamp: the row
    // may hold the void merge's stamp here (a merged-away record is deleted as of its merge), not elsewhere.
    // Its merge is void all the same, or two records would name each other.
    const stays = v.erased(kind, row) || (!!deletion && deletion.ts > latestMerge)
    const next: Row = stays ? { ...rest, deletedAt: deletion ? deletion.ts.slice(0, 24) : rest.deletedAt } : { ...rest, deletedAt: null }
    v.rows.set(key, next)
    v.dirty.add(key)
  }

  return {
    /** Every incoming change of a record's own field may be an edit of a record merged away. */
    note(m: SyncMessage, batch: SyncBatch): void {
      if (isMergeKind(m.table) && m.field === 'mergedInto') regraph[m.table].add(m.row)
      stray.note(m, batch)
    },

    /** The merges, then the tombstones of merged-away people (sync-tombstone.ts), as they now stand. */
    async settle(): Promise<void> {
      const storedRow = async (id: string) => (await v.tables.get('people')?.get(id)) as Row | undefined
      await markStoredBlankings({ files: v.files, cells: v.cells, cellOf: v.cellOf, storedCells, storedRow }, regraph.people)
      const revived = await settleMerges()
      const people = [...v.dirty].filter((k) => k.startsWith('people|')).map((k) => k.slice('people|'.length))
      await settleTombstones(ctx, people, [...regraph.people, ...revived], (row) => v.erased('people', row))
    },
  }

  /** Returns the people revived. */
  async function settleMerges(): Promise<Iterable<string>> {
    const touched = [...v.dirty]
    const ids = new Set<string>()
    for (const key of touched) idsIn(v.rows.get(key), ids)
    for (const id of stray.ids()) ids.add(id)
    const { merges, revived } = await mergesAmong(ids)
    const graphs: Record<MergeKind, KindGraph> = {
      organisations: { survivors: merges.organisations, revived: revived.organisations, whole: null },
      people: { survivors: merges.people, revived: revived.people, whole: null },
    }
    // A `mergedInto` changed: that kind's whole graph, and every row naming it, is derived again.
    const looked = new Map<string, Row>()
    for (const kind of KINDS) {
      if (regraph[kind].size === 0) continue
      graphs[kind] = await wholeGraph(ctx, kind, regraph[kind])
      merges[kind] = graphs[kind].survivors
      revived[kind] = graphs[kind].revived
    }
    const regraphed = KINDS.filter((kind) => graphs[kind].whole !== null)
    if (regraphed.length === 0 && merges.organisations.size === 0 && merges.people.size === 0 && revived.organisations.size === 0 && revived.people.size === 0) return []
    const held = new Set<string>()
    for (const key of touched) {
      const [table, id] = key.split('|') as [string, string]
      if (!isMergeKind(table) || !merges[table].has(id)) continue
      const before = (await v.tables.get(table)?.get(id)) as Row | undefined
      // Merged away by a file of this apply: its edits may land. (Rows referring to it move with the graph, below.)
      if (before?.mergedInto) continue
      held.add(key)
      await stray.held(table, id, before)
    }
    // Merged away before, into another survivor than now, or by another merge (a later message of its
    // `mergedInto`: whether the merge had seen an edit is the winning merge's to say): its landed edits
    // are weighed again.
    for (const kind of regraphed) {
      for (const id of [...merges[kind].keys(), ...revived[kind].keys()]) {
        const before = (await v.tables.get(kind)?.get(id)) as Row | undefined
        const was = before?.mergedInto
        if (typeof was !== 'string') {
          // Standing here (a cycle had revived it) and merged away again by a change elsewhere in its
          // graph (a fork down its chain), with no message of its own in this apply: its edits land as
          // where everything arrived at once (seed 1462662540, revived-then-forked.test.ts).
          if (merges[kind].has(id) && !held.has(`${kind}|${id}`)) await stray.held(kind, id, before)
          continue
        }
        if (was === merges[kind].get(id) && !regraph[kind].has(id)) continue
        await stray.unland(kind, was, id)
        if (merges[kind].has(id)) await stray.held(kind, id, before)
      }
      // Merged away here before and by no merge now: its `mergedInto` was taken off (an undo on the
      // merging laptop). What had landed from it on its survivor goes back, fields and roles alike, as
      // for a fork: the survivor holds its own change again, and the record its own values
      // (settleTombstones), as on the merging laptop, which undid it before it had them (undone-landing.test.ts).
      for (const id of regraph[kind]) {
        if (merges[kind].has(id) || revived[kind].has(id)) continue
        const was = ((await v.tables.get(kind)?.get(id)) as Row | undefined)?.mergedInto
        if (typeof was === 'string') await stray.unland(kind, was, id)
      }
    }
    for (const kind of regraphed) await rowsNaming(ctx, kind, graphs[kind].whole as Set<string>, looked)
    // A revived record's merge stays in the data: its cell keeps the message's value, as it stood
    // before any redirection here.
    for (const kind of KINDS) {
      for (const id of revived[kind].keys()) {
        const row = v.rows.get(`${kind}|${id}`) ?? looked.get(`${kind}|${id}`) ?? (await v.rowOf(kind, id))
        const merge = await v.cellOf(cellKey(kind, id, 'mergedInto'))
        remember(ctx, merge, heldValue(merge, row?.mergedInto), undefined)
      }
    }
    await repoint(ctx, [...v.dirty, ...looked.keys()], graphs, looked)
    for (const key of v.dirty) {
      const [table, id] = key.split('|') as [string, string]
      const row = v.rows.get(key)
      if (!row) continue
      if (isMergeKind(table) && merges[table].has(id)) {
        // Restored on a laptop that had not seen the merge, later by the clock: it stays merged away,
        // deleted as of that restore's stamp; trashed there later, it keeps the trash's date (the
        // latest clock's). Never from the merge's cell: a later merge (a chain flattened) moves only
        // `mergedInto`, and the merging laptop's own row keeps its date (seed 3848061, path 58).
        const deletion = await v.cellOf(cellKey(table, id, 'deletedAt'))
        const merge = deletion ? null : await v.cellOf(cellKey(table, id, 'mergedInto'))
        if (!row.deletedAt) v.rows.set(key, { ...row, deletedAt: (deletion ?? merge)?.ts.slice(0, 24) ?? String(row.updatedAt) })
      }
      if (UNMOVED.has(table)) continue
      const current = v.rows.get(key) as Row
      const moved = redirectRow(table, current, merges)
      if (moved !== current) v.rows.set(key, moved)
    }
    // After the redirections (which may have pointed a revived record's `mergedInto` at itself).
    for (const kind of KINDS) {
      for (const [id, latest] of revived[kind]) await revive(kind, id, latest)
      // Those revived here, for the next graph: all of them after a whole read, else added to.
      const known = graphs[kind].whole ? [] : await revivedIds(ctx, kind)
      await keepRevived(ctx, kind, [...known, ...revived[kind].keys()])
    }
    await stray.landAll(merges)
    return revived.people.keys()
  }
}
