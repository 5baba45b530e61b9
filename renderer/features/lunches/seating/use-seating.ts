/** The seating editor's actions: every change goes through the history, then to the repository. */
import { useCallback, useEffect, type KeyboardEvent } from 'react'
import { notify } from '../../../components/notices'
import type { SeatingPlanData } from '../../../db/models'
import { loadSeatingPlan, planData, saveSeatingPlan } from '../../../db/repositories/lunches-guests-repo'
import { UNSEATED_ZONE } from './FloorDrag'
import { moveGuest, seatOfGuest, toggleLock, unseatGuest, type PlanChange } from './plan-ops'
import type { PlannerGuest } from './seat-guests'
import { useSeatingUi } from './store'

export type PlanOperation = (plan: SeatingPlanData) => PlanChange

let queue: Promise<unknown> = Promise.resolve()
function serialised<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work)
  queue = next.catch(() => undefined)
  return next
}

export function useSeating(eventId: string, plan: SeatingPlanData, guests: Map<string, PlannerGuest>) {
  const { picked, setPicked, push } = useSeatingUi()
  const history = useSeatingUi((s) => (s.eventId === eventId ? s.history : null))

  // Changes apply to the plan as stored, one at a time, so quick clicks never build on a stale copy.
  const commit = useCallback(
    (operation: PlanOperation): Promise<boolean> =>
      serialised(async () => {
        const current = planData(await loadSeatingPlan(eventId))
        const change = operation(current)
        if (!change.ok) {
          notify(change.message, 'error')
          return false
        }
        push(eventId, current, change.plan)
        setPicked(null)
        await saveSeatingPlan(eventId, change.plan, change.summary)
        return true
      }),
    [eventId, push, setPicked],
  )

  const undo = useCallback(
    () =>
      serialised(async () => {
        const previous = useSeatingUi.getState().undo(eventId)
        if (previous) await saveSeatingPlan(eventId, previous, 'Bordplassering angret')
      }),
    [eventId],
  )
  const redo = useCallback(
    () =>
      serialised(async () => {
        const next = useSeatingUi.getState().redo(eventId)
        if (next) await saveSeatingPlan(eventId, next, 'Bordplassering gjort om')
      }),
    [eventId],
  )

  // Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) anywhere on the page except in text fields.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const target = e.target as HTMLElement | null
      if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return
      if (!(e.ctrlKey || e.metaKey)) return
      const key = e.key.toLowerCase()
      if (key === 'z' && !e.shiftKey) void undo()
      else if ((key === 'z' && e.shiftKey) || key === 'y') void redo()
      else return
      e.preventDefault()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [undo, redo])

  const activateSeat = useCallback(
    (key: string) => {
      const occupant = plan.assignment[key]
      if (picked) {
        if (occupant === picked) setPicked(null)
        else void commit((p) => moveGuest(p, picked, key))
        return
      }
      if (occupant) setPicked(occupant)
    },
    [plan, picked, setPicked, commit],
  )

  const seatKeyDown = useCallback(
    (key: string, e: KeyboardEvent) => {
      const occupant = plan.assignment[key]
      if (e.key === 'Enter' || e.key === ' ') activateSeat(key)
      else if ((e.key === 'Delete' || e.key === 'Backspace') && occupant) void commit((p) => unseatGuest(p, occupant))
      else if (e.key.toLowerCase() === 'l' && !e.ctrlKey && !e.metaKey) void commit((p) => toggleLock(p, key))
      else if (e.key === 'Escape') setPicked(null)
      else if (['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'].includes(e.key)) focusNeighbourSeat(e.currentTarget, e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : -1)
      else return
      e.preventDefault()
    },
    [plan, activateSeat, commit, setPicked],
  )

  // A guest dropped with the mouse: on a seat it moves there (or swaps), on the unseated zone it leaves its seat.
  const dropGuest = useCallback(
    (guestId: string, target: string) => {
      if (target !== UNSEATED_ZONE) void commit((p) => moveGuest(p, guestId, target))
      else if (seatOfGuest(plan, guestId)) void commit((p) => unseatGuest(p, guestId))
    },
    [plan, commit],
  )

  const pickedGuest = picked ? guests.get(picked) : undefined
  return {
    picked,
    pickedGuest,
    setPicked,
    commit,
    undo,
    redo,
    canUndo: (history?.past.length ?? 0) > 0,
    canRedo: (history?.future.length ?? 0) > 0,
    activateSeat,
    seatKeyDown,
    dropGuest,
  }
}

/** Arrow keys walk the seats in plan order. */
function focusNeighbourSeat(from: Element, step: 1 | -1): void {
  const seats = [...(from.closest('svg')?.querySelectorAll<SVGGElement>('[data-seat]') ?? [])]
  const next = seats[seats.indexOf(from as SVGGElement) + step]
  next?.focus()
}
