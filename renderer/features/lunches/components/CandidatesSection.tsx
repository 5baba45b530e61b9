import { useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { notify } from '../../../components/notices'
import { inviteOrganisation, listCandidates, type LunchView } from '../../../db/repositories/lunches-repo'
import { formatDate } from '../../../lib/dates'
import { messageOf } from '../../../lib/result'

/** Approved organisations not yet signed, oldest application first; inviting fills the lunch. */
export function CandidatesSection({ view }: { view: LunchView }) {
  const candidates = useLiveQuery(() => listCandidates(view.lunch.id), [view.lunch.id])
  const [allowOverfill, setAllowOverfill] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const { lunch } = view.lunch
  const invited = view.lunch.invitedOrganisationIds.length
  const free = lunch.maxOrganisations - invited
  const done = lunch.signingRegisteredAt !== null

  const invite = async (organisationId: string) => {
    const outcome = await inviteOrganisation(view.lunch.id, organisationId, allowOverfill)
    if (!outcome.ok) return setError(messageOf(outcome))
    setError(null)
    notify('Virksomheten er invitert.')
  }

  return (
    <section className="card" aria-labelledby="candidates-heading">
      <h2 id="candidates-heading">Kandidater</h2>
      <p className={free < 0 ? 'text-error' : undefined}>
        <strong>{invited}</strong> av {lunch.maxOrganisations} virksomheter invitert —{' '}
        {free > 0 ? `${free} ledige plasser` : free === 0 ? 'lunsjen er full' : `${-free} over maks`}.
      </p>
      {!done && (
        <label className="checkbox">
          <input type="checkbox" checked={allowOverfill} onChange={(e) => setAllowOverfill(e.target.checked)} />
          Tillat flere virksomheter enn maks
        </label>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {candidates && candidates.length === 0 ? (
        <p className="muted">Ingen godkjente søkere venter på signering.</p>
      ) : (
        <table className="compact-table">
          <caption className="visually-hidden">Godkjente søkere, eldste søknad først</caption>
          <thead>
            <tr>
              <th scope="col">Virksomhet</th>
              <th scope="col">Bransje</th>
              <th scope="col">Søkte</th>
              <th scope="col">
                <span className="visually-hidden">Handlinger</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {candidates?.map(({ organisation, appliedOn, invitedTo }) => (
              <tr key={organisation.id}>
                <td>
                  {organisation.name}
                  {invitedTo && " "}
                  {invitedTo && <span className="badge badge-amber">Invitert til lunsj {formatDate(invitedTo)}</span>}
                </td>
                <td>{organisation.sector || '—'}</td>
                <td>{formatDate(appliedOn)}</td>
                <td>
                  <button type="button" disabled={done} onClick={() => void invite(organisation.id)}>
                    Inviter {organisation.name}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
