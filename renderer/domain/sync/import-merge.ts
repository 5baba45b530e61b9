/**
 * A merge import on a synced laptop (issue 16) settles rows changed on both sides field by field, by
 * the same rule as sync: per field, the latest clock wins. This laptop knows when each of its fields
 * last changed (its sync cells); the file only knows its row's `updatedAt`, the latest of its fields'
 * changes. For a field that differs:
 * - changed here no later than the last export both copies saw: the file changed it; the file's wins;
 * - changed here after the file's row was last changed: this laptop's wins;
 * - otherwise either may be later: the user decides that field (the conflict narrows to it).
 * Fields nobody disputes are merged into both sides of what remains, so neither choice loses them.
 */
import type { Row } from '../backup/envelope'
import type { ImportPlan } from '../backup/plan'
import { instant } from '../backup/timestamps'

/** When each field of a row last changed on this laptop (ISO instant), by `table|id`. */
export type LocalFieldTimes = ReadonlyMap<string, ReadonlyMap<string, string>>

const BOOKKEEPING = new Set(['id', 'updatedAt', 'createdAt'])
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
const known = (ms: number): number | null => (Number.isFinite(ms) ? ms : null)

export function mergeConflictsByField(plan: ImportPlan, times: LocalFieldTimes): ImportPlan {
  if (plan.mode !== 'merge' || plan.conflicts.length === 0) return plan
  const since = plan.sharedSince ? known(instant(plan.sharedSince)) : null
  const puts: Record<string, Row[]> = Object.fromEntries(Object.entries(plan.puts).map(([t, rows]) => [t, [...rows]]))
  const counts = Object.fromEntries(Object.entries(plan.counts).map(([t, c]) => [t, { ...c }]))
  const conflicts: ImportPlan['conflicts'] = []
  for (const c of plan.conflicts) {
    const fieldTimes = times.get(`${c.table}|${c.id}`)
    const incomingAt = known(instant(c.incoming.updatedAt))
    if (c.reason !== 'both-changed' || !fieldTimes || since === null || incomingAt === null) {
      conflicts.push(c)
      continue
    }
    const fields = [...new Set([...Object.keys(c.local), ...Object.keys(c.incoming)])].filter((f) => !BOOKKEEPING.has(f) && !same(c.local[f], c.incoming[f]))
    const merged: Row = { ...c.local }
    const disputed: string[] = []
    for (const f of fields) {
      const here = fieldTimes.get(f)
      const hereAt = here ? known(instant(here)) : null
      if (hereAt === null) disputed.push(f)
      else if (hereAt <= since) {
        if (f in c.incoming) merged[f] = c.incoming[f]
        else delete merged[f]
      } else if (hereAt <= incomingAt) disputed.push(f)
    }
    const latest = [c.local.updatedAt, c.incoming.updatedAt].filter((v): v is string => typeof v === 'string').sort((a, b) => instant(a) - instant(b)).at(-1)
    if (disputed.length === 0) {
      ;(puts[c.table] ??= []).push({ ...merged, updatedAt: latest ?? merged.updatedAt })
      const count = counts[c.table]
      if (count) {
        count.conflicts--
        count.changed++
      }
      continue
    }
    const incoming: Row = { ...merged }
    for (const f of disputed) {
      if (f in c.incoming) incoming[f] = c.incoming[f]
      else delete incoming[f]
    }
    conflicts.push({ ...c, local: merged, incoming: { ...incoming, updatedAt: c.incoming.updatedAt } })
  }
  return { ...plan, puts, counts, conflicts }
}
