/**
 * What a merge import on a synced laptop needs from sync (issue 16): when each field of the rows in
 * conflict last changed here, from the sync cells (read only). Empty when this laptop does not sync:
 * the import then asks about whole rows, as before.
 */
import type { ImportPlan } from '../../domain/backup/plan'
import type { LocalFieldTimes } from '../../domain/sync/import-merge'
import { db } from '../db'

export async function localFieldTimes(plan: ImportPlan): Promise<LocalFieldTimes> {
  const d = db()
  return d.transaction('r', [d.syncState, d.syncCells], async () => {
    const out = new Map<string, Map<string, string>>()
    if (!(await d.syncState.get('this'))?.enabled) return out
    for (const c of plan.conflicts) {
      const prefix = `${c.table}|${c.id}|`
      const fields = new Map<string, string>()
      for (const cell of await d.syncCells.where('id').between(prefix, `${prefix}\uffff`).toArray()) {
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
