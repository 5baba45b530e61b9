/**
 * Parts of the import planner (plan.ts) about rows as they are: whether two copies of a row are the
 * same, and, in a merge, the local rows the plan would leave alone but the united ledger erases or a
 * merge on the other copy redirects. Pure.
 */
import { jsonReplacer, type Row } from './envelope'
import { applyLedger, type ErasedAnswerTraces, type Ledger, type LiveOrganisation } from './erasure-ledger'
import { redirectRow, type Merges } from './merged-records'

type TableCounts = { changed: number }

/** Key order does not matter: the same record written by two programs is the same. */
function canonical(value: unknown): unknown {
  if (value instanceof Uint8Array) return jsonReplacer('', value)
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    const record = value as Row
    return Object.fromEntries(Object.keys(record).sort().map((k) => [k, canonical(record[k])]))
  }
  return value
}
/** Plain stringify first (bytes compare as index maps, which is exact); key order only on a miss. */
export function sameRow(a: Row, b: Row): boolean {
  return JSON.stringify(a) === JSON.stringify(b) || JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
}

/**
 * Merge: local rows the plan leaves as they are, but that the united ledger erases (people of an
 * organisation emptied on the other laptop, this laptop's audit entries and application answers
 * naming a person erased there), are rewritten as erased too. Rows the plan writes or keeps are erased when written.
 */
export function eraseLocalRows(table: string, mine: Map<string, Row>, handled: Set<string>, ledger: Ledger, [traces, quoted, live, answers]: [string[], string[], LiveOrganisation[], ErasedAnswerTraces], counts: TableCounts, puts: Row[]): void {
  const untouched = [...mine.values()].filter((r) => !handled.has(String(r.id)))
  const erased = applyLedger({ [table]: untouched }, ledger, traces, quoted, live, answers).data[table] as Row[]
  untouched.forEach((before, i) => {
    const after = erased[i] as Row
    if (after !== before && !sameRow(after, before)) {
      counts.changed++
      puts.push(after)
    }
  })
}

/** Merge: local rows the plan leaves alone that still refer to a record merged away on the other laptop. */
export function redirectLocalRows(table: string, mine: Map<string, Row>, handled: Set<string>, merges: Merges, counts: TableCounts, puts: Row[]): void {
  for (const [id, row] of mine) {
    if (handled.has(id)) continue
    const moved = redirectRow(table, row, merges)
    if (moved !== row) {
      counts.changed++
      puts.push(moved)
    }
  }
}
