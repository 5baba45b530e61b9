import { useLiveQuery } from 'dexie-react-hooks'
import { Link } from 'react-router'
import { DataTable, type Column } from '../../components/DataTable'
import { eventsOfOrganisation } from '../../db/repositories/events-repo'
import { personNames, registrationsOfOrganisation } from '../../db/repositories/registrations-repo'
import { formatDate } from '../../lib/dates'
import { organisationHistory, type HistoryRow } from '../../domain/event/organisation-history'
import { EVENT_KIND_LABELS } from '../../domain/event/labels'

const COLUMNS: Column<HistoryRow>[] = [
  { key: 'date', header: 'Dato', cell: (r) => formatDate(r.event.date) },
  {
    key: 'title',
    header: 'Arrangement',
    cell: (r) => (
      <>
        <Link to={`/arrangementer/${r.event.id}`}>{r.event.title}</Link>
        {r.event.cancelledAt && <span className="badge badge-red events-badge">Avlyst</span>}
      </>
    ),
  },
  { key: 'kind', header: 'Type', cell: (r) => EVENT_KIND_LABELS[r.event.kind] },
  {
    key: 'attendance',
    header: 'Oppmøte',
    cell: (r) => (r.attendees.length > 0 ? `Møtt: ${r.attendees.join(', ')}` : r.registered ? 'Påmeldt, ikke møtt' : 'Invitert'),
  },
]

/** For the organisation page (registered in its panels): the events it was invited to and attended, per year. */
export function OrganisationAttendance({ organisationId }: { organisationId: string }) {
  const years = useLiveQuery(async () => {
    const [events, registrations] = await Promise.all([eventsOfOrganisation(organisationId), registrationsOfOrganisation(organisationId)])
    const names = await personNames(registrations.map((r) => r.personId))
    return organisationHistory(organisationId, events, registrations, (id) => names.get(id) ?? '')
  }, [organisationId])
  return (
    // The organisation page wraps panels in a titled card; this is the content.
    <div className="attendance-panel">
      {years && years.length === 0 && <p className="muted">Ikke invitert til noen arrangementer ennå.</p>}
      {years?.map((y) => (
        <div key={y.year} className="attendance-year">
          <h3>
            {y.year}: møtt på {y.attended} av {y.rows.length}
          </h3>
          <DataTable caption={`Arrangementer ${y.year}`} columns={COLUMNS} rows={y.rows} rowKey={(r) => r.event.id} />
        </div>
      ))}
    </div>
  )
}
