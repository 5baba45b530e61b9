/** UI state of the seating editor: the undo/redo history and the guest being moved. */
import { create } from 'zustand'
import type { SeatingPlanData } from '../../../db/models'
import { record, redo, startHistory, undo, type History } from '../../../domain/seating/history'

type SeatingUi = {
  eventId: string | null
  history: History<SeatingPlanData> | null
  /** The guest picked up with the keyboard or a click, waiting for a seat. */
  picked: string | null
  setPicked: (guestId: string | null) => void
  /** Records a change made on top of `current` (the plan as stored now). */
  push: (eventId: string, current: SeatingPlanData, next: SeatingPlanData) => void
  undo: (eventId: string) => SeatingPlanData | null
  redo: (eventId: string) => SeatingPlanData | null
}

export const useSeatingUi = create<SeatingUi>((set, get) => ({
  eventId: null,
  history: null,
  picked: null,
  setPicked: (picked) => set({ picked }),
  push: (eventId, current, next) => {
    const { history, eventId: known } = get()
    const base = known === eventId && history ? { ...history, present: current } : startHistory(current)
    set({ eventId, history: record(base, next) })
  },
  undo: (eventId) => step(eventId, undo),
  redo: (eventId) => step(eventId, redo),
}))

function step(eventId: string, move: (h: History<SeatingPlanData>) => History<SeatingPlanData>): SeatingPlanData | null {
  const { history, eventId: known } = useSeatingUi.getState()
  if (!history || known !== eventId) return null
  const next = move(history)
  if (next === history) return null
  useSeatingUi.setState({ history: next, picked: null })
  return next.present
}
