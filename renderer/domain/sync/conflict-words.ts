/**
 * A merge import's conflict in the words of sync's conflict list (issue 16): the record by name,
 * and each field the two copies hold differently with both values, so the user sees what differs.
 */
import type { ConflictWords } from '../backup/plan'
import type { Row } from '../backup/envelope'
import { fieldWord, recordInWords, storedValueInWords, type RowLookup } from './words'

/** Bookkeeping every edit changes; the side's "endret" time says it already. */
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt'])
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

export function conflictInWords(conflict: { table: string; local: Row; incoming: Row }, lookup: RowLookup): ConflictWords {
  const { table, local, incoming } = conflict
  const fields = [...new Set([...Object.keys(local), ...Object.keys(incoming)])].filter((f) => !BOOKKEEPING.has(f) && !same(local[f], incoming[f])).sort()
  return {
    record: recordInWords(table, local, lookup),
    fields: fields.map((f) => ({
      field: fieldWord(f, table),
      local: storedValueInWords(f, local[f], { table, lookup, other: incoming[f] }),
      incoming: storedValueInWords(f, incoming[f], { table, lookup, other: local[f] }),
    })),
  }
}

/** A lookup over copies of the tables, the first that holds the row winning (this laptop's, then the file's). */
export function lookupIn(...copies: Readonly<Record<string, readonly Row[] | undefined>>[]): RowLookup {
  const indexes = new Map<string, Map<string, Row>[]>()
  return (table, id) => {
    let byId = indexes.get(table)
    if (!byId) {
      byId = copies.map((copy) => new Map((copy[table] ?? []).map((row) => [String(row.id), row])))
      indexes.set(table, byId)
    }
    for (const index of byId) {
      const row = index.get(id)
      if (row) return row
    }
    return undefined
  }
}
