/**
 * Mouse dragging on the floor plan, with dnd-kit's pointer sensor only: the keyboard has its own
 * model on the seats (arrows, Enter, Delete, L, Escape), so dnd-kit's keyboard sensor stays out.
 */
import { DndContext, DragOverlay, PointerSensor, useSensor, useSensors, type Announcements, type CollisionDetection, type Modifier, type UniqueIdentifier } from '@dnd-kit/core'
import { getEventCoordinates } from '@dnd-kit/utilities'
import { useMemo, useState, type ReactNode } from 'react'
import type { SeatingPlanData } from '../../../db/models'
import { seatLabel } from './plan-ops'
import type { PlannerGuest } from './seat-guests'

/** The droppable id of the "Ikke plassert" zone; every other droppable is a seat key. */
export const UNSEATED_ZONE = 'unseated'

/**
 * The drop target is whatever the browser paints under the pointer, as a click would find it: a
 * seat is its dot (its name label lets the pointer through), and the sticky unseated zone counts
 * where it is now. Rectangles measured at drag start would miss both.
 */
export const underPointer: CollisionDetection = ({ pointerCoordinates, droppableContainers }) => {
  if (!pointerCoordinates) return []
  const hit = document.elementFromPoint(pointerCoordinates.x, pointerCoordinates.y)
  const target = hit ? droppableContainers.find((c) => c.node.current?.contains(hit)) : undefined
  return target ? [{ id: target.id, data: { droppableContainer: target, value: 0 } }] : []
}

/** The dragged chip hangs just below and right of the pointer, so the seat aimed at stays in sight. */
const besidePointer: Modifier = ({ transform, activatorEvent, activeNodeRect }) => {
  const start = activatorEvent ? getEventCoordinates(activatorEvent) : null
  if (!start || !activeNodeRect) return transform
  return { ...transform, x: transform.x + start.x - activeNodeRect.left + 12, y: transform.y + start.y - activeNodeRect.top + 12 }
}

type Props = {
  plan: SeatingPlanData
  guests: Map<string, PlannerGuest>
  onDrop: (guestId: string, target: string) => void
  children: ReactNode
}

export function FloorDrag({ plan, guests, onDrop, children }: Props) {
  // A press that moves less than 6 px stays a click: it picks the guest up, as before.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }))
  const [dragged, setDragged] = useState<PlannerGuest | null>(null)
  const announcements = useMemo(() => floorAnnouncements(plan, guests), [plan, guests])
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={underPointer}
      // The window does not scroll by itself while dragging (the wheel still does): the unseated
      // zone sticks to the top, so both ends of a drag stay on screen.
      autoScroll={false}
      accessibility={{ announcements, screenReaderInstructions: { draggable: 'Dra gjesten med musen til en plass, eller bruk tastaturet som forklart over bordplanen.' } }}
      onDragStart={({ active }) => setDragged(guests.get(String(active.id)) ?? null)}
      onDragCancel={() => setDragged(null)}
      onDragEnd={({ active, over }) => {
        setDragged(null)
        if (over) onDrop(String(active.id), String(over.id))
      }}
    >
      {children}
      <DragOverlay dropAnimation={null} modifiers={[besidePointer]} className="drag-overlay">
        {dragged && (
          <div className="drag-overlay-chip">
            {dragged.name}
            <span className="guest-chip-org">{dragged.isHost ? dragged.title || 'Vert' : dragged.organisationName}</span>
          </div>
        )}
      </DragOverlay>
    </DndContext>
  )
}

function floorAnnouncements(plan: SeatingPlanData, guests: Map<string, PlannerGuest>): Announcements {
  const name = (id: UniqueIdentifier) => guests.get(String(id))?.name ?? 'Gjesten'
  const place = (id: UniqueIdentifier) => (id === UNSEATED_ZONE ? 'Ikke plassert' : seatLabel(plan, String(id)))
  return {
    onDragStart: ({ active }) => `Tok opp ${name(active.id)}.`,
    onDragOver: ({ active, over }) => (over ? `${name(active.id)} er over ${place(over.id)}.` : `${name(active.id)} er ikke over en plass.`),
    onDragEnd: ({ active, over }) => (over ? `Slapp ${name(active.id)} på ${place(over.id)}.` : `Slapp ${name(active.id)} utenfor bordplanen. Ingenting ble endret.`),
    onDragCancel: ({ active }) => `Avbrøt flyttingen av ${name(active.id)}.`,
  }
}
