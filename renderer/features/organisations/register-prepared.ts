/**
 * The register's rows built and sorted once per read, not once per render (issue 17: the register
 * at 10,000). Building 10,000 rows and sorting them in Norwegian order take tens of milliseconds;
 * React throws away the work of a first render it did not commit (a start interrupts the page's
 * first render with the shell's own updates, several times under load), and each retry built and
 * sorted them again. Kept by the read's identity, so a new read (a change) makes them anew, and a
 * start on the register can make them as soon as its rows are read, before the page renders.
 */
import type { ActiveEntry } from '../../domain/organisation/register-entry'
import { compareNorwegian } from '../../lib/collation'
import { buildRows, sortRows, type RegisterRow, type Sort } from './register-rows'

const built = new WeakMap<readonly ActiveEntry[], RegisterRow[]>()
/** The last sort made of each list of rows (a list is sorted one way at a time). */
const sorted = new WeakMap<readonly RegisterRow[], { sort: Sort; rows: RegisterRow[] }>()
const sectorLists = new WeakMap<object, string[]>()

/** The rows of the register's entries (without criteria flags), made once per list of entries. */
export function rowsOf(entries: readonly ActiveEntry[]): RegisterRow[] {
  let rows = built.get(entries)
  if (!rows) {
    rows = buildRows(entries)
    built.set(entries, rows)
  }
  return rows
}

/** `rows` sorted by `sort`, made once per list and sort. */
export function sortedRowsOf(rows: readonly RegisterRow[], sort: Sort): RegisterRow[] {
  const last = sorted.get(rows)
  if (last && last.sort.key === sort.key && last.sort.direction === sort.direction) return last.rows
  const result = sortRows(rows, sort)
  sorted.set(rows, { sort: { ...sort }, rows: result })
  return result
}

/** The sectors to filter by: the list's, and those in use that were removed from it, in Norwegian order. */
export function sectorsOf(tables: { sectors: readonly string[]; active: readonly ActiveEntry[] }): string[] {
  let sectors = sectorLists.get(tables)
  if (!sectors) {
    sectors = [...new Set([...tables.sectors, ...tables.active.map((o) => o.sector).filter(Boolean)])].sort(compareNorwegian)
    sectorLists.set(tables, sectors)
  }
  return sectors
}
