import { useState } from 'react'
import { ConfirmDialog } from '../../../components/ConfirmDialog'
import { notify } from '../../../components/notices'
import type { LunchView } from '../../../db/repositories/lunches-repo'
import { messageOf } from '../../../lib/result'
import { registerLunchSigning } from '../../../db/repositories/lunches-signing-repo'
import { formatDate, formatTimestamp } from '../../../lib/dates'
import type { Person } from '../../../db/models'
import { isLeaderRole, notLeaderWarning } from '../../../domain/contract/signatory'
import { becomeText, newlySignedText } from '../../../domain/organisation/signed-words'

type Row = { signed: boolean; signatory: string }

/** The Lederforankring warning when the one picked is neither top leader nor deputy. */
const signerWarning = (person: Person | undefined): string | null => (person && !isLeaderRole(person.roles) ? notLeaderWarning(person.name) : null)

/** "Registrer signering": who signed becomes a member from the lunch's date; the rest stay invited. */
export function SigningSection({ view }: { view: LunchView }) {
  const event = view.lunch
  // Defaults follow the check-ins and the guest list; what the user ticks or picks overrides them.
  const defaultRow = (organisationId: string): Row => {
    const guests = view.guests.filter((g) => g.registration.organisationId === organisationId)
    // The top leader or deputy only; otherwise the user picks who signed (no silent fallback to another guest).
    const leader = guests.find((g) => g.registration.rolesAtTime.includes('toppleder') || g.registration.rolesAtTime.includes('stedfortreder'))
    return { signed: guests.some((g) => g.registration.status === 'mott'), signatory: leader?.registration.personId ?? '' }
  }
  const [rows, setRows] = useState<Record<string, Partial<Row>>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [confirming, setConfirming] = useState(false)
  const row = (id: string): Row => ({ ...defaultRow(id), ...rows[id] })
  const signed = view.organisations.filter((o) => row(o.id).signed)

  if (event.lunch.signingRegisteredAt) {
    return (
      <section className="card" aria-labelledby="signing-heading">
        <h2 id="signing-heading">Etter lunsjen</h2>
        <p>
          <span className="badge badge-green">Signering registrert</span> {formatTimestamp(event.lunch.signingRegisteredAt)}. Virksomhetene som signerte, er medlemmer eller partnere fra{' '}
          {formatDate(event.date)}.
        </p>
      </section>
    )
  }

  const onRegister = () => {
    const found: Record<string, string> = {}
    for (const o of signed) if (!row(o.id).signatory) found[o.id] = `Velg hvem som signerte for ${o.name}.`
    setErrors(found)
    if (Object.keys(found).length > 0) return
    if (signed.length === 0) {
      notify('Kryss av for minst én virksomhet som signerte.', 'error')
      return
    }
    setConfirming(true)
  }
  const onConfirm = async () => {
    setConfirming(false)
    const registered = await registerLunchSigning(
      event.id,
      signed.map((o) => ({ organisationId: o.id, signatoryPersonId: row(o.id).signatory })),
    )
    if (registered.ok) notify(`Signering registrert: ${newlySignedText(signed)}.`)
    else notify(messageOf(registered), 'error')
  }

  return (
    <section className="card" aria-labelledby="signing-heading">
      <h2 id="signing-heading">Etter lunsjen</h2>
      {view.organisations.length === 0 ? (
        <p className="muted">Ingen virksomheter er invitert.</p>
      ) : (
        <>
          <p className="muted">Kryss av for virksomhetene som signerte. De som ikke kom, forblir invitert til neste lunsj.</p>
          <table className="compact-table">
            <caption className="visually-hidden">Signering</caption>
            <thead>
              <tr>
                <th scope="col">Virksomhet</th>
                <th scope="col">Signerte</th>
                <th scope="col">Signert av</th>
              </tr>
            </thead>
            <tbody>
              {view.organisations.map((o) => {
                const people = view.people.filter((p) => p.organisationId === o.id)
                const r = row(o.id)
                return (
                  <tr key={o.id}>
                    <td>{o.name}</td>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`${o.name} signerte`}
                        checked={r.signed}
                        onChange={(e) => setRows({ ...rows, [o.id]: { ...rows[o.id], signed: e.target.checked } })}
                      />
                    </td>
                    <td>
                      <select
                        aria-label={`Signert av for ${o.name}`}
                        aria-invalid={errors[o.id] ? true : undefined}
                        aria-describedby={errors[o.id] ? `signatory-error-${o.id}` : undefined}
                        value={r.signatory}
                        disabled={!r.signed}
                        onChange={(e) => setRows({ ...rows, [o.id]: { ...rows[o.id], signatory: e.target.value } })}
                      >
                        <option value="">Velg person</option>
                        {people.map((p) => (
                          <option key={p.id} value={p.id}>
                            {p.name}
                          </option>
                        ))}
                      </select>
                      {errors[o.id] && (
                        <p id={`signatory-error-${o.id}`} className="field-error">
                          {errors[o.id]}
                        </p>
                      )}
                      {r.signed && signerWarning(people.find((p) => p.id === r.signatory)) && (
                        <p className="field-warning">{signerWarning(people.find((p) => p.id === r.signatory))}</p>
                      )}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
          <div className="signing-actions">
            <button type="button" className="button-primary" onClick={onRegister}>
              Registrer signering
            </button>
          </div>
        </>
      )}
      <ConfirmDialog
        open={confirming}
        title="Registrer signering"
        message={`${becomeText(signed)} fra ${formatDate(event.date)}, og kontraktene merkes som signert. Dette kan ikke angres her.`}
        confirmLabel="Registrer"
        onConfirm={() => void onConfirm()}
        onCancel={() => setConfirming(false)}
      />
    </section>
  )
}
