/**
 * What a merge import on a synced laptop needs from sync (issue 16): when each field of the rows in
 * conflict last changed here, from the sync cells (read only). Empty when this laptop does not sync:
 * the import then asks about whole rows, as before.
 */
import type { ImportPlan } from '../../domain/backup/plan'
import type { LocalFieldTimes } from '../../domain/sync/import-merge'
import type { SyncCell } from '../../domain/sync/records'
import { db } from '../db'
import { blocksBetween, cellInBlock } from './sync-cells'

export async function localFieldTimes(plan: ImportPlan): Promise<LocalFieldTimes> {
  const d = db()
  return d.transaction('r', [d.syncState, d.syncCells], async () => {
    const out = new Map<string, Map<string, string>>()
    if (!(await d.syncState.get('this'))?.enabled) return out
    for (const c of plan.conflicts) {
      const prefix = `${c.table}|${c.id}|`
      const fields = new Map<string, string>()
      const own = await d.syncCells.where('id').between(prefix, `${prefix}\uffff`).toArray()
      // A joining laptop keeps the snapshot's cells in blocks: those of this row, unless shadowed.
      const known = new Set(own.map((x) => x.id))
      const inBlock = (await blocksBetween(d.syncCells, prefix, `${prefix}\uffff`)).flatMap((b) =>
        Object.keys(b.cells)
          .filter((k) => k.startsWith(prefix) && !known.has(k))
          .map((k) => cellInBlock(b, k) as SyncCell),
      )
      for (const cell of [...own, ...inBlock]) {
        const field = cell.id.slice(prefix.length).split('|', 1)[0] as string
        // The stamp's wall-clock part (an ISO instant); a set field changed when any element did.
        const at = cell.ts.slice(0, 24)
        if (at > (fields.get(field) ?? '')) fields.set(field, at)
      }
      out.set(`${c.table}|${c.id}`, fields)
    }
    return out
  })
}
