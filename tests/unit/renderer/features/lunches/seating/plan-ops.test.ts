import { describe, expect, it } from 'vitest'
import type { SeatingPlanData } from '../../../../../../renderer/db/models'
import { emptySeatingPlan } from '../../../../../../renderer/db/repositories/lunches-repo'
import { layoutFloor } from '../../../../../../renderer/features/lunches/seating/floor-layout'
import { moveGuest, removeTable, resizeTable, toggleLock, unseatGuest, type PlanChange } from '../../../../../../renderer/features/lunches/seating/plan-ops'

const plan = (assignment: Record<string, string>, locked: string[] = []): SeatingPlanData => ({
  ...emptySeatingPlan(),
  tables: [
    { id: 'a', name: 'Bord 1', shape: 'round', seats: 4 },
    { id: 'b', name: 'Bord 2', shape: 'rect', seats: 6 },
  ],
  assignment,
  locked,
})

const applied = (change: PlanChange): SeatingPlanData => {
  if (!change.ok) throw new Error(change.message)
  return change.plan
}

describe('seating by hand', () => {
  it('moves an unseated guest to an empty seat', () => {
    expect(applied(moveGuest(plan({}), 'kari', 'a:2')).assignment).toEqual({ 'a:2': 'kari' })
  })

  it('swaps two seated guests', () => {
    expect(applied(moveGuest(plan({ 'a:0': 'kari', 'b:3': 'ola' }), 'kari', 'b:3')).assignment).toEqual({ 'a:0': 'ola', 'b:3': 'kari' })
  })

  it('puts the one sitting there back among the unseated when an unseated guest takes the seat', () => {
    expect(applied(moveGuest(plan({ 'a:0': 'ola' }), 'kari', 'a:0')).assignment).toEqual({ 'a:0': 'kari' })
  })

  it('refuses to move into or out of a locked seat, with a message naming the seat', () => {
    const locked = plan({ 'a:0': 'kari' }, ['a:0'])
    expect(moveGuest(locked, 'ola', 'a:0')).toEqual({ ok: false, message: 'Bord 1, plass 1 er låst.' })
    expect(moveGuest(locked, 'kari', 'a:1')).toMatchObject({ ok: false })
    expect(unseatGuest(locked, 'kari')).toMatchObject({ ok: false })
    expect(applied(toggleLock(locked, 'a:0')).locked).toEqual([])
  })

  it('unseats the guests of a removed table, and of seats that disappear when a table shrinks', () => {
    const full = plan({ 'a:0': 'kari', 'b:5': 'ola', 'b:1': 'per' }, ['b:5'])
    expect(applied(removeTable(full, 'b'))).toMatchObject({ assignment: { 'a:0': 'kari' }, locked: [] })
    expect(applied(resizeTable(full, 'b', 4))).toMatchObject({ assignment: { 'a:0': 'kari', 'b:1': 'per' }, locked: [] })
  })
})

describe('floor plan layout', () => {
  it('draws every seat of every table, each at its own place, inside the drawing', () => {
    const { boxes, width, height } = layoutFloor(plan({}).tables.concat([{ id: 'c', name: 'Bord 3', shape: 'round', seats: 12 }]))
    expect(boxes.map((b) => b.seats.length)).toEqual([4, 6, 12])
    for (const box of boxes) {
      const points = new Set(box.seats.map((s) => `${Math.round(s.x)},${Math.round(s.y)}`))
      expect(points.size).toBe(box.seats.length)
      for (const s of box.seats) {
        expect(s.x).toBeGreaterThan(0)
        expect(s.x).toBeLessThan(width)
        expect(s.y).toBeLessThan(height)
      }
    }
  })
})
