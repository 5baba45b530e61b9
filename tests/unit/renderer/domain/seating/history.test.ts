import { describe, expect, it } from 'vitest'
import { canRedo, canUndo, record, redo, startHistory, undo } from '../../../../../renderer/domain/seating/history'

describe('seating history', () => {
  it('undoes and redoes single and bulk changes one step at a time', () => {
    let h = startHistory<Record<string, string>>({})
    h = record(h, { '1:0': 'a' })
    h = record(h, { '1:0': 'a', '1:1': 'b', '2:0': 'c' }) // an automatic seating: one bulk step
    h = undo(h)
    expect(h.present).toEqual({ '1:0': 'a' })
    h = undo(h)
    expect(h.present).toEqual({})
    expect(canUndo(h)).toBe(false)
    expect(undo(h)).toBe(h)
    h = redo(redo(h))
    expect(h.present).toEqual({ '1:0': 'a', '1:1': 'b', '2:0': 'c' })
    expect(canRedo(h)).toBe(false)
  })

  it('forgets the redo steps once a new change is made after an undo', () => {
    let h = startHistory(1)
    h = record(record(h, 2), 3)
    h = record(undo(h), 4)
    expect(h.present).toBe(4)
    expect(canRedo(h)).toBe(false)
    expect(undo(h).present).toBe(2)
  })
})
