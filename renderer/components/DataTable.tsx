/**
 * The one table for lists: a real <table> named by its caption, columns defined once, an empty
 * state in place of a table without rows, optional sorting, and a virtual mode for long lists.
 */
import { Fragment, type ReactNode } from 'react'
import { EmptyState, type EmptyStateProps } from './EmptyState'
import { RowCells, TableHead, type Column } from './table-parts'
import { sortByValue, type TableSort } from './table-sort'
import { VirtualTable, type RowSelection, type VirtualOptions } from './VirtualTable'

export type { Column } from './table-parts'
export type { SortDirection, TableSort } from './table-sort'
export type { RowSelection, VirtualOptions } from './VirtualTable'

type Common<T, K extends string> = {
  /** Names the table for screen readers (and tests); Norwegian. */
  caption: string
  columns: readonly Column<T, K>[]
  rows: readonly T[]
  /** A stable, unique key per row. */
  rowKey: (row: T) => string
  /**
   * Stands in for the table when there are no rows: a sentence (in a card whose heading says what
   * the list is) or an EmptyState. Without it an empty table keeps its headers, e.g. while loading.
   */
  empty?: string | EmptyStateProps
  /** Draws the table in a card; a string also names the card as a region. The empty state replaces the card. */
  card?: boolean | string
  className?: string
  /** The column the rows are ordered by (told to screen readers with aria-sort). */
  sort?: TableSort<K>
  /** Makes the headers sort buttons; the caller keeps the sort and passes it back in `sort`. */
  onSort?: (key: K) => void
}

type Plain<T> = {
  virtual?: never
  selection?: never
  rowClassName?: (row: T) => string | undefined
  /** Drawn in a full-width row under its row when it returns something, e.g. the evidence of an opened member. */
  renderDetail?: (row: T) => ReactNode
}

type Virtual = {
  /** Long lists: only the rows in view are drawn, in a focusable scroll box. */
  virtual: VirtualOptions
  /** Rows chosen with a click or the arrow keys, opened with Enter or a double click. */
  selection?: RowSelection
  rowClassName?: never
  renderDetail?: never
}

export type DataTableProps<T, K extends string> = Common<T, K> & (Plain<T> | Virtual)

export function DataTable<T, K extends string>(props: DataTableProps<T, K>) {
  const { caption, columns, rows, rowKey, empty, card, className, sort, onSort } = props
  if (rows.length === 0 && empty !== undefined) {
    return typeof empty === 'string' ? <p className="muted">{empty}</p> : <EmptyState {...empty} />
  }
  // A column with a sortValue orders the rows here; without one the caller has ordered them
  // (the register sorts 10,000 rows once per sort change, not on every keystroke of its filter).
  const sortValue = sort && columns.find((c) => c.key === sort.key)?.sortValue
  const ordered = sort && sortValue ? sortByValue(rows, sortValue, sort.direction) : rows

  const table = props.virtual ? (
    <VirtualTable {...props} rows={ordered} />
  ) : (
    <table className={className}>
      <TableHead caption={caption} columns={columns} sort={sort} onSort={onSort} />
      <tbody>
        {ordered.map((row) => {
          const rowClass = props.rowClassName?.(row)
          const detail = props.renderDetail?.(row)
          return (
            <Fragment key={rowKey(row)}>
              <tr className={rowClass}>
                <RowCells columns={columns} row={row} />
              </tr>
              {detail ? (
                <tr className={rowClass}>
                  <td colSpan={columns.length}>{detail}</td>
                </tr>
              ) : null}
            </Fragment>
          )
        })}
      </tbody>
    </table>
  )

  if (typeof card === 'string') {
    return (
      <section className="card table-card" aria-label={card}>
        {table}
      </section>
    )
  }
  return card ? <div className="card table-card">{table}</div> : table
}
