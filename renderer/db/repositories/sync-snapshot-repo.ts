/**
 * Snapshots (issue 16, electron/main/sync/README.md step 4): the whole synced state as one compacted
 * message per cell (the winning stamp of each field, and of each set element), so a new laptop joins
 * from the newest snapshot plus the files after it instead of every message since the start.
 *
 * Writing reads the cells page by page (main assembles the file). Joining applies a snapshot in ONE
 * transaction, a chunk at a time: each chunk is a few bulk reads and writes, so the window gets a
 * turn between chunks and shows "N av M"; the cursors move to what the snapshot covers in the same
 * transaction, so a join lands whole or not at all, and applying it again changes nothing (the cells'
 * stamps decide, as for files).
 */
import type { Table } from 'dexie'
import type { SnapshotFileEntry, SyncCursors } from '../../../electron/shared/channels/sync'
import type { JsonValue, SyncMessage } from '../../../electron/shared/sync-message'
import type { Row } from '../../domain/backup/envelope'
import { ledgerOf } from '../../domain/backup/erasure-ledger'
import { canonicalSet, cellKey, decodeValue, encodeValue, isSetField, isSyncedTable, stableText } from '../../domain/sync/fields'
import type { SyncCell, SyncState } from '../../domain/sync/records'
import { ensureClock, nodeIdOf, receive, saveClock } from '../../lib/sync/clock'
import { currentTrie, insertAll, mergeTries, parseTrie, useTrie, type Trie } from '../../lib/sync/merkle'
import { db } from '../db'
import { markApplying } from '../sync-middleware'
import { BLOCK_PREFIX, blockFor, blocksEnd, cellInBlock, cellReader, isBlock, type CellBlock } from './sync-cells'
import { enforceErasures, publishDerivedErasures } from './sync-apply-repo'
import { deriveAfterJoin, heldValue } from './sync-merge-graph'
import { isMergeKind } from '../../domain/organisation/merged-edits'
import type { MergeKind } from '../../domain/organisation/merge-references'
import { boundTo } from './bound-tables'
import { forgetTombstone } from './sync-tombstone'
import { landedMessage, oldBlankingMessage, restoreLandings } from './sync-snapshot-landings'

/** Messages per chunk while joining: a few bulk calls each, well under a frame's worth of work. */
export const JOIN_CHUNK = 1_000
/** The longest a join keeps the window without a turn while IndexedDB keeps up. */
const TURN_MS = 30

/** The key of a cell split back into its parts; a set element's text may itself hold '|'. */
function cellParts(id: string): { table: string; row: string; field: string; element: string | null } {
  const [table = '', row = '', field = ''] = id.split('|', 3)
  const head = `${table}|${row}|${field}`
  return { table, row, field, element: id.length > head.length ? id.slice(head.length + 1) : null }
}

/**
 * Up to `limit` cells after `after`, in key order: records and the cells of join blocks (those no
 * record shadows) merged, so a snapshot is written in cell order and the next join can block it too.
 */
async function cellsAfter(d: ReturnType<typeof db>, after: string | null, limit: number): Promise<SyncCell[]> {
  const from = after ?? ''
  const own = await d.syncCells.where('id').between(from, BLOCK_PREFIX, after === null, false).limit(limit).toArray()
  const fromBlocks: SyncCell[] = []
  let block = after === null ? undefined : await blockFor(d.syncCells, after)
  let lower = block?.id ?? `${BLOCK_PREFIX}${from}`
  if (!block) block = await d.syncCells.where('id').between(lower, `${BLOCK_PREFIX}\uffff`, true, true).first().then((c) => (c && isBlock(c) ? c : undefined))
  while (block && fromBlocks.length < limit) {
    for (const key of Object.keys(block.cells).sort()) if (key > from) fromBlocks.push(cellInBlock(block, key) as SyncCell)
    lower = block.id
    block = await d.syncCells.where('id').between(lower, `${BLOCK_PREFIX}\uffff`, false, true).first().then((c) => (c && isBlock(c) ? c : undefined))
  }
  const shadowed = await d.syncCells.bulkGet(fromBlocks.map((c) => c.id))
  const blocked = fromBlocks.filter((_, i) => !shadowed[i])
  // Each list is complete up to its last key, unless it ran out: take nothing beyond either bound.
  const bound = [own.length >= limit ? own.at(-1)?.id : undefined, block ? fromBlocks.at(-1)?.id : undefined].filter((k): k is string => !!k).sort()[0]
  return [...own, ...blocked]
    .filter((c) => bound === undefined || c.id <= bound)
    .sort((x, y) => (x.id < y.id ? -1 : 1))
    .slice(0, limit)
}

/**
 * One page of the snapshot, in cell order after `after` (null: from the start): the winning stamp of
 * each cell with the value the row holds now (already blanked when erased). Read only.
 */
export async function snapshotPage(after: string | null, limit: number): Promise<{ messages: SyncMessage[]; last: string | null }> {
  const d = db()
  return d.transaction('r', d.tables, async () => {
    const cells = await cellsAfter(d, after, limit)
    const rows = new Map<string, Row | undefined>()
    const byTable = new Map<string, Set<string>>()
    for (const c of cells) {
      const { table, row } = cellParts(c.id)
      if (!isSyncedTable(table)) continue
      byTable.set(table, (byTable.get(table) ?? new Set()).add(row))
    }
    for (const [table, ids] of byTable) {
      const list = [...ids]
      const found = (await d.table(table).bulkGet(list)) as (Row | undefined)[]
      list.forEach((id, i) => rows.set(`${table}|${id}`, found[i]))
    }
    const messages: SyncMessage[] = []
    for (const c of cells) {
      const { table, row, field, element } = cellParts(c.id)
      if (!byTable.has(table)) continue
      const current = rows.get(`${table}|${row}`)
      // An erased row's content is what it holds now (blank): nothing it kept is sent (sync-tombstone.ts).
      const kept = current?.erasedAt ? null : c
      if (element === null) {
        messages.push({ table, row, field, op: 'set', value: isSetField(table, field) ? (current?.[field] === undefined ? encodeValue(undefined) : []) : encodeValue(heldValue(kept, current?.[field])), timestamp: c.ts })
        // What this cell holds landed from a record merged into it: the joiner can give it back too.
        const landed = kept ? landedMessage(kept) : null
        if (landed) messages.push(landed)
        // An older version's blanking of a person merge, told apart here (sync-old-blanking.ts).
        const blanking = kept ? oldBlankingMessage(kept) : null
        if (blanking) messages.push(blanking)
        continue
      }
      const list = Array.isArray(current?.[field]) ? (current[field] as unknown[]) : []
      // A merged-away person's role is there as its message holds it, though its row holds none.
      const has = kept?.messageValue === true || list.some((v) => stableText(encodeValue(v)) === element)
      messages.push({ table, row, field, op: has ? 'add' : 'remove', value: JSON.parse(element) as JsonValue, timestamp: c.ts })
    }
    return { messages, last: cells.at(-1)?.id ?? null }
  })
}

export type JoinSource = { installId: string; userName: string; covers: SyncCursors; merkle: JsonValue; files?: readonly SnapshotFileEntry[] }

/** The file index a snapshot carries: every file this laptop knows, with what each had seen (read only). */
export async function snapshotFileIndex(): Promise<SnapshotFileEntry[]> {
  return (await db().syncFiles.toArray()).map(({ id: _id, ...file }) => file)
}
/** A chunk's writes, and whether IndexedDB has done them. */
type Writing = { promise: Promise<unknown>; done: boolean }
export type JoinProgress = (done: number, total: number) => void
export type JoinOutcome = { applied: number; cursors: SyncCursors; problem: string | null }

/**
 * Applies a snapshot's messages in one transaction, in chunks of `JOIN_CHUNK`, reporting progress.
 * A cell already holding the same or a later stamp keeps its value (this laptop's own unsent changes
 * are later). Erasures the snapshot brings are enforced on rows this laptop already held.
 *
 * Cells no record holds yet go into one block per chunk (sync-cells.ts) when the chunk is in cell
 * order past every earlier block, as snapshots are written; otherwise, one record per cell.
 * The trie: a laptop joining takes the snapshot's (every message its writer had) joined with its own;
 * applied again, or without a trie, each chunk's stamps go in with the chunk, so no task inserts
 * a million of them.
 * Speed (issue 16's join bench): a chunk's writes are not awaited before the next chunk is worked
 * out, so IndexedDB writes one chunk while the window works out the next; and nothing is read that
 * cannot be there (rows of a table that was empty, cells of a laptop with no records of its own), as
 * each read waits for every write before it. Those waits were most of the join's time beyond the
 * import floor's.
 */
export async function applySnapshot(source: JoinSource, messages: readonly SyncMessage[], progress: JoinProgress = () => {}): Promise<JoinOutcome> {
  const database = db()
  // A snapshot stamped too far ahead of this laptop's clock is refused whole, naming its writer.
  const latest = messages.reduce((max, m) => (m.timestamp > max ? m.timestamp : max), '')
  if (latest) {
    const state = await database.syncState.get('this')
    if (state) ensureClock(state.installId, state.clock)
    const verdict = receive(latest, { installId: source.installId, userName: source.userName })
    if (!verdict.ok) return { applied: 0, cursors: {}, problem: verdict.message }
  }
  const files = source.files ?? []
  const installIdOfNode = new Map([source.installId, ...Object.keys(source.covers), ...files.map((f) => f.installId)].map((id) => [nodeIdOf(id), id]))
  return database.transaction('rw', database.tables, async (tx) => {
    // Every read and write below goes to this transaction by name, not through Dexie's zone (bound-tables.ts).
    const d = boundTo(database, tx)
    const trans = (tx as unknown as { idbtrans: object }).idbtrans
    markApplying(trans, true)
    const state = (await d.syncState.get('this')) as SyncState | undefined
    if (!state?.enabled) return { applied: 0, cursors: {}, problem: null }
    ensureClock(state.installId, state.clock)
    const joining = Object.keys(state.cursors).length === 0
    const snapshotTrie = parseTrie(source.merkle)
    const adopt = joining && snapshotTrie !== null
    let trie = currentTrie()
    const erasedBefore = new Set((await d.erasures.toArray()).map((e) => e.id))
    const tables = new Map(d.tables.map((t) => [t.name, t as Table<Row, string>]))
    const read = cellReader(d.syncCells)
    let end = await blocksEnd(d.syncCells)
    let applied = 0
    // The files the snapshot's cells came from: with them, a later change that had not seen a cell
    // the snapshot brought is a true conflict here too, as on the laptops that applied those files.
    const knownFiles = new Set((await d.syncFiles.toArray()).map((f) => f.id))
    const newFiles = files.filter((f) => f.installId !== state.installId && !knownFiles.has(`${f.installId}:${f.seq}`))
    if (newFiles.length > 0) await d.syncFiles.bulkPut(newFiles.map((f) => ({ ...f, id: `${f.installId}:${f.seq}` })))
    // What this laptop held before the join: a table without rows, and cells without records of
    // their own (a laptop that had changed nothing yet), need no reads to find what a chunk replaces.
    const synced = [...tables.keys()].filter(isSyncedTable)
    const heldBefore = await Promise.all(synced.map((t) => (tables.get(t) as Table<Row, string>).limit(1).primaryKeys()))
    const emptyBefore = new Set(synced.filter((_, i) => heldBefore[i]?.length === 0))
    let cellRecords = (await d.syncCells.where('id').below(BLOCK_PREFIX).limit(1).primaryKeys()).length > 0
    // Rows this join wrote, and the previous chunk's as written: a row's cells are adjacent in a
    // snapshot, so the next chunk finds the row it continues here instead of reading it back.
    const written = new Set<string>()
    let previous = new Map<string, Row>()
    // The previous chunk's writes, still under way while this chunk is worked out (IndexedDB does
    // them in order, so a later read sees them); waiting for them ends the task.
    let writing: Writing | null = null
    let turn = performance.now()
    // Kinds whose merges this join brought: their references are derived after the rows land.
    const merged = new Set<MergeKind>()
    progress(0, messages.length)
    for (let start = 0; start < messages.length; start += JOIN_CHUNK) {
      const chunk = messages.slice(start, start + JOIN_CHUNK).filter((m) => isSyncedTable(m.table) && tables.has(m.table))
      const keys = chunk.map((m) => (m.op === 'set' ? cellKey(m.table, m.row, m.field) : cellKey(m.table, m.row, m.field, m.value)))
      const first = keys[0] ?? ''
      const last = keys.at(-1) ?? ''
      const blockable = keys.length > 0 && first > end && keys.every((k, i) => i === 0 || (keys[i - 1] as string) < k)
      let stored: (SyncCell | undefined)[]
      if (blockable && !cellRecords) stored = []
      else if (blockable) {
        // In order and past every block: one range read finds the cells that have records.
        const held = new Map((await d.syncCells.where('id').between(first, last, true, true).toArray()).map((c) => [c.id, c]))
        stored = keys.map((k) => held.get(k))
      } else stored = await read(keys)
      const rowIds = new Map<string, Set<string>>()
      let before: SyncMessage | undefined
      for (const m of chunk) {
        // A row's cells are adjacent in a snapshot: one look per row, not per field.
        if (before?.row !== m.row || before.table !== m.table) rowIds.set(m.table, (rowIds.get(m.table) ?? new Set()).add(m.row))
        before = m
      }
      const rows = new Map<string, Row>()
      for (const [table, ids] of rowIds) {
        const list = [...ids].filter((id) => {
          const key = `${table}|${id}`
          const known = previous.get(key)
          if (known) rows.set(key, known)
          // Read back only a row that may be there: held before, or written by an earlier chunk.
          return !known && (!emptyBefore.has(table) || written.has(key))
        })
        if (list.length === 0) continue
        const found = (await tables.get(table)?.bulkGet(list)) ?? []
        list.forEach((id, i) => {
          const row = found[i] as Row | undefined
          if (row) rows.set(`${table}|${id}`, row)
        })
      }
      const dirty = new Set<string>()
      const cells = new Map<string, SyncCell>()
      const block: Record<string, string> = {}
      const laptops: Record<string, string> = {}
      const fresh: string[] = []
      // The laptop of the last stamp, and the row of the last change: the same for runs of messages.
      let node = '\u0000'
      let installId = source.installId
      let target: { table: string; row: string; next: Row } | null = null
      chunk.forEach((m, i) => {
        const key = keys[i] as string
        const cur = cells.get(key) ?? stored[i]
        if (cur && cur.ts >= m.timestamp) return
        if (m.field === 'mergedInto' && isMergeKind(m.table)) merged.add(m.table)
        if (!adopt) fresh.push(m.timestamp)
        if (!m.timestamp.endsWith(node)) {
          node = m.timestamp.slice(-16)
          installId = installIdOfNode.get(node) ?? source.installId
        }
        if (blockable && !cur) {
          block[key] = m.timestamp
          laptops[node] = installId
        } else cells.set(key, { id: key, ts: m.timestamp, installId })
        // A value erased after the snapshot was written: its stamp counts, its content is gone.
        if (m.redacted) return
        if (target?.row !== m.row || target.table !== m.table) {
          const rowKey = `${m.table}|${m.row}`
          // One copy of a row per chunk, changed in place for each of its fields.
          const copy: Row = dirty.has(rowKey) ? (rows.get(rowKey) as Row) : { ...(rows.get(rowKey) ?? { id: m.row }) }
          rows.set(rowKey, copy)
          dirty.add(rowKey)
          target = { table: m.table, row: m.row, next: copy }
        }
        const next = target.next
        if (m.op === 'set') {
          const value = decodeValue(m.value)
          if (value === undefined) delete next[m.field]
          else if (isSetField(m.table, m.field)) next[m.field] = Array.isArray(next[m.field]) ? next[m.field] : []
          else next[m.field] = value
        } else {
          const list = Array.isArray(next[m.field]) ? (next[m.field] as unknown[]) : []
          const without = list.filter((v) => stableText(encodeValue(v)) !== stableText(m.value))
          next[m.field] = canonicalSet(m.op === 'add' ? [...without, decodeValue(m.value)] : without)
        }
        applied++
      })
      const puts = new Map<string, Row[]>()
      previous = new Map()
      for (const key of dirty) {
        const table = key.slice(0, key.indexOf('|'))
        const list = puts.get(table) ?? []
        const row = rows.get(key) as Row
        list.push(row)
        puts.set(table, list)
        previous.set(key, row)
        written.add(key)
      }
      const writes: Promise<unknown>[] = []
      for (const [table, list] of puts) writes.push((tables.get(table) as Table<Row, string>).bulkPut(list))
      if (cells.size > 0) {
        writes.push(d.syncCells.bulkPut([...cells.values()]))
        cellRecords = true
      }
      if (blockable) {
        const entry: CellBlock = { id: `${BLOCK_PREFIX}${first}`, ts: '', installId: '', last, cells: block, laptops }
        if (Object.keys(block).length > 0) writes.push(d.syncCells.put(entry))
        end = last
      }
      // A chunk that writes nothing still leaves a request to wait on, so waiting ends the task.
      if (writes.length === 0) writes.push(d.syncState.get('this'))
      const these: Writing = { promise: Promise.all(writes), done: false }
      these.promise.then(
        () => (these.done = true),
        () => {},
      )
      // The window gets a turn while IndexedDB writes the previous chunk, and this chunk's writes
      // queue behind it. When IndexedDB has kept up, the task goes on to the next chunk, but never
      // for longer than a frame or so: then it waits for this chunk's writes.
      const wait = writing && !writing.done ? writing : performance.now() - turn > TURN_MS ? these : null
      if (wait) {
        await wait.promise
        turn = performance.now()
      }
      writing = these
      // The stamps this chunk brought: a chunk's worth of inserts, between the chunk's reads and writes.
      if (fresh.length > 0) trie = insertAll(trie, fresh)
      // Each bulk call above ends a task, so the window repaints between chunks.
      progress(Math.min(start + JOIN_CHUNK, messages.length), messages.length)
    }
    if (writing) await writing.promise
    // A snapshot holds references as their messages hold them: derived here as an apply derives them.
    await restoreLandings(d.syncCells, messages)
    await deriveAfterJoin(d.tables, d.syncCells, merged)
    // People and organisations the group erased are erased here too, with whatever this laptop held of them.
    const ledger = ledgerOf({ erasures: (await d.erasures.toArray()) as Row[] })
    const erasedRows = new Map<string, Row | null>()
    const dirtyErased = new Set<string>()
    const derived = await enforceErasures(d, erasedRows, dirtyErased, ledger, erasedBefore, state, trans)
    await forgetTombstone(d.syncCells, [...ledger.values()].filter((e) => e.table === 'people' && !erasedBefore.has(e.id)).map((e) => e.id))
    for (const key of dirtyErased) {
      const row = erasedRows.get(key)
      // What this laptop emptied of its own accord is sent as its own change (sync-apply-repo.ts).
      if (row && !derived.rows.has(key)) await tables.get(key.slice(0, key.indexOf('|')))?.put(row)
    }
    await publishDerivedErasures(d, trans, erasedRows, derived)
    const cursors = { ...state.cursors }
    for (const [id, seq] of Object.entries(source.covers)) if (id !== state.installId && seq > (cursors[id] ?? 0)) cursors[id] = seq
    // This laptop has applied nothing of the group: its trie holds only its own stamps, which the
    // snapshot does not (it pushed them after choosing the folder, or the snapshot covers them).
    if (adopt) useTrie((source.covers[state.installId] ?? 0) > 0 ? (snapshotTrie as Trie) : mergeTries(snapshotTrie as Trie, trie))
    else useTrie(trie)
    const now = (await d.syncState.get('this')) as SyncState
    await d.syncState.put({ ...now, cursors, clock: saveClock() })
    markApplying(trans, false)
    return { applied, cursors, problem: null }
  })
}
