import { useDraggable, useDroppable } from '@dnd-kit/core'
import type { SeatingPlanData } from '../../../db/models'
import { UNSEATED_ZONE } from './FloorDrag'
import { seatOfGuest, unseatGuest } from './plan-ops'
import type { PlannerGuest } from './seat-guests'
import type { useSeating } from './use-seating'

type Seating = ReturnType<typeof useSeating>
type Props = { plan: SeatingPlanData; unseated: PlannerGuest[]; seating: Seating }

/** Guests without a seat: pick one up (click or Enter) or drag it onto a seat; drop a seated guest here to unseat. */
export function UnseatedZone({ plan, unseated, seating: s }: Props) {
  const picked = s.pickedGuest
  const { setNodeRef, isOver } = useDroppable({ id: UNSEATED_ZONE })
  const classes = ['unseated-zone', unseated.length > 0 || picked ? 'unseated-zone-sticky' : '', isOver ? 'unseated-zone-over' : '']
  return (
    <section ref={setNodeRef} aria-labelledby="unseated-heading" className={classes.filter(Boolean).join(' ')}>
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
              <GuestChip guest={g} seating={s} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function GuestChip({ guest, seating: s }: { guest: PlannerGuest; seating: Seating }) {
  const { setNodeRef, listeners, isDragging } = useDraggable({ id: guest.id })
  return (
    <button
      ref={setNodeRef}
      type="button"
      className={isDragging ? 'guest-chip guest-chip-dragged' : 'guest-chip'}
      aria-pressed={s.picked === guest.id}
      onClick={() => s.setPicked(s.picked === guest.id ? null : guest.id)}
      {...listeners}
    >
      {guest.name}
      <span className="guest-chip-org">{guest.isHost ? guest.title || 'Vert' : guest.organisationName}</span>
    </button>
  )
}
