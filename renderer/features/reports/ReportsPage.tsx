import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { Link } from 'react-router'
import { DataTable, type Column } from '../../components/DataTable'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'
import { notify } from '../../components/notices'
import { loadYear, restoreReportReceipt, setReportStatus } from '../../db/repositories/annual-reports-repo'
import type { ReportStatus } from '../../db/models'
import { formatDate, todayInOslo } from '../../lib/dates'
import type { MemberYear } from '../../domain/criteria/build-year'
import { ReminderPanel } from './components/ReminderPanel'
import { StatusReportButton } from './components/StatusReportButton'
import { YearPicker } from '../../components/YearPicker'
import { useYearParam } from '../../components/year-param'
import { REPORT_STATUS_LABELS, REPORT_STATUSES } from '../../domain/report/labels'
import { TIER_LABELS } from '../../domain/organisation/labels'

type Filter = 'alle' | 'mangler' | 'forfalt' | ReportStatus

const FILTERS: { value: Filter; label: string }[] = [
  { value: 'alle', label: 'Alle' },
  { value: 'mangler', label: 'Ikke levert' },
  { value: 'forfalt', label: 'Forfalt' },
  ...REPORT_STATUSES.map((s) => ({ value: s, label: REPORT_STATUS_LABELS[s] })),
]

function matches(row: MemberYear, filter: Filter): boolean {
  if (filter === 'alle') return true
  if (filter === 'mangler') return !row.received
  if (filter === 'forfalt') return row.overdue
  return (row.report?.status ?? 'ikke-mottatt') === filter
}

export function ReportsPage() {
  const today = todayInOslo()
  const thisYear = Number(today.slice(0, 4))
  const [year, setYear] = useYearParam(thisYear - 1)
  const [filter, setFilter] = useState<Filter>('alle')
  const snapshot = useLiveQuery(() => loadYear(year, today), [year, today])

  const header = (
    <PageHeader
      title="Årsrapporter"
      description={snapshot ? `Årsrapporten for ${year} har frist ${formatDate(snapshot.dueDate)}.` : 'Hvem har levert årsrapport, og hvem mangler.'}
      actions={
        <>
          <YearPicker year={year} onChange={setYear} current={thisYear} />
          <StatusReportButton year={year} />
        </>
      }
    />
  )
  if (!snapshot) return header

  const rows = snapshot.rows.filter((r) => matches(r, filter))
  const expected = snapshot.rows.filter((r) => r.evaluation.reporting.status !== 'not-applicable')
  const received = expected.filter((r) => r.received).length
  const overdue = expected.filter((r) => r.overdue).length
  const exempt = snapshot.rows.length - expected.length

  const changeStatus = async (row: MemberYear, status: ReportStatus) => {
    const before = await setReportStatus(row.organisation.id, year, status, today)
    notify(`${row.organisation.name}: ${REPORT_STATUS_LABELS[status].toLowerCase()}.`, 'success', {
      label: 'Angre',
      run: () =>
        void restoreReportReceipt(row.organisation.id, year, before).then(() =>
          notify(`${row.organisation.name}: tilbake til ${REPORT_STATUS_LABELS[before.status].toLowerCase()}.`),
        ),
    })
  }

  return (
    <>
      {header}
      {snapshot.rows.length === 0 ? (
        <EmptyState title={`Ingen medlemmer eller partnere i ${year}`}>
          <p>Ingen virksomheter var medlem eller partner i {year}. Velg et annet år, eller registrer dem under Virksomheter.</p>
        </EmptyState>
      ) : (
        <>
          <section className="card report-summary" aria-label="Status for året">
            <p>
              <strong>
                {received} av {expected.length}
              </strong>{' '}
              årsrapporter mottatt for {year}
              {exempt > 0 && ` (${exempt} fritatt fordi de ble medlem etter ${formatDate(snapshot.joinCutoff)})`}.{' '}
              {overdue > 0 ? (
                <span className="badge badge-red">{overdue} forfalt</span>
              ) : (
                <span className="badge badge-green">Ingen forfalt</span>
              )}
            </p>
            <div className="field field-inline">
              <label htmlFor="report-filter">Vis</label>
              <select id="report-filter" value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
                {FILTERS.map((f) => (
                  <option key={f.value} value={f.value}>
                    {f.label}
                  </option>
                ))}
              </select>
            </div>
          </section>
          <DataTable
            caption={`Årsrapporter ${year}`}
            card
            columns={reportColumns(year, (row, status) => void changeStatus(row, status))}
            rows={rows}
            rowKey={(r) => r.organisation.id}
            sort={{ key: 'name', direction: 'asc' }}
            empty={{ title: 'Ingen treff', children: <p>Ingen virksomheter passer filteret. Velg «Alle» for å se hele listen.</p> }}
          />
          <ReminderPanel rows={snapshot.rows} year={year} dueDate={snapshot.dueDate} />
        </>
      )}
    </>
  )
}

function reportColumns(year: number, onStatus: (row: MemberYear, status: ReportStatus) => void): Column<MemberYear>[] {
  return [
    {
      key: 'name',
      header: 'Virksomhet',
      rowHeader: true,
      sortValue: (row) => row.organisation.name,
      cell: (row) => (
        <>
          <Link to={`/arsrapporter/${year}/${row.organisation.id}`}>{row.organisation.name}</Link>
          {row.overdue && <span className="badge badge-red report-overdue">Forfalt</span>}
          {row.evaluation.reporting.status === 'not-applicable' && <span className="badge">Fritatt i år</span>}
        </>
      ),
    },
    { key: 'tier', header: 'Nivå', cell: (row) => TIER_LABELS[row.organisation.tier] },
    {
      key: 'status',
      header: 'Status',
      cell: (row) => (
        <select
          aria-label={`Status for ${row.organisation.name}`}
          value={row.report?.status ?? 'ikke-mottatt'}
          onChange={(e) => onStatus(row, e.target.value as ReportStatus)}
        >
          {REPORT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {REPORT_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      ),
    },
    { key: 'received', header: 'Mottatt', cell: (row) => formatDate(row.report?.receivedDate) },
    {
      key: 'contacts',
      header: 'Klimakontakt',
      cell: (row) =>
        row.climateContacts.length === 0 ? (
          <span className="muted">Ingen registrert</span>
        ) : (
          row.climateContacts.map((c) => (
            <div key={`${c.name}-${c.email}`}>
              {c.name}
              {c.email && <span className="muted"> · {c.email}</span>}
            </div>
          ))
        ),
    },
  ]
}
