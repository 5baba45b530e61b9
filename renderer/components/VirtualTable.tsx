/**
 * DataTable's long-list mode (the register): a focusable scroll box that draws only the rows in
 * view, so 10,000 rows scroll like 100. Rows can be chosen with a click or the arrow keys and
 * opened with Enter or a double click.
 */
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, type KeyboardEvent } from 'react'
import { RowCells, TableHead, type Column } from './table-parts'
import type { TableSort } from './table-sort'

export type VirtualOptions = {
  /** Every row's height in pixels; the scroll box is sized from it. */
  rowHeight: number
  /** Names the focusable scroll box; say how the keys work. */
  label: string
  /** The scroll box's class, which gives it its height. */
  className?: string
}

export type RowSelection = {
  selectedKey: string | null
  onSelect: (key: string) => void
  onOpen: (key: string) => void
}

type Props<T, K extends string> = {
  caption: string
  columns: readonly Column<T, K>[]
  rows: readonly T[]
  rowKey: (row: T) => string
  className?: string
  sort?: TableSort<K>
  onSort?: (key: K) => void
  virtual: VirtualOptions
  selection?: RowSelection
}

export function VirtualTable<T, K extends string>({ caption, columns, rows, rowKey, className, sort, onSort, virtual, selection }: Props<T, K>) {
  const scroller = useRef<HTMLDivElement>(null)
  // TanStack Virtual returns functions React Compiler cannot memoise; this component stays uncompiled.
  // oxlint-disable-next-line react/incompatible-library -- the virtualiser is the point of this table
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => virtual.rowHeight,
    overscan: 12,
  })
  const selectedKey = selection?.selectedKey ?? null
  const selectedIndex = selectedKey === null ? -1 : rows.findIndex((r) => rowKey(r) === selectedKey)

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' })
  }, [selectedIndex, virtualizer])

  const onKeyDown = (event: KeyboardEvent) => {
    if (!selection) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      const next = rows[Math.min(rows.length - 1, Math.max(0, (selectedIndex < 0 ? -step : selectedIndex) + step))]
      if (next) selection.onSelect(rowKey(next))
    } else if (event.key === 'Enter' && selectedKey !== null && selectedIndex >= 0 && event.target === event.currentTarget) {
      selection.onOpen(selectedKey)
    }
  }

  const items = virtualizer.getVirtualItems()
  const top = items[0]?.start ?? 0
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)
  const spacer = (height: number) => (
    <tr aria-hidden="true" className="spacer">
      <td colSpan={columns.length} style={{ height }} />
    </tr>
  )

  return (
    <div
      ref={scroller}
      className={['data-table-scroller', virtual.className].filter(Boolean).join(' ')}
      tabIndex={0}
      role="region"
      aria-label={virtual.label}
      onKeyDown={onKeyDown}
    >
      <table className={['data-table-virtual', className].filter(Boolean).join(' ')} aria-rowcount={rows.length + 1}>
        <TableHead caption={caption} columns={columns} sort={sort} onSort={onSort} rowIndex={1} />
        <tbody>
          {top > 0 && spacer(top)}
          {items.map((item) => {
            const row = rows[item.index]!
            const key = rowKey(row)
            const selected = key === selectedKey
            return (
              <tr
                key={key}
                aria-rowindex={item.index + 2}
                style={{ height: virtual.rowHeight }}
                className={selected ? 'selected' : undefined}
                aria-current={selected ? 'true' : undefined}
                onClick={selection && (() => selection.onSelect(key))}
                onDoubleClick={selection && (() => selection.onOpen(key))}
              >
                <RowCells columns={columns} row={row} />
              </tr>
            )
          })}
          {bottom > 0 && spacer(bottom)}
        </tbody>
      </table>
    </div>
  )
}
