import { ConfirmDialog } from '../../components/ConfirmDialog'
import { notify } from '../../components/notices'
import type { RegistrationStatus } from '../../db/models'
import {
  markNoShows,
  removeRegistration,
  restoreRegistration,
  restoreStatuses,
  setRegistrationStatus,
  type RosterEntry,
} from '../../db/repositories/registrations-repo'
import { formatTimestamp, todayInOslo } from '../../lib/dates'
import { useState } from 'react'
import { AddRegistration } from './AddRegistration'
import { sortRoster } from './roster'
import { rolesText } from '../../domain/organisation/labels'
import type { EventData } from './use-event-data'
import { REGISTRATION_STATUS_LABELS } from '../../domain/event/labels'

const STATUSES = Object.keys(REGISTRATION_STATUS_LABELS) as RegistrationStatus[]

async function remove(entry: RosterEntry) {
  await removeRegistration(entry.registration.id)
  notify(`${entry.personName} er fjernet fra listen.`, 'success', { label: 'Angre', run: () => void restoreRegistration(entry.registration.id) })
}

export function RegistrationsPanel({ data }: { data: EventData }) {
  const roster = sortRoster(data.roster)
  const [pending, setPending] = useState<{ entry: RosterEntry; status: RegistrationStatus } | null>(null)
  const [confirmNoShows, setConfirmNoShows] = useState(false)
  const stillExpected = roster.filter((r) => r.registration.status === 'pameldt').length
  const isOver = data.event.date <= todayInOslo()

  const noShows = async () => {
    setConfirmNoShows(false)
    const ids = await markNoShows(data.event.id)
    notify(`${ids.length} satt til «Ikke møtt».`, 'success', { label: 'Angre', run: () => void restoreStatuses(ids, 'pameldt') })
  }

  const change = async (entry: RosterEntry, status: RegistrationStatus, override = false) => {
    const outcome = await setRegistrationStatus(entry.registration.id, status, { overrideCapacity: override })
    if (!outcome.ok && outcome.reason === 'capacity') setPending({ entry, status })
    else setPending(null)
  }

  return (
    <section className="card" aria-labelledby="registrations-title">
      <h2 id="registrations-title">Påmeldinger ({roster.length})</h2>
      {roster.length === 0 ? (
        <p className="muted">Ingen er registrert ennå.</p>
      ) : (
        <table aria-labelledby="registrations-title">
          <thead>
            <tr>
              <th scope="col">Virksomhet</th>
              <th scope="col">Navn</th>
              <th scope="col">Rolle da</th>
              <th scope="col">Status</th>
              <th scope="col">Møtt</th>
              <th scope="col">
                <span className="visually-hidden">Handlinger</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {roster.map((entry) => (
              <tr key={entry.registration.id}>
                <td>{entry.organisationName}</td>
                <td>
                  {entry.personName}
                  {entry.registration.walkIn && <span className="badge badge-amber events-badge">Uten påmelding</span>}
                </td>
                <td>{rolesText(entry.registration.rolesAtTime)}</td>
                <td>
                  <select
                    aria-label={`Status for ${entry.personName}`}
                    value={entry.registration.status}
                    onChange={(e) => void change(entry, e.target.value as RegistrationStatus)}
                  >
                    {STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {REGISTRATION_STATUS_LABELS[s]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{entry.registration.checkedInAt ? formatTimestamp(entry.registration.checkedInAt) : ''}</td>
                <td>
                  <button type="button" className="button-link" aria-label={`Fjern ${entry.personName}`} onClick={() => void remove(entry)}>
                    Fjern
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {isOver && stillExpected > 0 && (
        <p className="events-noshows">
          <button type="button" onClick={() => setConfirmNoShows(true)}>
            Sett de {stillExpected} påmeldte som ikke kom til «Ikke møtt»
          </button>
        </p>
      )}
      <AddRegistration data={data} />
      {confirmNoShows && (
        <ConfirmDialog
          open={confirmNoShows}
          title="Registrere fravær?"
          message={`${stillExpected} påmeldte er ikke sjekket inn. De settes til «Ikke møtt», så oppmøtet for året blir riktig. Du kan angre.`}
          confirmLabel="Sett til ikke møtt"
          onConfirm={() => void noShows()}
          onCancel={() => setConfirmNoShows(false)}
        />
      )}
      {pending !== null && (
        <ConfirmDialog
          open={pending !== null}
          title="Arrangementet er fullt"
          message={`Alle plassene er tatt. Vil du sette ${pending?.entry.personName ?? ''} som ${pending ? REGISTRATION_STATUS_LABELS[pending.status].toLowerCase() : ''} likevel?`}
          confirmLabel="Ja, likevel"
          onConfirm={() => pending && void change(pending.entry, pending.status, true)}
          onCancel={() => setPending(null)}
        />
      )}
    </section>
  )
}
