import { useLiveQuery } from 'dexie-react-hooks'
import { Link } from 'react-router'
import { DataTable, type Column } from '../../components/DataTable'
import { PageHeader } from '../../components/PageHeader'
import { notify } from '../../components/notices'
import { saveCsv } from '../../components/save-csv'
import { listActiveOrganisations, setFeeInvoiced } from '../../db/repositories/organisations-repo'
import { formatOrgNumber } from '../../../electron/shared/org-number'
import { kroner, OWED_HEADERS, owedFees, owedTable, type OwedFee } from '../../domain/organisation/partner-fees'
import { toCsv } from '../../lib/export/csv'
import { formatDate, todayInOslo } from '../../lib/dates'

async function markInvoiced(fee: OwedFee) {
  await setFeeInvoiced(fee.organisationId, fee.year, true)
  notify(`Partnerkontingenten ${fee.year} for ${fee.name} er merket som fakturert.`)
}

const COLUMNS: Column<OwedFee>[] = [
  { key: 'name', header: 'Virksomhet', cell: (f) => <Link to={`/virksomheter/${f.organisationId}`}>{f.name}</Link> },
  { key: 'orgNumber', header: 'Org.nr.', cell: (f) => formatOrgNumber(f.orgNumber) },
  { key: 'year', header: 'År', cell: (f) => f.year },
  { key: 'amount', header: 'Beløp', className: 'cell-number', cell: (f) => kroner(f.amount) },
  { key: 'invoiced', header: 'Fakturert', cell: (f) => (f.invoiced ? 'Ja' : <strong>Nei</strong>) },
  {
    key: 'actions',
    header: 'Handling',
    headerHidden: true,
    className: 'cell-actions',
    cell: (f) =>
      f.invoiced ? null : (
        <button type="button" aria-label={`Merk ${f.year} for ${f.name} som fakturert`} onClick={() => void markInvoiced(f)}>
          Merk fakturert
        </button>
      ),
  },
]

/** /virksomheter/partneravgifter: every unpaid partner fee, with a CSV for the finance office. */
export function PartnerFeesPage() {
  const summary = useLiveQuery(async () => owedFees(await listActiveOrganisations()), [])
  const exportCsv = () => {
    if (!summary) return
    void saveCsv(`Partneravgifter ${formatDate(todayInOslo())}.csv`, toCsv([...OWED_HEADERS], owedTable(summary)))
  }
  return (
    <>
      <PageHeader
        title="Partneravgifter"
        description="Partnerkontingent som ikke er betalt, eldste år først. Merk det som er fakturert, og gi listen til økonomi som CSV."
        actions={
          <>
            <Link className="button" to="/virksomheter">
              Tilbake til virksomheter
            </Link>
            <button type="button" onClick={exportCsv} disabled={!summary || summary.rows.length === 0}>
              Eksporter CSV
            </button>
          </>
        }
      />
      {summary && summary.rows.length > 0 && (
        <p className="owed-summary">
          Utestående i alt: <strong>{kroner(summary.total)}</strong> fordelt på {summary.rows.length} {summary.rows.length === 1 ? 'år' : 'kontingenter'}
          {summary.notInvoiced > 0 ? `, ${summary.notInvoiced} ikke fakturert` : ', alle fakturert'}.
        </p>
      )}
      {summary && (
        <DataTable
          caption="Partnerkontingent som ikke er betalt"
          card="Utestående partnerkontingent"
          columns={COLUMNS}
          rows={summary.rows}
          rowKey={(f) => `${f.organisationId}-${f.year}`}
          empty={{ title: 'Ingen utestående partnerkontingent', children: <p>Alle registrerte kontingenter er betalt.</p> }}
        />
      )}
    </>
  )
}
