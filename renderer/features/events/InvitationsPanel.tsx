import { useMemo, useState } from 'react'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { notify } from '../../components/notices'
import type { Organisation } from '../../db/models'
import { inviteOrganisations, uninviteOrganisation } from '../../db/repositories/events-repo'
import { inviteByFilter } from '../../db/repositories/invitations-repo'
import { INVITE_FILTER_LABELS, invitedRoleText, type InviteFilter } from '../../domain/event/invitation-targets'
import { compareNorwegian } from '../../lib/collation'
import { todayInOslo } from '../../lib/dates'
import { foldText } from '../../lib/text-fold'
import type { EventData } from './use-event-data'

type Mode = InviteFilter['kind']

/** "A, B og C", or the first five and how many more. */
export function namesText(names: readonly string[]): string {
  const shown = names.slice(0, 5)
  const rest = names.length - shown.length
  if (rest > 0) return `${shown.join(', ')} og ${rest} til`
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} og ${shown.at(-1)}` : (shown[0] ?? '')
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

/** What one invitation step did, in a sentence. */
export function inviteSummary(organisationsAdded: number, registered: number, alreadyRegistered: number): string {
  const parts = [
    organisationsAdded === 0 ? 'Ingen nye virksomheter' : `${count(organisationsAdded, 'virksomhet', 'virksomheter')} invitert`,
    `${count(registered, 'person', 'personer')} registrert som invitert`,
  ]
  if (alreadyRegistered > 0) parts.push(`${alreadyRegistered} var registrert fra før`)
  return `${parts.join(', ')}.`
}

type LastResult = { summary: string; nobody: Organisation[] }

export function InvitationsPanel({ data }: { data: EventData }) {
  const { event, organisations } = data
  const [mode, setMode] = useState<Mode>(event.kind === 'partnersamling' ? 'partners' : 'members')
  const [sector, setSector] = useState('')
  const [picked, setPicked] = useState<Set<string>>(new Set())
  const [filter, setFilter] = useState('')
  const [warning, setWarning] = useState<string[] | null>(null)
  const [last, setLast] = useState<LastResult | null>(null)
  // The sectors members have: a sector without members would invite nobody.
  const sectors = useMemo(
    () => [...new Set(organisations.filter((o) => o.status === 'medlem' && o.sector.trim()).map((o) => o.sector))].sort(compareNorwegian),
    [organisations],
  )
  const invited = new Set(event.invitedOrganisationIds ?? [])
  const sorted = useMemo(() => [...organisations].sort((a, b) => compareNorwegian(a.name, b.name)), [organisations])
  const invitedList = sorted.filter((o) => invited.has(o.id))
  const candidates = sorted.filter((o) => !invited.has(o.id) && foldText(o.name).includes(foldText(filter.trim())))

  const currentFilter = (): InviteFilter | null => {
    if (mode === 'pick') return { kind: 'pick', organisationIds: [...picked] }
    if (mode === 'sector') return sector ? { kind: 'sector', sector } : null
    return { kind: mode }
  }

  const invite = async (confirmNonPartners = false) => {
    const chosen = currentFilter()
    if (!chosen) {
      notify('Velg en bransje.', 'error')
      return
    }
    const outcome = await inviteByFilter(event.id, chosen, { confirmNonPartners })
    if (!outcome.ok) {
      if (outcome.reason === 'non-partners') setWarning(outcome.names)
      else notify(mode === 'pick' ? 'Velg minst én virksomhet.' : 'Ingen virksomheter passer filteret.', 'error')
      return
    }
    setWarning(null)
    setPicked(new Set())
    const summary = inviteSummary(outcome.organisationsAdded, outcome.registered.length, outcome.alreadyRegistered)
    setLast({ summary, nobody: outcome.nobodySuitable })
    notify(summary)
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
      <p className="field-hint">
        Hver invitert virksomhet får sin {invitedRoleText(event.kind)} registrert som invitert.
      </p>
      <fieldset className="events-modes">
        <legend>Hvem skal inviteres?</legend>
        {(Object.keys(INVITE_FILTER_LABELS) as Mode[]).map((m) => (
          <label key={m}>
            <input type="radio" name="invite-mode" value={m} checked={mode === m} onChange={() => setMode(m)} /> {INVITE_FILTER_LABELS[m]}
          </label>
        ))}
      </fieldset>
      {mode === 'sector' && (
        <div className="field">
          <label htmlFor="invite-sector">Bransje</label>
          <select id="invite-sector" value={sector} onChange={(e) => setSector(e.target.value)}>
            <option value="">Velg bransje …</option>
            {sectors.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
      )}
      {mode === 'participation-risk' && (
        <p className="field-hint">
          Medlemmer og partnere som ikke har vært på noe møte i nettverket i {todayInOslo().slice(0, 4)} ennå. Fra 1. september er de i faresonen; før det passer
          ingen filteret.
        </p>
      )}
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
      {last && (
        <div className="events-invite-result" role="status" aria-label="Resultat av invitasjonen">
          <p>{last.summary}</p>
          {last.nobody.length > 0 && (
            <>
              <p>
                Uten {invitedRoleText(event.kind)} ({last.nobody.length}) – legg inn en person med rollen, og inviter igjen:
              </p>
              <ul aria-label="Virksomheter uten passende person">
                {last.nobody.map((o) => (
                  <li key={o.id}>{o.name}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
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
