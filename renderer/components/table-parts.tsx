/** The pieces every DataTable shares, plain or virtual: column definitions, the head, a row's cells. */
import type { ReactNode } from 'react'
import { ariaSort, type SortValue, type TableSort } from './table-sort'

export type Column<T, K extends string = string> = {
  key: K
  /** Norwegian header text; it is also the sort button's name. */
  header: string
  /** Header for screen readers only, e.g. over a column of buttons whose names say it all. */
  headerHidden?: boolean
  cell: (row: T) => ReactNode
  /** A `<th scope="row">` that names its row (screen readers read it before each cell). */
  rowHeader?: boolean
  className?: string
  /** Tooltip for a cell whose text may be cut off. */
  title?: (row: T) => string | undefined
  /** Fixed share of the table's width, e.g. '12.5%'. */
  width?: string
  /** What the table orders rows by when this column is the sort column. Without it the rows stay in the order given. */
  sortValue?: (row: T) => SortValue
}

export type TableHeadProps<T, K extends string> = {
  caption: string
  columns: readonly Column<T, K>[]
  sort?: TableSort<K>
  /** Makes every header a button that asks the caller to sort by that column. */
  onSort?: (key: K) => void
  /** The head row's `aria-rowindex`, for virtual tables that draw only some rows. */
  rowIndex?: number
}

export function TableHead<T, K extends string>({ caption, columns, sort, onSort, rowIndex }: TableHeadProps<T, K>) {
  return (
    <>
      {/* The caption names the table; pages show their own heading, so it is for screen readers. */}
      <caption className="visually-hidden">{caption}</caption>
      {columns.some((c) => c.width) && (
        <colgroup>
          {columns.map((c) => (
            <col key={c.key} style={{ width: c.width }} />
          ))}
        </colgroup>
      )}
      <thead>
        <tr aria-rowindex={rowIndex}>
          {columns.map((c) => (
            <th key={c.key} scope="col" aria-sort={ariaSort(sort, c.key, Boolean(onSort))} className={onSort ? 'sortable' : undefined}>
              {onSort ? (
                <button type="button" className="sort-button" onClick={() => onSort(c.key)}>
                  {c.header}
                  <span aria-hidden="true" className="sort-mark">
                    {sort?.key === c.key ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                  </span>
                </button>
              ) : c.headerHidden ? (
                <span className="visually-hidden">{c.header}</span>
              ) : (
                c.header
              )}
            </th>
          ))}
        </tr>
      </thead>
    </>
  )
}

export function RowCells<T, K extends string>({ columns, row }: { columns: readonly Column<T, K>[]; row: T }) {
  return columns.map((c) =>
    c.rowHeader ? (
      <th key={c.key} scope="row" className={c.className} title={c.title?.(row)}>
        {c.cell(row)}
      </th>
    ) : (
      <td key={c.key} className={c.className} title={c.title?.(row)}>
        {c.cell(row)}
      </td>
    ),
  )
}
