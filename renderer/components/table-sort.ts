/** Ordering for DataTable: which way a column sorts, and rows sorted by a column's value. Pure. */
import { compareNorwegian } from '../lib/collation'

export type SortDirection = 'asc' | 'desc'
export type TableSort<K extends string> = { key: K; direction: SortDirection }
export type SortValue = string | number | null | undefined

/** The `aria-sort` of a column header: only the sorted column says a direction. */
export function ariaSort<K extends string>(sort: TableSort<K> | undefined, key: K, sortable: boolean): 'ascending' | 'descending' | 'none' | undefined {
  if (sort?.key === key) return sort.direction === 'asc' ? 'ascending' : 'descending'
  return sortable ? 'none' : undefined
}

const isBlank = (v: SortValue): v is null | undefined | '' => v === null || v === undefined || v === ''

/**
 * Rows ordered by `value`: text in Norwegian order (æ, ø, å after z; numbers naturally), numbers
 * by size, blanks last in both directions; equal rows keep the order they came in.
 */
export function sortByValue<T>(rows: readonly T[], value: (row: T) => SortValue, direction: SortDirection): T[] {
  const sign = direction === 'asc' ? 1 : -1
  return rows.toSorted((x, y) => {
    const a = value(x)
    const b = value(y)
    if (isBlank(a) || isBlank(b)) return Number(isBlank(a)) - Number(isBlank(b))
    return sign * (typeof a === 'number' && typeof b === 'number' ? a - b : compareNorwegian(String(a), String(b)))
  })
}
