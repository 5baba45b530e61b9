import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, useState } from 'react'
import { notify } from '../../../components/notices'
import { loadSeatingPlan, planData, saveSeatingPlan } from '../../../db/repositories/lunches-guests-repo'
import type { SeatingPlanData } from '../../../db/models'
import type { LunchView } from '../../../db/repositories/lunches-repo'
import { readPastLunches } from '../../../db/repositories/seating-history-repo'
import { hostMeetings } from '../../../domain/seating/host-history'
import { runAutoSeat } from '../../../domain/seating/run-auto-seat'
import { evaluatePlan } from '../../../domain/seating/evaluate'
import { FloorDrag } from './FloorDrag'
import { FloorPlan } from './FloorPlan'
import { seatLabel, seatOfGuest } from './plan-ops'
import { RULE_NAMES } from '../../../domain/seating/labels'
import { RulesPanel } from './RulesPanel'
import { plannerGuests } from './seat-guests'
import { TablesEditor } from './TablesEditor'
import { UnseatedZone } from './UnseatedZone'
import { useSeating } from './use-seating'

/** Tables, the floor plan, seating by hand (mouse or keyboard) and automatically, with undo. */
export function SeatingSection({ view }: { view: LunchView }) {
  const eventId = view.lunch.id
  const plan = planData(view.plan)
  const past = useLiveQuery(() => readPastLunches(eventId), [eventId])
  const met = useMemo(() => hostMeetings(past ?? []), [past])
  const guestList = useMemo(() => plannerGuests(view, met), [view, met])
  const guests = useMemo(() => new Map(guestList.map((g) => [g.id, g])), [guestList])
  const s = useSeating(eventId, plan, guests)
  const [impossible, setImpossible] = useState<string[]>([])
  const [seating, setSeating] = useState(false)
  const [shown, setShown] = useState<number | null>(null)
  const evaluation = useMemo(() => evaluatePlan(guestList, plan.tables, plan.rules, plan.assignment), [guestList, plan])
  const unseated = guestList.filter((g) => !seatOfGuest(plan, g.id))
  const highlighted = new Set(shown !== null ? (evaluation.unmet[shown]?.seats ?? []) : [])

  const runAuto = async () => {
    setSeating(true)
    try {
      const before = planData(await loadSeatingPlan(eventId))
      const result = await runAutoSeat({ guests: guestList, tables: before.tables, rules: before.rules, options: { locked: before.locked, current: before.assignment } })
      const same = (p: SeatingPlanData) => JSON.stringify([p.tables, p.locked, p.assignment, p.rules]) === JSON.stringify([before.tables, before.locked, before.assignment, before.rules])
      const ok = await s.commit((p) =>
        same(p) ? { ok: true, plan: { ...p, assignment: result.assignment }, summary: 'Automatisk bordplassering' } : { ok: false, message: 'Planen ble endret underveis. Prøv igjen.' },
      )
      if (!ok) return
      setImpossible(result.impossible)
      setShown(null)
      notify(
        result.impossible.length > 0 ? 'Plasserte så mange som mulig, men ikke alle fikk plass.' : `Alle er plassert. Poeng: ${result.score} av ${result.maxScore}.`,
        result.impossible.length > 0 ? 'error' : 'success',
      )
    } finally {
      setSeating(false)
    }
  }

  return (
    <section className="card" aria-labelledby="seating-heading">
      <h2 id="seating-heading">Bord og bordplassering</h2>
      <TablesEditor plan={plan} commit={s.commit} />
      {plan.tables.length === 0 ? (
        <p className="muted">Legg til bord for å se bordplanen.</p>
      ) : (
        <>
          <div className="seating-toolbar" role="group" aria-label="Bordplassering">
            <button type="button" onClick={() => void s.undo()} disabled={!s.canUndo} aria-keyshortcuts="Control+Z">
              Angre
            </button>
            <button type="button" onClick={() => void s.redo()} disabled={!s.canRedo} aria-keyshortcuts="Control+Shift+Z">
              Gjør om
            </button>
            <button type="button" className="button-primary" onClick={() => void runAuto()} disabled={seating}>
              Plasser automatisk
            </button>
            {seating && <span role="status">Plasserer …</span>}
            <span className="seating-score" aria-live="polite">
              Poeng: {evaluation.score} av {evaluation.maxScore}
            </span>
          </div>
          <p className="field-hint" id="seating-help">
            Dra en gjest til en plass, eller bruk tastaturet: piltastene går mellom plassene, Enter plukker opp en gjest, Enter på en annen plass flytter eller bytter, Delete flytter til ikke plassert, L låser eller låser opp
            plassen, Escape avbryter.
          </p>
          <p className="visually-hidden" aria-live="assertive">
            {s.pickedGuest ? `${s.pickedGuest.name} er plukket opp. Velg en plass.` : ''}
          </p>
          <FloorDrag plan={plan} guests={guests} onDrop={s.dropGuest}>
            <UnseatedZone plan={plan} unseated={unseated} seating={s} />
            <div className="floor-plan-wrap">
              <FloorPlan plan={plan} guests={guests} picked={s.picked} highlighted={highlighted} onSeat={s.activateSeat} onSeatKey={s.seatKeyDown} />
            </div>
          </FloorDrag>
          {(impossible.length > 0 || evaluation.violations.length > 0) && (
            <div className="alert alert-error" role="alert">
              {[...impossible, ...evaluation.violations].map((m) => (
                <p key={m}>{m}</p>
              ))}
            </div>
          )}
          <div className="seating-bottom">
            <RulesPanel rules={plan.rules} onChange={(rules) => void saveSeatingPlan(eventId, { ...plan, rules }, 'Regler for bordplassering endret')} />
          <section aria-labelledby="unmet-heading">
            <h3 id="unmet-heading">Regler som ikke er oppfylt ({evaluation.unmet.length})</h3>
            {evaluation.unmet.length === 0 ? (
              <p className="muted">Alle reglene som er slått på, er oppfylt.</p>
            ) : (
              <ul className="unmet-list">
                {evaluation.unmet.map((u, i) => (
                  <li key={`${u.rule}-${u.seats.join()}`}>
                    <strong>{RULE_NAMES[u.rule]}:</strong> {u.message} <span className="muted">({u.seats.map((k) => seatLabel(plan, k)).join('; ')})</span>{' '}
                    <button type="button" className="button-link" aria-pressed={shown === i} onClick={() => setShown(shown === i ? null : i)}>
                      Vis plassene
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          </div>
        </>
      )}
    </section>
  )
}
