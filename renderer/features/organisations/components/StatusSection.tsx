import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { ConfirmDialog } from '../../../components/ConfirmDialog'
import { TextField } from '../../../components/TextField'
import { notify } from '../../../components/notices'
import type { Organisation, PipelineStatus, StatusEvent } from '../../../db/models'
import { removeStatusEvent, setPipelineStatus, statusEventsOf } from '../../../db/repositories/status-events-repo'
import { formatDate, parseNorwegianDate, todayInOslo } from '../../../lib/dates'
import { membershipPeriods } from '../../../domain/organisation/membership-periods'
import { PIPELINE_STATUSES, pipelineStatusText, signedPeriodsLabel } from '../../../domain/organisation/labels'
import { tierOn } from '../../../domain/organisation/tier-history'

const NEXT: Record<PipelineStatus, PipelineStatus> = {
  soker: 'godkjent',
  godkjent: 'invitert',
  invitert: 'medlem',
  medlem: 'utmeldt',
  utmeldt: 'soker',
  avslatt: 'soker',
}

/** The membership pipeline: dated events, periods, and a form to record the next step. */
export function StatusSection({ org }: { org: Organisation }) {
  const events = useLiveQuery(() => statusEventsOf(org.id), [org.id, org.updatedAt])
  const [status, setStatus] = useState<PipelineStatus>(NEXT[org.status])
  const [date, setDate] = useState(formatDate(todayInOslo()))
  const [note, setNote] = useState('')
  const [dateError, setDateError] = useState<string | null>(null)
  const [removing, setRemoving] = useState<StatusEvent | null>(null)
  const periods = events ? membershipPeriods(events) : []
  // A past step in the words of its day: signed as a member before the organisation became a partner stays "Medlem".
  const stepText = (e: Pick<StatusEvent, 'status' | 'date'>) => pipelineStatusText({ status: e.status, tier: tierOn(org.tier, org.tierHistory, e.date) })
  const optionText = (s: PipelineStatus) => pipelineStatusText({ status: s, tier: org.tier })

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const iso = parseNorwegianDate(date)
    setDateError(iso ? null : 'Skriv datoen som dd.mm.åååå (eksempel: 28.11.2026).')
    if (!iso) return
    const next = await setPipelineStatus(org.id, status, iso, note)
    setNote('')
    setStatus(NEXT[next.status])
    notify(`Status registrert: ${stepText({ status, date: iso })} fra ${formatDate(iso)}.`)
  }

  const remove = async () => {
    if (!removing) return
    setRemoving(null)
    await removeStatusEvent(removing.id)
    notify('Statusendringen er fjernet.')
  }

  return (
    <section className="card" aria-labelledby="status-heading">
      <h2 id="status-heading">Status i medlemsløpet</h2>
      <p>
        Nå: <strong>{pipelineStatusText(org)}</strong>
        {org.signedDate && ` – signert ${formatDate(org.signedDate)}`}
      </p>
      {periods.length > 0 && (
        <p className="field-hint">
          {signedPeriodsLabel(org)}: {periods.map((p) => `${formatDate(p.from)}–${p.to ? formatDate(p.to) : 'nå'}`).join(', ')}
        </p>
      )}
      <ol className="status-events" aria-label="Statushistorikk">
        {events?.map((e) => (
          <li key={e.id}>
            <span className="status-date">{formatDate(e.date)}</span> {stepText(e)}
            {e.note && <span className="status-note"> – {e.note}</span>}
            {events.length > 1 && (
              <button type="button" className="button-link" aria-label={`Fjern ${stepText(e)} ${formatDate(e.date)}`} onClick={() => setRemoving(e)}>
                Fjern
              </button>
            )}
          </li>
        ))}
      </ol>
      <form className="status-form" onSubmit={submit} noValidate aria-label="Registrer ny status">
        <div className="field">
          <label htmlFor="new-status">Ny status</label>
          <select id="new-status" value={status} onChange={(e) => setStatus(e.target.value as PipelineStatus)}>
            {PIPELINE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {optionText(s)}
              </option>
            ))}
          </select>
        </div>
        <TextField label="Fra dato" value={date} error={dateError} hint="dd.mm.åååå" onChange={setDate} />
        <TextField label="Merknad" value={note} onChange={setNote} />
        <div className="form-actions">
          <button type="submit" className="button-primary">
            Registrer status
          </button>
        </div>
      </form>
      {removing && (
        <ConfirmDialog
          open
          title="Fjerne statusendringen?"
          message={`${stepText(removing)} fra ${formatDate(removing.date)} fjernes. Endringsloggen beholder den.`}
          confirmLabel="Fjern"
          danger
          onConfirm={() => void remove()}
          onCancel={() => setRemoving(null)}
        />
      )}
    </section>
  )
}
