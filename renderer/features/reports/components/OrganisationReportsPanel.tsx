import { useLiveQuery } from 'dexie-react-hooks'
import { Link } from 'react-router'
import { DataTable, type Column } from '../../../components/DataTable'
import type { AnnualReport } from '../../../db/models'
import { listReportsFor, wasPartner } from '../../../db/repositories/annual-reports-repo'
import { PartnerEmissionsTable } from './PartnerEmissionsTable'
import { formatDate, todayInOslo } from '../../../lib/dates'
import { REPORT_STATUS_LABELS } from '../../../domain/report/labels'

function reportColumns(organisationId: string): Column<AnnualReport>[] {
  return [
    { key: 'year', header: 'År', rowHeader: true, cell: (r) => <Link to={`/arsrapporter/${r.year}/${organisationId}`}>{r.year}</Link> },
    { key: 'status', header: 'Status', cell: (r) => REPORT_STATUS_LABELS[r.status] },
    { key: 'received', header: 'Mottatt', cell: (r) => formatDate(r.receivedDate) },
    { key: 'caseNumber', header: 'Saksnummer', cell: (r) => r.caseNumber },
  ]
}

/** The organisation page's list of its annual reports, each a link to its checklist. */
export function OrganisationReportsPanel({ organisationId }: { organisationId: string }) {
  const data = useLiveQuery(async () => ({ reports: await listReportsFor(organisationId), partner: await wasPartner(organisationId) }), [organisationId])
  const reports = data?.reports
  const lastYear = Number(todayInOslo().slice(0, 4)) - 1
  if (!data || !reports) return null
  return (
    <>
      <DataTable
        caption="Årsrapporter for virksomheten"
        columns={reportColumns(organisationId)}
        rows={reports}
        rowKey={(r) => r.id}
        empty="Ingen årsrapporter er registrert."
      />
      {data.partner && reports.length > 0 && <PartnerEmissionsTable reports={reports} />}
      {!reports.some((r) => r.year === lastYear) && (
        <p>
          <Link to={`/arsrapporter/${lastYear}/${organisationId}`}>Registrer årsrapporten for {lastYear}</Link>
        </p>
      )}
    </>
  )
}
