/**
 * Roles that landed on a person survivor (sync-stray-edits.ts, `landElement`) are tracked like other
 * landed edits: the element's cell says which record it came from and the survivor's own change of
 * that element it replaced (`own.value`: whether the survivor held the element then; none: it never
 * had a change of it). So the landing can be given back when its record turns out not to belong
 * there (a fork's later merge, `unland`) or is erased (sync-erased-landings.ts): the survivor holds
 * the element as its own change left it, as on a laptop that never landed it.
 */
import type { Row } from '../../domain/backup/envelope'
import { LANDING_SETS } from '../../domain/organisation/merged-edits'
import type { MergeKind } from '../../domain/organisation/merge-references'
import { canonicalSet, cellKey, encodeValue, sameValue } from '../../domain/sync/fields'
import type { LandedEdit, SyncCell } from '../../domain/sync/records'

/** The landing to keep on the survivor's element cell: the survivor's own change is the one before any landing. */
export function elementLanding(from: string, cell: SyncCell | null, present: boolean): LandedEdit {
  if (cell?.landed) return { from, own: cell.landed.own }
  return { from, own: cell ? { value: present, ts: cell.ts, installId: cell.installId } : null }
}

type Cells = {
  cellOf: (key: string) => Promise<SyncCell | null>
  /** The cell is written (or, null, removed: the survivor never had a change of that element). */
  put: (key: string, cell: SyncCell | null) => Promise<void>
}

/**
 * The survivor's row with the elements landed from `from` given back, and the stamps of the cells
 * given back (a conflict with one of them as a side goes with them). The row itself when none.
 * `from` null: every landed element, whichever record it came from (the survivor is merged away
 * itself, and holds what its own messages hold: sync-tombstone.ts, `settleMergedAway`).
 */
export async function giveBackElements(kind: MergeKind, row: Row, from: string | null, cells: Cells): Promise<{ row: Row; stamps: string[] }> {
  let next = row
  const stamps: string[] = []
  for (const field of LANDING_SETS[kind]) {
    const list = Array.isArray(next[field]) ? (next[field] as unknown[]) : []
    let kept = list
    for (const element of list) {
      const key = cellKey(kind, String(row.id), field, encodeValue(element))
      const cell = await cells.cellOf(key)
      if (!cell?.landed || (from !== null && cell.landed.from !== from)) continue
      stamps.push(cell.ts)
      const own = cell.landed.own
      if (!own || own.value !== true) kept = kept.filter((x) => !sameValue(x, element))
      await cells.put(key, own ? { id: key, ts: own.ts, installId: own.installId } : null)
    }
    if (kept !== list) next = { ...next, [field]: canonicalSet(kept) }
  }
  return { row: next, stamps }
}
