import { useLiveQuery } from 'dexie-react-hooks'
import { Link } from 'react-router'
import { eventsOfOrganisation } from '../../db/repositories/events-repo'
import { personNames, registrationsOfOrganisation } from '../../db/repositories/registrations-repo'
import { formatDate } from '../../lib/dates'
import { KIND_LABELS } from '../events/event-model'
import { organisationHistory } from './organisation-history'

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
          <table aria-label={`Arrangementer ${y.year}`}>
            <thead>
              <tr>
                <th scope="col">Dato</th>
                <th scope="col">Arrangement</th>
                <th scope="col">Type</th>
                <th scope="col">Oppmøte</th>
              </tr>
            </thead>
            <tbody>
              {y.rows.map((r) => (
                <tr key={r.event.id}>
                  <td>{formatDate(r.event.date)}</td>
                  <td>
                    <Link to={`/arrangementer/${r.event.id}`}>{r.event.title}</Link>
                    {r.event.cancelledAt && <span className="badge badge-red events-badge">Avlyst</span>}
                  </td>
                  <td>{KIND_LABELS[r.event.kind]}</td>
                  <td>{r.attendees.length > 0 ? `Møtt: ${r.attendees.join(', ')}` : r.registered ? 'Påmeldt, ikke møtt' : 'Invitert'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  )
}
