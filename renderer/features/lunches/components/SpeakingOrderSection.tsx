import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core'
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { useState } from 'react'
import { updateLunch, type LunchView } from '../../../db/repositories/lunches-repo'
import { moveItem, planSpeakingOrder, shareMinutes, type SpeakerSlot, type TimedSpeaker } from '../../../domain/seating/speaking-order'
import { currentOrder, SPEAKING_DRAG_INSTRUCTIONS, speakingAnnouncements } from '../speaking'

/** Taleliste: who presents when, with minutes each, fitted to the time after welcome and signing. */
export function SpeakingOrderSection({ view }: { view: LunchView }) {
  const event = view.lunch
  const stored = currentOrder(view)
  // A dropped row stays where it was dropped while the new order is written; without this it would
  // jump back for a moment and lose the keyboard focus dnd-kit gives back to its handle.
  const [dropped, setDropped] = useState<{ from: string; to: SpeakerSlot[] } | null>(null)
  const storedKey = JSON.stringify(stored)
  if (dropped && dropped.from !== storedKey) setDropped(null)
  const order = dropped && dropped.from === storedKey ? dropped.to : stored
  const ids = order.map((s) => s.organisationId)
  const names = new Map(view.organisations.map((o) => [o.id, o.name]))
  const nameOf = (id: string) => names.get(id) ?? 'Ukjent virksomhet'
  const plan = planSpeakingOrder(event.startTime, event.endTime, event.lunch.welcomeMinutes, event.lunch.signingMinutes, order)
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }))
  const save = (next: SpeakerSlot[], summary = 'Taleliste endret') => updateLunch(event.id, { lunch: { speakingOrder: next } }, summary)
  const move = (from: number, to: number) => void save(moveItem(order, from, to))
  const share = () => {
    const minutes = shareMinutes(plan.availableMinutes, order.length)
    void save(order.map((s, i) => ({ ...s, minutes: minutes[i] ?? 0 })), 'Taletid fordelt likt')
  }
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || over.id === active.id) return
    const next = moveItem(order, ids.indexOf(String(active.id)), ids.indexOf(String(over.id)))
    setDropped({ from: storedKey, to: next })
    save(next).catch(() => setDropped(null))
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
          <DndContext
            sensors={sensors}
            collisionDetection={closestCenter}
            accessibility={{ announcements: speakingAnnouncements(ids, nameOf), screenReaderInstructions: { draggable: SPEAKING_DRAG_INSTRUCTIONS } }}
            onDragEnd={onDragEnd}
          >
            <SortableContext items={ids} strategy={verticalListSortingStrategy}>
              <ol className="speaking-list" aria-label="Taleliste">
                {plan.speakers.map((s, i) => (
                  <SpeakerRow
                    key={s.organisationId}
                    speaker={s}
                    name={nameOf(s.organisationId)}
                    first={i === 0}
                    last={i === order.length - 1}
                    onMinutes={(minutes) => void save(order.map((o, k) => (k === i ? { ...o, minutes } : o)))}
                    onUp={() => move(i, i - 1)}
                    onDown={() => move(i, i + 1)}
                  />
                ))}
              </ol>
            </SortableContext>
          </DndContext>
          <button type="button" onClick={share}>
            Fordel tiden likt
          </button>
        </>
      )}
    </section>
  )
}

type RowProps = {
  speaker: TimedSpeaker
  name: string
  first: boolean
  last: boolean
  onMinutes: (minutes: number) => void
  onUp: () => void
  onDown: () => void
}

/** One speaker; the grip at its start is the drag handle for the mouse and the keyboard alike. */
function SpeakerRow({ speaker: s, name, first, last, onMinutes, onUp, onDown }: RowProps) {
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, isDragging, transform, transition } = useSortable({ id: s.organisationId, attributes: { roleDescription: 'flyttbar' } })
  return (
    <li ref={setNodeRef} className={isDragging ? 'speaking-item dragging' : 'speaking-item'} style={{ transform: CSS.Translate.toString(transform), transition }}>
      <button type="button" className="speaking-handle" ref={setActivatorNodeRef} {...attributes} {...listeners} aria-label={`Flytt ${name} til en annen plass`}>
        <span aria-hidden="true">⠿</span>
      </button>
      <span className="speaking-time">
        {s.start}–{s.end}
      </span>
      <span className="speaking-name">{name}</span>
      <label className="speaking-minutes">
        <span className="visually-hidden">Minutter for {name}</span>
        <select value={s.minutes} onChange={(e) => onMinutes(Number(e.target.value))}>
          {Array.from({ length: 60 }, (_, m) => m + 1).map((m) => (
            <option key={m} value={m}>
              {m} min
            </option>
          ))}
        </select>
      </label>
      <button type="button" aria-label={`Flytt ${name} opp`} disabled={first} onClick={onUp}>
        ↑
      </button>
      <button type="button" aria-label={`Flytt ${name} ned`} disabled={last} onClick={onDown}>
        ↓
      </button>
    </li>
  )
}
