import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { Link } from 'react-router'
import { EmptyState } from '../../components/EmptyState'
import { notify } from '../../components/notices'
import { decideApplications, listApplicants, type Decision } from '../../db/repositories/applications-repo'
import { loadSettings } from '../../db/repositories/settings-repo'
import { CRITERION_LABELS } from '../../domain/criteria/labels'
import { TIER_LABELS } from '../../domain/organisation/labels'
import { formatDate, parseNorwegianDate, todayInOslo } from '../../lib/dates'
import { CriterionStatusBadge } from '../criteria'
import { answerOf, evidenceOf } from './applicant-evidence'
import { ReplyDrafts, type Decided } from './ReplyDrafts'

const SHOWN = ['geography', 'leadership', 'intent', 'action'] as const

/** Søknader: applicants oldest first, the evidence per criterion at the time of applying, and the decision. */
export function ApplicationQueue() {
  const applicants = useLiveQuery(listApplicants, [])
  const settings = useLiveQuery(loadSettings, [])
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [date, setDate] = useState(() => formatDate(todayInOslo()))
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [decided, setDecided] = useState<Decided | null>(null)

  if (!applicants || !settings) return null
  const replies = decided && <ReplyDrafts decided={decided} onDone={() => setDecided(null)} />
  if (applicants.length === 0) {
    return (
      <>
        {replies}
        <EmptyState title="Ingen søkere venter">
          <p>Importer søknader fra søknadsskjemaet, eller registrer en søker under Virksomheter.</p>
        </EmptyState>
      </>
    )
  }
  const live = [...selected].filter((id) => applicants.some((a) => a.organisation.id === id))

  const decide = async (decision: Decision) => {
    setProblem(null)
    const day = parseNorwegianDate(date)
    if (!day) {
      setProblem('Skriv datoen for vedtaket som 28.11.2026.')
      return
    }
    const result = await decideApplications(live, decision, day, reason)
    if (!result.ok) {
      setProblem(result.detail ?? 'Vedtaket ble ikke lagret.')
      return
    }
    notify(`${result.data} ${result.data === 1 ? 'søker er' : 'søkere er'} ${decision === 'godkjent' ? 'godkjent og kan inviteres til signeringslunsj' : 'avslått'}.`)
    setDecided({ decision, reason, applicants: applicants.filter((a) => live.includes(a.organisation.id)) })
    setSelected(new Set())
    setReason('')
  }

  return (
    <section className="card" aria-labelledby="queue-title">
      <h2 id="queue-title">Søkere som venter på vedtak ({applicants.length})</h2>
      <div className="sheet-scroller application-queue">
        <table aria-label="Søkere">
          <thead>
            <tr>
              <th scope="col">Velg</th>
              <th scope="col">Virksomhet</th>
              <th scope="col">Søkt</th>
              {SHOWN.map((key) => (
                <th scope="col" key={key}>
                  {CRITERION_LABELS[key]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {applicants.map((applicant) => {
              const { organisation } = applicant
              const evidence = evidenceOf(applicant, settings.geographyMunicipalities)
              const applied = applicant.applications.at(-1)?.date ?? organisation.createdAt.slice(0, 10)
              return (
                <tr key={organisation.id}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Velg ${organisation.name}`}
                      checked={selected.has(organisation.id)}
                      onChange={(e) =>
                        setSelected((s) => {
                          const next = new Set(s)
                          if (e.target.checked) next.add(organisation.id)
                          else next.delete(organisation.id)
                          return next
                        })
                      }
                    />
                  </td>
                  <td>
                    <Link to={`/virksomheter/${organisation.id}`}>{organisation.name}</Link>
                    <div className="muted">{TIER_LABELS[organisation.tier]}{applicant.applications.length > 1 ? ` · ${applicant.applications.length} søknader` : ''}</div>
                  </td>
                  <td className="nowrap">{formatDate(applied)}</td>
                  {SHOWN.map((key) => (
                    <td key={key} className="evidence">
                      <CriterionStatusBadge status={evidence[key].status} />
                      <p>{evidence[key].evidence}</p>
                      {key === 'action' && (
                        <p className="muted">
                          Miljøsertifisering: {answerOf(applicant, 'certification') || '–'}. Klimaregnskap: {answerOf(applicant, 'climateAccounts') || '–'}.
                        </p>
                      )}
                    </td>
                  ))}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {replies}
      <fieldset className="decision">
        <legend>Vedtak for {live.length} valgte</legend>
        <div className="field">
          <label htmlFor="decision-date">Dato for vedtaket</label>
          <input id="decision-date" inputMode="numeric" value={date} aria-describedby="decision-date-hint" onChange={(e) => setDate(e.target.value)} />
          <span className="muted" id="decision-date-hint">dd.mm.åååå</span>
        </div>
        <div className="field decision-reason">
          <label htmlFor="decision-reason">Begrunnelse</label>
          <textarea id="decision-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
        <div className="form-actions">
          <button type="button" disabled={live.length === 0} onClick={() => void decide('avslatt')}>
            Avslå valgte
          </button>
          <button type="button" className="button-primary" disabled={live.length === 0} onClick={() => void decide('godkjent')}>
            Godkjenn valgte
          </button>
        </div>
      </fieldset>
    </section>
  )
}
