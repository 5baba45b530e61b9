import { useMemo, useState } from 'react'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { notify } from '../../components/notices'
import type { Organisation } from '../../db/models'
import { inviteOrganisations, uninviteOrganisation } from '../../db/repositories/events-repo'
import { compareNorwegian } from '../../lib/collation'
import { foldText } from '../../lib/text-fold'
import type { EventData } from './use-event-data'

type Mode = 'members' | 'partners' | 'pick'

const MODE_LABELS: Record<Mode, string> = { members: 'Alle medlemmer', partners: 'Bare partnere', pick: 'Velg selv' }

/** Which organisations a filter picks; members are organisations with status medlem. */
export function organisationsFor(mode: Mode, organisations: readonly Organisation[], picked: ReadonlySet<string>): Organisation[] {
  if (mode === 'pick') return organisations.filter((o) => picked.has(o.id))
  const members = organisations.filter((o) => o.status === 'medlem')
  return mode === 'partners' ? members.filter((o) => o.tier === 'partner') : members
}

/** "A, B og C", or the first five and how many more. */
export function namesText(names: readonly string[]): string {
  const shown = names.slice(0, 5)
  const rest = names.length - shown.length
  if (rest > 0) return `${shown.join(', ')} og ${rest} til`
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} og ${shown.at(-1)}` : (shown[0] ?? '')
}

export function InvitationsPanel({ data }: { data: EventData }) {
  const { event, organisations } = data
  const [mode, setMode] = useState<Mode>(event.kind === 'partnersamling' ? 'partners' : 'members')
  const [picked, setPicked] = useState<Set<string>>(new Set())
  const [filter, setFilter] = useState('')
  const [warning, setWarning] = useState<string[] | null>(null)
  const invited = new Set(event.invitedOrganisationIds ?? [])
  const sorted = useMemo(() => [...organisations].sort((a, b) => compareNorwegian(a.name, b.name)), [organisations])
  const invitedList = sorted.filter((o) => invited.has(o.id))
  const candidates = sorted.filter((o) => !invited.has(o.id) && foldText(o.name).includes(foldText(filter.trim())))

  const invite = async (confirmNonPartners = false) => {
    const chosen = organisationsFor(mode, sorted, picked).map((o) => o.id)
    if (chosen.length === 0) {
      notify(mode === 'pick' ? 'Velg minst én virksomhet.' : 'Ingen virksomheter passer filteret.', 'error')
      return
    }
    const outcome = await inviteOrganisations(event.id, chosen, { confirmNonPartners })
    if (!outcome.ok) {
      setWarning(outcome.names)
      return
    }
    setWarning(null)
    setPicked(new Set())
    notify(outcome.added === 0 ? 'Alle var allerede invitert.' : `${outcome.added} ${outcome.added === 1 ? 'virksomhet' : 'virksomheter'} er invitert.`)
  }

  const remove = async (org: Organisation) => {
    await uninviteOrganisation(event.id, org.id)
    notify(`${org.name} er fjernet fra invitasjonen.`, 'success', {
      label: 'Angre',
      run: () => void inviteOrganisations(event.id, [org.id], { confirmNonPartners: true }),
    })
  }

  return (
    <section className="card" aria-labelledby="invitations-title">
      <h2 id="invitations-title">Invitasjoner</h2>
      {event.kind === 'partnersamling' && <p className="field-hint">En partnersamling er bare for partnere.</p>}
      <fieldset className="events-modes">
        <legend>Hvem skal inviteres?</legend>
        {(Object.keys(MODE_LABELS) as Mode[]).map((m) => (
          <label key={m}>
            <input type="radio" name="invite-mode" value={m} checked={mode === m} onChange={() => setMode(m)} /> {MODE_LABELS[m]}
          </label>
        ))}
      </fieldset>
      {mode === 'pick' && (
        <div className="events-pick">
          <div className="field">
            <label htmlFor="invite-filter">Finn virksomhet</label>
            <input id="invite-filter" value={filter} onChange={(e) => setFilter(e.target.value)} />
          </div>
          <ul className="events-checklist" aria-label="Virksomheter som kan inviteres">
            {candidates.map((o) => (
              <li key={o.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={picked.has(o.id)}
                    onChange={(e) => {
                      const next = new Set(picked)
                      if (e.target.checked) next.add(o.id)
                      else next.delete(o.id)
                      setPicked(next)
                    }}
                  />{' '}
                  {o.name} {o.tier === 'partner' && <span className="badge">Partner</span>}
                </label>
              </li>
            ))}
            {candidates.length === 0 && <li className="muted">Ingen virksomheter å vise.</li>}
          </ul>
        </div>
      )}
      <div className="form-actions events-left">
        <button type="button" className="button-primary" onClick={() => void invite()}>
          Inviter
        </button>
      </div>
      <h3>Inviterte virksomheter ({invitedList.length})</h3>
      {invitedList.length === 0 ? (
        <p className="muted">Ingen er invitert ennå.</p>
      ) : (
        <ul className="events-invited" aria-label="Inviterte virksomheter">
          {invitedList.map((o) => (
            <li key={o.id}>
              <span>
                {o.name} {o.tier === 'partner' && <span className="badge">Partner</span>}
              </span>
              <button type="button" className="button-link" aria-label={`Fjern ${o.name} fra invitasjonen`} onClick={() => void remove(o)}>
                Fjern
              </button>
            </li>
          ))}
        </ul>
      )}
      {warning !== null && (
        <ConfirmDialog
          open={warning !== null}
          title="Dette er ikke partnere"
          message={`En partnersamling er bare for partnere. ${namesText(warning ?? [])} er ikke partner. Vil du invitere dem likevel?`}
          confirmLabel="Inviter likevel"
          onConfirm={() => void invite(true)}
          onCancel={() => setWarning(null)}
        />
      )}
    </section>
  )
}
