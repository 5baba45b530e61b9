/**
 * Stray edits (issue 16): what other laptops did to a record's own fields before they knew it was
 * merged away. Each lands on the record's survivor by `landStrayEdit` (domain/organisation/merged-edits.ts):
 * unless the merge had seen it, the later of it and the survivor's value of that field holds, and if
 * neither had seen the other and they differ, it is a true conflict under the same id on every laptop;
 * a role given to it joins the survivor's roles element by element, as the merge unites them. Each
 * landing is kept on the survivor's cell (`landed`), so it is taken back when its record turns out to
 * belong to another survivor (`unland`) or is erased (sync-erased-landings.ts).
 *
 * The candidates are every incoming change of a landing field (`note`) and, for a record merged away
 * in this apply or moved to another survivor, what this laptop already holds of it (`held`). Which
 * record is merged into which is not decided here: sync-merged-away.ts resolves the merges and calls
 * `landAll` with them, once, after the redirections.
 */
import type { SyncBatch } from '../../../electron/shared/channels/sync'
import type { SyncMessage } from '../../../electron/shared/sync-message'
import type { Row } from '../../domain/backup/envelope'
import type { Merges } from '../../domain/backup/merged-records'
import type { MergeKind } from '../../domain/organisation/merge-references'
import { LANDING_FIELDS, LANDING_SETS, landsAsElement, landStrayEdit, landsOnSurvivor } from '../../domain/organisation/merged-edits'
import { conflictId, type FileIndex } from '../../domain/sync/causality'
import { canonicalSet, cellKey, decodeValue, encodeValue, isSetField, sameValue } from '../../domain/sync/fields'
import type { SyncCell, SyncConflict, SyncState } from '../../domain/sync/records'
import type { db } from '../db'
import { nowIso } from './base'
import { heldValue } from './sync-cells'
import { causality, type Stamped } from './sync-merge-causality'
import { elementLanding, giveBackElements } from './sync-landed-elements'
import { keptElements } from './sync-tombstone'
import { blankingIn, isBlankedField, storedBlanking } from './sync-old-blanking'
import type { GraphContext } from './sync-merge-graph'

/** What the landings read and write of the apply (sync-apply-repo.ts): its rows, cells and conflicts. */
export type LandingView = {
  d: ReturnType<typeof db>
  rows: Map<string, Row | null>
  dirty: Set<string>
  cells: Map<string, SyncCell | null>
  conflicts: Map<string, SyncConflict>
  files: FileIndex
  me: string
  /** The state before this apply (its cursors say what this laptop's unsent changes had seen). */
  state: SyncState
  rowOf: (table: string, id: string) => Promise<Row | null>
  cellOf: (key: string) => Promise<SyncCell | null>
  /** Erased for good: its values never land anywhere. */
  erased: (table: string, row: Row | null) => boolean
}

/** How the hook looks at rows without taking them into the apply (sync-merged-away.ts). */
export type Looking = {
  ctx: GraphContext
  peek: (table: string, id: string) => Row | null
  load: (table: string, ids: Iterable<string>) => Promise<void>
}

/** A value of a merged-away record's field and the change that wrote it. */
/** `element`: one element added to a set field (a person's roles), not the field's whole value. */
type Candidate = { table: MergeKind; id: string; field: string; value: unknown; ts: string; installId: string; element?: true }

export function strayEdits(v: LandingView, { ctx, peek, load }: Looking) {
  const candidates: Candidate[] = []
  const storedCells = ctx.storedCells
  const { hadSeen, mergeSaw } = causality(v.files, v.me, v.state)

  /**
   * A role given to the merged-away person elsewhere joins the survivor's roles, as the merge unites
   * them: unless the merge had seen it (then the merge united it, or the user chose), or the
   * survivor's same role was added or removed later (that later change decides, as per element).
   */
  async function landElement(c: Candidate, survivor: string): Promise<void> {
    const a = peek(c.table, survivor)
    if (!a || v.erased(c.table, a) || v.erased(c.table, peek(c.table, c.id))) return
    const merge = await v.cellOf(cellKey(c.table, c.id, 'mergedInto'))
    if (merge && mergeSaw(merge, c)) return
    const aKey = cellKey(c.table, survivor, c.field, encodeValue(c.value))
    const aCell = await v.cellOf(aKey)
    if (aCell && aCell.ts >= c.ts) return
    const list = Array.isArray(a[c.field]) ? (a[c.field] as unknown[]) : []
    const present = list.some((x) => sameValue(x, c.value))
    if (!present) {
      v.rows.set(`${c.table}|${survivor}`, { ...a, [c.field]: canonicalSet([...list, c.value]) })
      v.dirty.add(`${c.table}|${survivor}`)
    }
    // Tracked like a landed field, so it can be given back (sync-landed-elements.ts).
    v.cells.set(aKey, { id: aKey, ts: c.ts, installId: c.installId, landed: elementLanding(c.id, aCell, present) })
  }

  async function land(c: Candidate, merges: Merges): Promise<void> {
    const survivor = merges[c.table].get(c.id)
    if (!survivor) return
    await load(c.table, [survivor, c.id])
    if (c.element) return landElement(c, survivor)
    const a = peek(c.table, survivor)
    const b = peek(c.table, c.id)
    if (!a || v.erased(c.table, a) || v.erased(c.table, b)) return
    const merge = await v.cellOf(cellKey(c.table, c.id, 'mergedInto'))
    const aKey = cellKey(c.table, survivor, c.field)
    const aCell = await v.cellOf(aKey)
    if (aCell?.ts === c.ts) return
    // Replaced on the merged-away record by a later change of the same field: per field the latest
    // wins there too, and a laptop that had the later one before the merge came never weighs this
    // one (seed -1597710720). A value landed on it while it was a survivor is not its own change.
    const bCell = await v.cellOf(cellKey(c.table, c.id, c.field))
    const bOwn = bCell?.landed ? bCell.landed.own?.ts : bCell?.ts
    if (bOwn !== undefined && bOwn > c.ts) return
    const seenByMerge = merge ? mergeSaw(merge, c) : false
    const laterThanEdit = !!aCell && aCell.ts > c.ts
    const landing = landStrayEdit(
      { value: c.value, seenByMerge },
      { value: a[c.field], concurrent: !!aCell && !hadSeen(aCell, c) && !hadSeen(c, aCell), laterThanEdit },
      sameValue,
    )
    if (landing.conflict && aCell) {
      const id = conflictId(aKey, aCell.ts, c.ts)
      if (!v.conflicts.has(id) && !(await v.d.syncConflicts.get(id))) {
        const side = (s: Stamped, value: unknown) => ({ ts: s.ts, installId: s.installId, userName: s.installId === v.me ? v.state.userName : (v.files.userNameOf(s.installId) ?? ''), value: encodeValue(value), op: 'set' as const })
        const sides = [side(aCell, a[c.field]), side(c, c.value)].sort((x, y) => (x.ts < y.ts ? -1 : 1)) as SyncConflict['sides']
        v.conflicts.set(id, { id, cell: aKey, table: c.table, row: survivor, field: c.field, sides, detectedAt: nowIso(), settledAt: null, settledBy: null })
      }
    }
    // The same value as the survivor's, later and unknown to the merge: no change to the row, but the
    // field is as of this edit now, so an older change of it arriving later loses here as it does
    // where the survivor held another value when the edit landed (seed -1632893968).
    const sameLater = !landing.write && !seenByMerge && !laterThanEdit && sameValue(c.value, a[c.field])
    if (!landing.write && !sameLater) return
    if (landing.write) {
      v.rows.set(`${c.table}|${survivor}`, { ...a, [c.field]: c.value })
      v.dirty.add(`${c.table}|${survivor}`)
    }
    const own = aCell?.landed ? aCell.landed.own : aCell ? { value: a[c.field], ts: aCell.ts, installId: aCell.installId } : null
    v.cells.set(aKey, { id: aKey, ts: c.ts, installId: c.installId, landed: { from: c.id, own } })
  }

  /**
   * A record merged away now belongs to another survivor (a fork's later merge won, or a cycle is
   * broken another way): the edits of it that had landed on its former survivor are taken back
   * there (the survivor's own change stands again), to land on the new one like any other.
   */
  async function unland(kind: MergeKind, survivor: string, from: string): Promise<void> {
    const row = await v.rowOf(kind, survivor)
    if (!row) return
    let next = row
    for (const field of LANDING_FIELDS[kind]) {
      const key = cellKey(kind, survivor, field)
      const cell = await v.cellOf(key)
      const own = cell?.landed?.from === from ? cell.landed.own : null
      if (!own) continue
      next = { ...next, [field]: own.value }
      v.cells.set(key, { id: key, ts: own.ts, installId: own.installId })
    }
    next = (await giveBackElements(kind, next, from, { cellOf: v.cellOf, put: forgetOrPut })).row
    if (next === row) return
    v.rows.set(`${kind}|${survivor}`, next)
    v.dirty.add(`${kind}|${survivor}`)
  }

  /** A cell given back to none: gone from the store, and read as none for the rest of the apply. */
  async function forgetOrPut(key: string, cell: SyncCell | null): Promise<void> {
    v.cells.set(key, cell)
    if (!cell) await v.d.syncCells.delete(key)
  }

  /**
   * The edits this laptop holds of a record merged away (its own, or applied before the merge was
   * known), to land on its survivor. The stamps as stored before this apply (its own cells are
   * written after): a record, or the block a join from a snapshot brought it in.
   */
  async function heldEdits(table: MergeKind, id: string, before: Row | undefined): Promise<void> {
    if (!before) return
    const fields = LANDING_FIELDS[table]
    const stored = await storedCells(fields.map((field) => cellKey(table, id, field)))
    const merge = table === 'people' ? (await storedCells([cellKey(table, id, 'mergedInto')]))[0] : undefined
    fields.forEach((field, i) => {
      const cell = stored[i]
      if (!cell) return
      // An older version's blanking of its merge is no edit of it (sync-old-blanking.ts).
      if (isBlankedField(table, field) && storedBlanking(cell, heldValue(cell, before[field]), merge, v.files)) return
      // An edit of another record that had landed on this one while it was a survivor is that
      // record's to land (from it, so an erasure of it takes it back): this one's own change is the
      // one the landing replaced, if any (landed-then-chained.test.ts).
      if (cell.landed) {
        const own = cell.landed.own
        if (own) candidates.push({ table, id, field, value: own.value, ts: own.ts, installId: own.installId })
        return
      }
      candidates.push({ table, id, field, value: heldValue(cell, before[field]), ts: cell.ts, installId: cell.installId })
    })
    for (const field of LANDING_SETS[table]) {
      const elements = Array.isArray(before[field]) ? [...(before[field] as unknown[])] : []
      // A person merged away before holds its roles blank: its element cells keep them (sync-tombstone.ts).
      if (typeof before.mergedInto === 'string') for (const e of await keptElements(ctx, id, field)) if (!elements.some((x) => sameValue(x, e))) elements.push(e)
      const cells = await storedCells(elements.map((e) => cellKey(table, id, field, encodeValue(e))))
      elements.forEach((value, i) => {
        const cell = cells[i]
        if (!cell) return
        // A role landed from another record is its own only if it held it before (sync-landed-elements.ts).
        const own = cell.landed ? (cell.landed.own?.value === true ? cell.landed.own : null) : cell
        if (own) candidates.push({ table, id, field, value, ts: own.ts, installId: own.installId, element: true })
      })
    }
  }

  return {
    /** Every incoming change of a record's own field may be an edit of a record merged away. */
    note(m: SyncMessage, batch: SyncBatch): void {
      if (m.redacted) return
      if (m.op === 'add' && isSetField(m.table, m.field) && landsAsElement(m.table, m.field)) {
        candidates.push({ table: m.table as MergeKind, id: m.row, field: m.field, value: decodeValue(m.value), ts: m.timestamp, installId: batch.installId, element: true })
        return
      }
      if (m.op !== 'set' || !landsOnSurvivor(m.table, m.field) || blankingIn(batch, m)) return
      candidates.push({ table: m.table as MergeKind, id: m.row, field: m.field, value: decodeValue(m.value), ts: m.timestamp, installId: batch.installId })
    },
    held: heldEdits,
    unland,
    /** The records the candidates so far are edits of. */
    ids: (): string[] => candidates.map((c) => c.id),
    /**
     * Oldest first: each is weighed against the survivor's value as the earlier ones left it.
     * Only those of a merged-away record are awaited: a long run of awaits that touch no table can
     * outlast Dexie's hold on the apply's transaction (PrematureCommitError).
     */
    async landAll(merges: Merges): Promise<void> {
      const landing = candidates.filter((c) => merges[c.table].has(c.id))
      for (const c of landing.sort((x, y) => (x.ts < y.ts ? -1 : x.ts > y.ts ? 1 : 0))) await land(c, merges)
    },
  }
}
