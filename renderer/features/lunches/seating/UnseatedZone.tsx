import type { SeatingPlanData } from '../../../db/models'
import { seatOfGuest, unseatGuest } from './plan-ops'
import type { PlannerGuest } from './seat-guests'
import type { useSeating } from './use-seating'

type Props = { plan: SeatingPlanData; unseated: PlannerGuest[]; seating: ReturnType<typeof useSeating> }

/** Guests without a seat: pick one up (click or Enter) or drag it onto a seat; drop a seated guest here to unseat. */
export function UnseatedZone({ plan, unseated, seating: s }: Props) {
  const picked = s.pickedGuest
  return (
    <section aria-labelledby="unseated-heading" data-unseated-zone className={unseated.length > 0 || picked ? 'unseated-zone unseated-zone-sticky' : 'unseated-zone'}>
      <div className="unseated-head">
        <h3 id="unseated-heading">Ikke plassert ({unseated.length})</h3>
        {picked && seatOfGuest(plan, picked.id) && (
          <button type="button" onClick={() => void s.commit((p) => unseatGuest(p, picked.id))}>
            Flytt {picked.name} til ikke plassert
          </button>
        )}
      </div>
      {unseated.length === 0 ? (
        <p className="muted">Alle har plass.</p>
      ) : (
        <ul className="guest-chips">
          {unseated.map((g) => (
            <li key={g.id}>
              <button
                type="button"
                className="guest-chip"
                aria-pressed={s.picked === g.id}
                onClick={() => {
                  if (Date.now() - s.suppressClick.current < 300) return
                  s.setPicked(s.picked === g.id ? null : g.id)
                }}
                onPointerDown={(e) => s.startDrag(g.id, e)}
              >
                {g.name}
                <span className="guest-chip-org">{g.isHost ? g.title || 'Vert' : g.organisationName}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
