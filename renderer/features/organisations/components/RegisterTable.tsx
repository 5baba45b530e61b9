import { Link, useNavigate } from 'react-router'
import { DataTable, type Column } from '../../../components/DataTable'
import type { EmptyStateProps } from '../../../components/EmptyState'
import { formatDate } from '../../../lib/dates'
import { formatOrgNumber } from '../../../../electron/shared/org-number'
import { TIER_LABELS } from '../../../domain/organisation/labels'
import type { RegisterRow, Sort, SortKey } from '../register-rows'
import { PipelineStatusBadge } from './PipelineStatusBadge'
import { standingSummary } from '../../../domain/criteria/standing'

/** Red when last year was failed, amber when at risk this year; the tooltip gives the criteria. */
function CriteriaCell({ row }: { row: RegisterRow }) {
  if (!row.standing) return null
  const { lastYear, year } = row.standing
  return (
    <span className="standing-badges">
      {row.failedLastYear && <span className="badge badge-red">Ikke oppfylt {lastYear.year}</span>}
      {row.atRisk && <span className="badge badge-amber">I faresonen {year}</span>}
    </span>
  )
}

const COLUMNS: Column<RegisterRow, SortKey>[] = [
  {
    key: 'name',
    header: 'Navn',
    width: '19%',
    className: 'cell-name',
    title: (r) => r.org.name,
    cell: ({ org }) => (
      <Link to={`/virksomheter/${org.id}`} tabIndex={-1}>
        {org.name}
      </Link>
    ),
  },
  { key: 'orgNumber', header: 'Org.nr.', width: '11%', className: 'cell-number', cell: (r) => formatOrgNumber(r.org.orgNumber) },
  { key: 'tier', header: 'Nivå', width: '8.5%', cell: (r) => TIER_LABELS[r.org.tier] },
  { key: 'status', header: 'Status', width: '11%', cell: (r) => <PipelineStatusBadge organisation={r.org} short /> },
  { key: 'sector', header: 'Bransje', width: '12%', title: (r) => r.org.sector, cell: (r) => r.org.sector },
  { key: 'signedDate', header: 'Signert', width: '9.5%', cell: (r) => formatDate(r.org.signedDate) },
  { key: 'climateContact', header: 'Klimakontakt', width: '14%', cell: (r) => r.climateContact?.name ?? '' },
  {
    key: 'criteria',
    header: 'Kriterier',
    width: '15%',
    className: 'cell-criteria',
    title: (r) => (r.standing ? standingSummary(r.standing) || undefined : undefined),
    cell: (r) => <CriteriaCell row={r} />,
  },
]

type Props = {
  rows: RegisterRow[]
  sort: Sort
  onSort: (key: SortKey) => void
  selectedId: string | null
  onSelect: (id: string) => void
  /** Shown instead of the list when no row passes the filter; left out while the register loads. */
  empty?: EmptyStateProps
}

/** The register as a real table, virtualised so 10,000 rows scroll as smoothly as 100. */
export function RegisterTable({ rows, sort, onSort, selectedId, onSelect, empty }: Props) {
  const navigate = useNavigate()
  return (
    <DataTable
      caption="Virksomheter"
      className="register-table"
      columns={COLUMNS}
      rows={rows}
      rowKey={(r) => r.org.id}
      empty={empty}
      sort={sort}
      onSort={onSort}
      virtual={{ rowHeight: 42, label: 'Virksomheter i listen. Piltastene velger rad, Enter åpner.', className: 'register-scroller' }}
      selection={{ selectedKey: selectedId, onSelect, onOpen: (id) => void navigate(`/virksomheter/${id}`) }}
    />
  )
}
