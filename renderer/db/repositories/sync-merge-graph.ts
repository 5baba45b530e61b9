/**
 * Merges that meet in sync (issue 16) must leave every laptop identical: each reference a merge
 * moves (a person's organisation, a registration's person, a merged-away record's `mergedInto` …)
 * is a pure function of synced data. Its value is the one its winning message holds, pointed at that
 * record's final survivor, and the survivors come from `resolveMerges` over every record's
 * `mergedInto` as its own winning message holds it. Never the arrival order:
 * - the apply points references at survivors without messages (every laptop derives the same), so
 *   the cell keeps the message's value beside its stamp (`messageValue`, records.ts) whenever the
 *   row holds another; a later message of the field replaces the cell, and with it that value;
 * - when an apply brings any change of a `mergedInto` (a fork's later merge, a cycle broken another
 *   way, an undo), the whole merge graph of that kind is read again (one scan of its table), and every
 *   row naming a record of it is derived again from the values its messages hold (one scan of each
 *   table that refers to that kind). An apply without such a change scans nothing;
 * - a revived record (a cycle's void merge, merge-chains.ts) holds no `mergedInto`, so its id is kept
 *   in a registry (`~revived|<kind>` in syncCells, not a cell: never sent, never in a snapshot).
 * Set fields (lists of ids) are still pointed at survivors as they stand (redirectRow).
 */
import type { EntityTable, Table } from 'dexie'
import type { Row } from '../../domain/backup/envelope'
import { resolveMerges, type MergeEdge, type ResolvedMerges } from '../../domain/organisation/merge-chains'
import { ORGANISATION_REFERENCES, PERSON_REFERENCES, REFERENCE_FIELDS, REFERENCE_SETS, type MergeKind, type Mover } from '../../domain/organisation/merge-references'
import { cellKey, stableText } from '../../domain/sync/fields'
import type { SyncCell } from '../../domain/sync/records'
import { cellReader, heldValue, remember } from './sync-cells'
import { settleTombstones } from './sync-tombstone'

export { heldValue, remember }

export type GraphContext = {
  tables: ReadonlyMap<string, Table<Row, string>>
  rows: Map<string, Row | null>
  dirty: Set<string>
  cells: Map<string, SyncCell | null>
  storedCells: (keys: readonly string[]) => Promise<(SyncCell | undefined)[]>
}

/** Per kind: the merges as resolved, and (after an apply that changed the graph) every id of it. */
export type KindGraph = ResolvedMerges & { whole: Set<string> | null }

const MOVERS: Record<MergeKind, Readonly<Record<string, Mover | null>>> = { organisations: ORGANISATION_REFERENCES, people: PERSON_REFERENCES }
const KINDS = ['organisations', 'people'] as const

type Registry = SyncCell & { ids: string[] }
const registryKey = (kind: MergeKind) => `~revived|${kind}`


/** Cells by key: this apply's first, the rest in one read. */
async function cellsAt(ctx: GraphContext, keys: readonly string[]): Promise<Map<string, SyncCell | null>> {
  const out = new Map<string, SyncCell | null>()
  const unread = [...new Set(keys)].filter((k) => !ctx.cells.has(k))
  const read = unread.length > 0 ? await ctx.storedCells(unread) : []
  unread.forEach((k, i) => out.set(k, read[i] ?? null))
  for (const k of keys) if (ctx.cells.has(k)) out.set(k, ctx.cells.get(k) ?? null)
  return out
}

/** Ids of records revived here (they hold no `mergedInto`, but their merge is part of the graph). */
export async function revivedIds(ctx: GraphContext, kind: MergeKind): Promise<Set<string>> {
  const found = (await cellsAt(ctx, [registryKey(kind)])).get(registryKey(kind)) as Registry | null
  return new Set(found?.ids ?? [])
}

export async function keepRevived(ctx: GraphContext, kind: MergeKind, ids: Iterable<string>): Promise<void> {
  const key = registryKey(kind)
  const next = [...new Set(ids)].sort()
  const known = [...(await revivedIds(ctx, kind))].sort()
  if (stableText(next) !== stableText(known)) ctx.cells.set(key, { id: key, ts: '', installId: '', ids: next } as Registry)
}


/** Whether a value (an id, a list, a lunch's speaking order …) names any of `ids`. */
function names(value: unknown, ids: ReadonlySet<string> | ReadonlyMap<string, unknown>, depth = 0): boolean {
  if (typeof value === 'string') return ids.has(value)
  if (Array.isArray(value)) return value.some((v) => names(v, ids, depth + 1))
  if (value && typeof value === 'object' && depth < 4) return Object.values(value).some((v) => names(v, ids, depth + 1))
  return false
}

/**
 * The whole merge graph of one kind, read again after an apply changed some `mergedInto` (`changed`):
 * every record holding one (one scan of the table), those revived here, and those changed now.
 * `whole`: every id of it, and every record rows were pointed at before (the stored `mergedInto`s).
 */
export async function wholeGraph(ctx: GraphContext, kind: MergeKind, changed: ReadonlySet<string>): Promise<KindGraph> {
  const table = ctx.tables.get(kind) as Table<Row, string>
  const stored = new Map<string, Row>()
  await table.each((row: Row) => {
    if (typeof row.mergedInto === 'string') stored.set(String(row.id), row)
  })
  const ids = [...new Set([...stored.keys(), ...(await revivedIds(ctx, kind)), ...changed])]
  const missing = ids.filter((id) => !ctx.rows.has(`${kind}|${id}`) && !stored.has(id))
  const found = missing.length > 0 ? await table.bulkGet(missing) : []
  missing.forEach((id, i) => {
    const row = found[i]
    if (row) stored.set(id, row)
  })
  const cells = await cellsAt(ctx, ids.map((id) => cellKey(kind, id, 'mergedInto')))
  const edges = new Map<string, MergeEdge>()
  const whole = new Set<string>(ids)
  for (const row of stored.values()) if (typeof row.mergedInto === 'string') whole.add(row.mergedInto)
  for (const id of ids) {
    const row = ctx.rows.has(`${kind}|${id}`) ? ctx.rows.get(`${kind}|${id}`) : stored.get(id)
    const cell = cells.get(cellKey(kind, id, 'mergedInto'))
    const to = heldValue(cell, row?.mergedInto)
    if (typeof to !== 'string' || to === id) continue
    edges.set(id, { to, stamp: cell?.ts ?? '' })
    whole.add(to)
  }
  return { ...resolveMerges(edges), whole }
}

/**
 * Rows that name an id of a changed graph (one scan of each table referring to the kind), the
 * graph's own records among them: the ones to derive again. Rows the apply holds are its own.
 */
export async function rowsNaming(ctx: GraphContext, kind: MergeKind, whole: ReadonlySet<string>, into: Map<string, Row>): Promise<void> {
  const tables = new Set([...Object.keys(REFERENCE_FIELDS[kind]), ...Object.keys(REFERENCE_SETS[kind])])
  for (const name of tables) {
    const table = ctx.tables.get(name)
    if (!table) continue
    const fields = [...(REFERENCE_FIELDS[kind][name] ?? []), ...(REFERENCE_SETS[kind][name] ?? [])]
    const hits = new Map<string, Row>()
    await table.each((row: Row) => {
      if ((name === kind && whole.has(String(row.id))) || fields.some((f) => names(row[f], whole))) hits.set(`${name}|${String(row.id)}`, row)
    })
    // Looked at only: a row enters the apply's rows (and its erasure step) once it changes.
    for (const [key, row] of hits) into.set(key, ctx.rows.get(key) ?? row)
  }
}

/** The field as the movers leave it once every merged-away record in `survivors` is replaced. */
function moved(kind: MergeKind, table: string, row: Row, field: string, value: unknown, survivors: ReadonlyMap<string, string>): unknown {
  const move = MOVERS[kind][table]
  if (!move) return value
  let out: Row = { ...row, [field]: value }
  for (const [from, to] of survivors) out = move(out, from, to) ?? out
  return out[field]
}

/**
 * Points each reference of these rows at its survivor. After a graph change of the kind (`whole`),
 * from the value its message holds, for rows naming any id of the graph; otherwise (the graph as it
 * was) only references to a record merged away, as they stand. Reads the cells it needs in one go.
 */
export async function repoint(ctx: GraphContext, keys: Iterable<string>, graphs: Record<MergeKind, KindGraph>, looked: ReadonlyMap<string, Row>): Promise<void> {
  type Job = { key: string; table: string; id: string; kind: MergeKind; field: string }
  const rowAt = (key: string): Row | null => ctx.rows.get(key) ?? looked.get(key) ?? null
  const jobs: Job[] = []
  const all = [...keys]
  for (const key of all) {
    const row = rowAt(key)
    if (!row) continue
    const [table, id] = key.split('|') as [string, string]
    for (const kind of KINDS) {
      const g = graphs[kind]
      // An attachment names its owner's kind beside the id: only that kind's merges move it.
      if (table === 'attachments' && row.ownerTable !== kind) continue
      for (const field of REFERENCE_FIELDS[kind][table] ?? []) {
        const node = table === kind && field === 'mergedInto'
        const relevant = g.whole ? names(row[field], g.whole) || (node && g.whole.has(id)) : names(row[field], g.survivors) || (node && g.survivors.has(id))
        if (relevant) jobs.push({ key, table, id, kind, field })
      }
    }
  }
  // Lists of references (an organisation's trashed people): each element points at its survivor. A
  // row naming a merged-away record only there is found by `rowsNaming` without being changed by the
  // apply, and must move all the same (seed 754476622, path 16: only the laptops whose apply changed
  // the row moved it).
  for (const key of all) {
    const row = rowAt(key)
    if (!row) continue
    const table = key.slice(0, key.indexOf('|'))
    for (const kind of KINDS) {
      const g = graphs[kind]
      for (const field of REFERENCE_SETS[kind][table] ?? []) {
        if (!names(row[field], g.survivors)) continue
        const next = moved(kind, table, rowAt(key) as Row, field, row[field], g.survivors)
        if (stableText(next) === stableText(row[field])) continue
        ctx.rows.set(key, { ...(rowAt(key) as Row), [field]: next })
        ctx.dirty.add(key)
      }
    }
  }
  if (jobs.length === 0) return
  const cells = await cellsAt(ctx, jobs.map((j) => cellKey(j.table, j.id, j.field)))
  for (const { key, table, id, kind, field } of jobs) {
    const row = rowAt(key) as Row
    const g = graphs[kind]
    const cellId = cellKey(table, id, field)
    const cell = ctx.cells.has(cellId) ? ctx.cells.get(cellId) : cells.get(cellId)
    const held = heldValue(cell, row[field])
    // The graph as it was: what was derived before still holds; only a newly merged-away record moves.
    const base = g.whole ? held : row[field]
    let next: unknown
    if (table === kind && field === 'mergedInto') {
      if (g.revived.has(id)) continue // revive() decides, and keeps the message's value
      next = g.survivors.get(id) ?? (base === id ? undefined : base)
    } else next = moved(kind, table, row, field, base, g.survivors)
    if (stableText(next) !== stableText(row[field])) {
      const out: Row = { ...row }
      if (next === undefined) delete out[field]
      else out[field] = next
      ctx.rows.set(key, out)
      ctx.dirty.add(key)
    }
    remember(ctx, cell, held, next)
  }
}

/**
 * After a local change of some `mergedInto` (an undo): what sync had derived from the graph as it
 * was is derived again, and written as this laptop's own changes, so they travel and every laptop
 * holds the same. Inside the caller's transaction; a laptop that does not sync derived nothing, and
 * finds nothing to change.
 */
export async function rederiveAsChanges(tables: readonly Table[], storedCells: GraphContext['storedCells'], kind: MergeKind, changed: ReadonlySet<string>): Promise<void> {
  const ctx: GraphContext = { tables: new Map(tables.map((t) => [t.name, t as Table<Row, string>])), rows: new Map(), dirty: new Set(), cells: new Map(), storedCells }
  const none: KindGraph = { survivors: new Map(), revived: new Map(), whole: null }
  const graphs: Record<MergeKind, KindGraph> = { organisations: none, people: none, [kind]: await wholeGraph(ctx, kind, changed) }
  const looked = new Map<string, Row>()
  await rowsNaming(ctx, kind, graphs[kind].whole as Set<string>, looked)
  await repoint(ctx, looked.keys(), graphs, looked)
  for (const key of ctx.dirty) {
    const row = ctx.rows.get(key)
    if (row) await ctx.tables.get(key.slice(0, key.indexOf('|')))?.put(row)
  }
}

/**
 * After a join from a snapshot that holds merges: the snapshot brings each reference as its message
 * holds it (sync-snapshot-repo.ts writes `messageValue` where the writer derived another), so the
 * joining laptop derives them here exactly as an apply does, inside the join's transaction. Writes
 * rows and cells directly (the join's writes are not this laptop's changes).
 */
export async function deriveAfterJoin(tables: readonly Table[], cellsTable: EntityTable<SyncCell, 'id'>, kinds: ReadonlySet<MergeKind>): Promise<void> {
  if (kinds.size === 0) return
  // A reader of its own: the join has written blocks since any earlier reader looked.
  const ctx: GraphContext = { tables: new Map(tables.map((t) => [t.name, t as Table<Row, string>])), rows: new Map(), dirty: new Set(), cells: new Map(), storedCells: cellReader(cellsTable) }
  const none: KindGraph = { survivors: new Map(), revived: new Map(), whole: null }
  const graphs: Record<MergeKind, KindGraph> = { organisations: none, people: none }
  const looked = new Map<string, Row>()
  for (const kind of kinds) {
    graphs[kind] = await wholeGraph(ctx, kind, new Set())
    await rowsNaming(ctx, kind, graphs[kind].whole as Set<string>, looked)
  }
  await repoint(ctx, looked.keys(), graphs, looked)
  for (const kind of kinds) {
    for (const [id, latest] of graphs[kind].revived) {
      const key = `${kind}|${id}`
      const row = ctx.rows.get(key) ?? looked.get(key) ?? ((await ctx.tables.get(kind)?.get(id)) as Row | undefined)
      if (!row) continue
      const [merge, deletion] = await cellsAt(ctx, [cellKey(kind, id, 'mergedInto'), cellKey(kind, id, 'deletedAt')]).then((m) => [m.get(cellKey(kind, id, 'mergedInto')), m.get(cellKey(kind, id, 'deletedAt'))])
      remember(ctx, merge, heldValue(merge, row.mergedInto), undefined)
      const { mergedInto: _m, ...rest } = row
      // Erased or deleted later: it stays deleted as of its deletion's stamp, its merge void all the same (as revive() in sync-merged-away.ts).
      const stays = !!row.erasedAt || (!!deletion && deletion.ts > latest)
      ctx.rows.set(key, stays ? { ...rest, deletedAt: deletion ? deletion.ts.slice(0, 24) : rest.deletedAt } : { ...rest, deletedAt: null })
      ctx.dirty.add(key)
    }
    await keepRevived(ctx, kind, graphs[kind].revived.keys())
  }
  // Merged-away people hold only a name, those revived their own values (sync-tombstone.ts).
  if (kinds.has('people')) await settleTombstones(ctx, graphs.people.whole ?? [], graphs.people.revived.keys(), () => false)
  for (const key of ctx.dirty) {
    const row = ctx.rows.get(key)
    if (row) await ctx.tables.get(key.slice(0, key.indexOf('|')))?.put(row)
  }
  const cells = [...ctx.cells.values()].filter((c): c is SyncCell => !!c)
  if (cells.length > 0) await cellsTable.bulkPut(cells)
}
