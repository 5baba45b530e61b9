import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, type KeyboardEvent } from 'react'
import { Link, useNavigate } from 'react-router'
import { formatDate } from '../../../lib/dates'
import { formatOrgNumber } from '../../../lib/org-number'
import { TIER_LABELS } from '../labels'
import type { RegisterRow, Sort, SortKey } from '../register-rows'
import { StatusBadge } from './StatusBadge'

const ROW_HEIGHT = 42

const COLUMNS: { key: SortKey; label: string; width: string }[] = [
  { key: 'name', label: 'Navn', width: '23%' },
  { key: 'orgNumber', label: 'Org.nr.', width: '12.5%' },
  { key: 'tier', label: 'Nivå', width: '9%' },
  { key: 'status', label: 'Status', width: '12.5%' },
  { key: 'sector', label: 'Bransje', width: '15%' },
  { key: 'signedDate', label: 'Signert', width: '11.5%' },
  { key: 'climateContact', label: 'Klimakontakt', width: '16.5%' },
]

type Props = {
  rows: RegisterRow[]
  sort: Sort
  onSort: (key: SortKey) => void
  selectedId: string | null
  onSelect: (id: string) => void
}

/** The register as a real table, virtualised so 10,000 rows scroll as smoothly as 100. */
export function RegisterTable({ rows, sort, onSort, selectedId, onSelect }: Props) {
  const scroller = useRef<HTMLDivElement>(null)
  const navigate = useNavigate()
  // TanStack Virtual returns functions React Compiler cannot memoise; this component stays uncompiled.
  // oxlint-disable-next-line react/incompatible-library -- the virtualiser is the point of this table
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })
  const selectedIndex = rows.findIndex((r) => r.org.id === selectedId)

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' })
  }, [selectedIndex, virtualizer])

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      const next = Math.min(rows.length - 1, Math.max(0, (selectedIndex < 0 ? -step : selectedIndex) + step))
      if (rows[next]) onSelect(rows[next].org.id)
    } else if (event.key === 'Enter' && selectedIndex >= 0 && event.target === event.currentTarget) {
      void navigate(`/virksomheter/${rows[selectedIndex]!.org.id}`)
    }
  }

  const items = virtualizer.getVirtualItems()
  const top = items[0]?.start ?? 0
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)

  return (
    <div
      ref={scroller}
      className="register-scroller"
      tabIndex={0}
      role="region"
      aria-label="Virksomheter i listen. Piltastene velger rad, Enter åpner."
      onKeyDown={onKeyDown}
    >
      <table className="register-table" aria-rowcount={rows.length + 1} aria-label="Virksomheter">
        <colgroup>
          {COLUMNS.map((c) => (
            <col key={c.key} style={{ width: c.width }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((c) => {
              const active = sort.key === c.key
              const direction = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined
              return (
                <th key={c.key} scope="col" aria-sort={direction ?? 'none'}>
                  <button type="button" className="sort-button" onClick={() => onSort(c.key)}>
                    {c.label}
                    <span aria-hidden="true" className="sort-mark">
                      {active ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {top > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={COLUMNS.length} style={{ height: top }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index]!
            const { org } = row
            const selected = org.id === selectedId
            return (
              <tr
                key={org.id}
                aria-rowindex={item.index + 2}
                className={selected ? 'selected' : undefined}
                aria-current={selected ? 'true' : undefined}
                onClick={() => onSelect(org.id)}
                onDoubleClick={() => void navigate(`/virksomheter/${org.id}`)}
              >
                <td className="cell-name" title={org.name}>
                  <Link to={`/virksomheter/${org.id}`} tabIndex={-1}>
                    {org.name}
                  </Link>
                </td>
                <td className="cell-number">{formatOrgNumber(org.orgNumber)}</td>
                <td>{TIER_LABELS[org.tier]}</td>
                <td>
                  <StatusBadge status={org.status} short />
                </td>
                <td title={org.sector}>{org.sector}</td>
                <td>{formatDate(org.signedDate)}</td>
                <td>{row.climateContact?.name ?? ''}</td>
              </tr>
            )
          })}
          {bottom > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={COLUMNS.length} style={{ height: bottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  )
}
