import { useState } from 'react'
import { updateLunch, type LunchView } from '../../../db/repositories/lunches-repo'
import { moveItem, planSpeakingOrder, shareMinutes, type SpeakerSlot } from '../../../lib/seating/speaking-order'
import { currentOrder } from '../speaking'

/** Taleliste: who presents when, with minutes each, fitted to the time after welcome and signing. */
export function SpeakingOrderSection({ view }: { view: LunchView }) {
  const event = view.lunch
  const order = currentOrder(view)
  const names = new Map(view.organisations.map((o) => [o.id, o.name]))
  const plan = planSpeakingOrder(event.startTime, event.endTime, event.lunch.welcomeMinutes, event.lunch.signingMinutes, order)
  const [dragging, setDragging] = useState<number | null>(null)
  const save = (next: SpeakerSlot[], summary = 'Taleliste endret') => void updateLunch(event.id, { lunch: { speakingOrder: next } }, summary)
  const move = (from: number, to: number) => save(moveItem(order, from, to))
  const share = () => {
    const minutes = shareMinutes(plan.availableMinutes, order.length)
    save(order.map((s, i) => ({ ...s, minutes: minutes[i] ?? 0 })), 'Taletid fordelt likt')
  }

  return (
    <section className="card" aria-labelledby="speaking-heading">
      <h2 id="speaking-heading">Taleliste</h2>
      <p>
        Lunsjen varer {plan.totalMinutes} minutter. Etter velkomst ({event.lunch.welcomeMinutes} min) og signering ({event.lunch.signingMinutes} min) er det{' '}
        <strong>{plan.availableMinutes} minutter</strong> til presentasjoner. Brukt: <strong>{plan.usedMinutes} minutter</strong>.
      </p>
      {plan.overrunMinutes > 0 && (
        <p className="alert alert-error" role="alert">
          Presentasjonene går {plan.overrunMinutes} minutter over tiden. Kort ned taletiden eller fordel tiden likt.
        </p>
      )}
      {order.length === 0 ? (
        <p className="muted">Talelisten fylles når virksomheter er invitert.</p>
      ) : (
        <>
          <ol className="speaking-list" aria-label="Taleliste">
            {plan.speakers.map((s, i) => {
              const name = names.get(s.organisationId) ?? 'Ukjent virksomhet'
              return (
                <li
                  key={s.organisationId}
                  draggable
                  onDragStart={() => setDragging(i)}
                  onDragOver={(e) => e.preventDefault()}
                  onDrop={() => {
                    if (dragging !== null) move(dragging, i)
                    setDragging(null)
                  }}
                  className={dragging === i ? 'speaking-item dragging' : 'speaking-item'}
                >
                  <span className="speaking-time">
                    {s.start}–{s.end}
                  </span>
                  <span className="speaking-name">{name}</span>
                  <label className="speaking-minutes">
                    <span className="visually-hidden">Minutter for {name}</span>
                    <select
                      value={s.minutes}
                      onChange={(e) => save(order.map((o, k) => (k === i ? { ...o, minutes: Number(e.target.value) } : o)))}
                    >
                      {Array.from({ length: 60 }, (_, m) => m + 1).map((m) => (
                        <option key={m} value={m}>
                          {m} min
                        </option>
                      ))}
                    </select>
                  </label>
                  <button type="button" aria-label={`Flytt ${name} opp`} disabled={i === 0} onClick={() => move(i, i - 1)}>
                    ↑
                  </button>
                  <button type="button" aria-label={`Flytt ${name} ned`} disabled={i === order.length - 1} onClick={() => move(i, i + 1)}>
                    ↓
                  </button>
                </li>
              )
            })}
          </ol>
          <button type="button" onClick={share}>
            Fordel tiden likt
          </button>
        </>
      )}
    </section>
  )
}
