/**
 * A merge import that meets duplicate merges from both copies (issue 16) ends where sync ends
 * (domain/organisation/merge-chains.ts, repositories/sync-merged-away.ts):
 * - a chain (C into B there, B into A here) ends at its last record: `resolvedMergesOf` gives C → A,
 *   and the planner points every reference, and C's own `mergedInto`, at A;
 * - a cycle (A into B here, B into A there) keeps its latest merge. The record the earliest merge
 *   had taken away stands again: no `mergedInto`, and not deleted unless it was deleted after the
 *   merges. Which copy of it stands follows the planner's usual rule, now that no merge decides it:
 *   the newer one (`updatedAt`).
 * - a fork (B into A here, B into C there) is a conflict for the user, the later merge proposed
 *   (`resolvedMergesOf` chooses it unless the user chose the other: merge-forks-import.ts).
 * Local rows the plan keeps as they are still named the records merged away in the file: they are
 * pointed at the survivors too (the rows the plan writes already are). Pure.
 */
import type { Row, TableData } from './envelope'
import { redirectRow, type Merges, type Revived } from './merged-records'
import { instant } from './timestamps'
import { askWhereEmptiedApplicationsBelong, emptyMovedApplications } from './moved-applications-import'
import type { ErasedAnswerTraces } from './erasure-ledger'

/** The parts of the import plan (plan.ts) this step changes, by shape: plan.ts calls this module. */
type Counts = { changed: number; identical: number; keptLocal: number; conflicts: number }
type PlanParts = { puts: Record<string, Row[]>; kept: Record<string, Row[]>; conflicts: { key: string; table: string; id: string; local: Row; incoming: Row; newer: 'local' | 'incoming'; reason: string }[]; counts: Record<string, Counts>; traces?: readonly string[]; answerTraces?: ErasedAnswerTraces; sharedSince?: string }

const own = (data: TableData, table: string): Row[] => (Object.hasOwn(data, table) ? (data[table] as Row[]) : [])

export function settleMergesInPlan(plan: PlanParts, local: TableData, incoming: TableData, merges: Merges, revived: Revived): void {
  // Before this laptop's side names the survivors: it may hold the application under a record
  // emptied here that the file merged away.
  emptyMovedApplications(plan, incoming)
  for (const [table, rows] of Object.entries(plan.kept)) plan.kept[table] = rows.map((row) => redirectRow(table, row, merges))
  for (const c of plan.conflicts) c.local = redirectRow(c.table, c.local, merges)
  for (const kind of ['organisations', 'people'] as const) {
    for (const [id, latestMerge] of revived[kind]) revive(plan, kind, id, latestMerge, local, incoming)
  }
  askWhereEmptiedApplicationsBelong(plan, local, incoming, merges)
}

function revive(plan: PlanParts, kind: 'organisations' | 'people', id: string, latestMerge: string, local: TableData, incoming: TableData): void {
  const mine = own(local, kind).find((r) => r.id === id)
  const theirs = own(incoming, kind).find((r) => r.id === id)
  const newer = mine && theirs ? (instant(theirs.updatedAt) > instant(mine.updatedAt) ? theirs : mine) : (mine ?? theirs)
  if (!newer || newer.erasedAt || mine?.erasedAt || theirs?.erasedAt) return
  const { mergedInto: _merged, ...rest } = newer
  const deletedLater = typeof rest.deletedAt === 'string' && instant(rest.deletedAt) > instant(latestMerge)
  const standing: Row = deletedLater ? rest : { ...rest, deletedAt: null }
  const puts = (plan.puts[kind] ??= [])
  const put = puts.findIndex((r) => r.id === id)
  const keptRows = plan.kept[kind] ?? []
  const kept = keptRows.findIndex((r) => r.id === id)
  const counts = plan.counts[kind]
  if (put >= 0) puts.splice(put, 1)
  if (kept >= 0) keptRows.splice(kept, 1)
  if (mine && JSON.stringify(standing) === JSON.stringify(mine)) {
    // This laptop already holds it standing: nothing to write.
    if (counts && put >= 0) {
      counts.changed--
      counts.keptLocal++
    }
    return
  }
  puts.push(standing)
  if (counts && put < 0) {
    counts.changed++
    if (kept >= 0) counts.keptLocal--
    else if (theirs) counts.identical--
  }
}
