import { useLiveQuery } from 'dexie-react-hooks'
import { Link } from 'react-router'
import { listReportsFor } from '../../../db/repositories/annual-reports-repo'
import { formatDate, todayInOslo } from '../../../lib/dates'
import { REPORT_STATUS_LABELS } from '../report-rules'

/** The organisation page's list of its annual reports, each a link to its checklist. */
export function OrganisationReportsPanel({ organisationId }: { organisationId: string }) {
  const reports = useLiveQuery(() => listReportsFor(organisationId), [organisationId])
  const lastYear = Number(todayInOslo().slice(0, 4)) - 1
  if (!reports) return null
  return (
    <>
      {reports.length === 0 ? (
        <p>Ingen årsrapporter er registrert.</p>
      ) : (
        <table aria-label="Årsrapporter for virksomheten">
          <thead>
            <tr>
              <th scope="col">År</th>
              <th scope="col">Status</th>
              <th scope="col">Mottatt</th>
              <th scope="col">Saksnummer</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <Link to={`/arsrapporter/${r.year}/${organisationId}`}>{r.year}</Link>
                </th>
                <td>{REPORT_STATUS_LABELS[r.status]}</td>
                <td>{formatDate(r.receivedDate)}</td>
                <td>{r.caseNumber}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!reports.some((r) => r.year === lastYear) && (
        <p>
          <Link to={`/arsrapporter/${lastYear}/${organisationId}`}>Registrer årsrapporten for {lastYear}</Link>
        </p>
      )}
    </>
  )
}
