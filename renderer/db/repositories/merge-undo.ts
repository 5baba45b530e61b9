/**
 * "Angre" right after a duplicate merge, within the session. The merge keeps exactly what it changed:
 * every row it wrote (both records, each moved reference, a dropped annual report) as it was before
 * and as it stood once written. Undo puts the earlier versions back in one transaction, as new
 * changes (sync sends them like any edit), unless something the merge wrote has changed since:
 * then it refuses and changes nothing, for putting back would lose that change.
 * On a laptop where sync had landed the merged-away record's later edits on the survivor, the undo
 * (its `mergedInto` taken off) gives them back to it (sync-merged-away.ts), fields and roles alike.
 */
import { stableText } from '../../domain/sync/fields'
import type { MergeKind } from '../../domain/organisation/merge-references'
import { ok, refused, type Outcome } from '../../lib/result'
import { db } from '../db'
import { audit, nowIso, refusable } from './base'
import { cellReader } from './sync-cells'
import { rederiveAsChanges } from './sync-merge-graph'

type Row = Record<string, unknown>
type Written = { table: string; id: string; before: Row; after: Row | null }

/** What one merge changed; the dialog's notice holds it for "Angre". */
export type MergeUndo = { kind: MergeKind; survivorId: string; otherId: string; survivorName: string; otherName: string; rows: readonly Written[] }

/** Reads back every row the merge wrote (inside its transaction): the versions an undo expects to find. */
export async function sealUndo(kind: MergeKind, survivor: { id: string; name: string }, other: { id: string; name: string }, before: readonly { table: string; row: Row }[]): Promise<MergeUndo> {
  const d = db()
  const rows: Written[] = []
  const seen = new Set<string>()
  for (const { table, row } of before) {
    const id = String(row.id)
    // The first version recorded is the one before the merge (a row may be written twice).
    if (seen.has(`${table}|${id}`)) continue
    seen.add(`${table}|${id}`)
    rows.push({ table, id, before: row, after: ((await d.table(table).get(id)) as Row | undefined) ?? null })
  }
  return { kind, survivorId: survivor.id, otherId: other.id, survivorName: survivor.name, otherName: other.name, rows }
}

/** Both records back as they were, every moved row back where it was; refused if any has changed since. */
export async function undoMerge(undo: MergeUndo): Promise<Outcome<null>> {
  const d = db()
  return refusable(d.tables, async () => {
    for (const w of undo.rows) {
      const now = ((await d.table(w.table).get(w.id)) as Row | undefined) ?? null
      if (stableText(now) === stableText(w.after)) continue
      const which = w.table === undo.kind && w.id === undo.survivorId ? undo.survivorName : w.table === undo.kind && w.id === undo.otherId ? undo.otherName : `noe som ble flyttet til ${undo.survivorName}`
      return refused(`Sammenslåingen kan ikke angres: ${which} er endret etter at de ble slått sammen. Ingenting er endret.`)
    }
    const at = nowIso()
    for (const w of undo.rows) {
      // Put back as a change of now: a later import or sync must see it as newer than the merge.
      const stamped = 'updatedAt' in w.before && w.table !== 'diets' ? { ...w.before, updatedAt: at } : w.before
      await d.table(w.table).put(stamped)
    }
    // What sync pointed at the survivor through this merge (records merged into the other one on
    // other laptops, and what refers to them) follows the merge as it now stands.
    await rederiveAsChanges(d.tables, cellReader(d.syncCells), undo.kind, new Set([undo.otherId]))
    await audit(undo.kind, undo.survivorId, 'update', `Sammenslåingen med ${undo.otherName} ble angret`, { mergedFrom: { from: undo.otherId, to: null } })
    await audit(undo.kind, undo.otherId, 'restore', `${undo.otherName} er tilbake: sammenslåingen med ${undo.survivorName} ble angret`, { mergedInto: { from: undo.survivorId, to: null } })
    return ok(null)
  })
}
