import { useLiveQuery } from 'dexie-react-hooks'
import { listInvitationLog } from '../../db/repositories/invitation-log-repo'
import { INVITATION_LOG_LABELS } from '../../domain/event/invitation-log'
import { formatTimestamp } from '../../lib/dates'

/** Who got a draft or a calendar file, when, and which file: "utkast laget", never "sendt". */
export function InvitationLog({ eventId }: { eventId: string }) {
  const rows = useLiveQuery(() => listInvitationLog(eventId), [eventId])
  if (!rows) return null
  return (
    <>
      <h3 id="invitation-log-title">Logg over invitasjoner og påminnelser ({rows.length})</h3>
      {rows.length === 0 ? (
        <p className="muted">Ingen utkast eller kalenderfiler er laget ennå.</p>
      ) : (
        <div className="table-scroll">
          <table aria-labelledby="invitation-log-title">
            <thead>
              <tr>
                <th scope="col">Når</th>
                <th scope="col">Hva</th>
                <th scope="col">Til</th>
                <th scope="col">Fil</th>
                <th scope="col">Kalenderfil</th>
                <th scope="col">Av</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className="events-date">{formatTimestamp(r.at)}</td>
                  <td>{INVITATION_LOG_LABELS[r.kind]}</td>
                  <td>{r.recipientName ? `${r.recipientName}${r.organisationName ? `, ${r.organisationName}` : ''}` : '—'}</td>
                  <td>{r.fileName}</td>
                  <td>{r.calendar ? `versjon ${r.calendar.sequence + 1}` : '—'}</td>
                  <td>{r.userName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}
