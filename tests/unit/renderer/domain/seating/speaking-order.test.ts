import { describe, expect, it } from 'vitest'
import { moveItem, planSpeakingOrder, shareMinutes } from '../../../../../renderer/domain/seating/speaking-order'

describe('speaking order timing', () => {
  it('times each presentation after welcome and signing and shows what is left', () => {
    const plan = planSpeakingOrder('11:30', '13:00', 10, 20, [
      { organisationId: 'a', minutes: 5 },
      { organisationId: 'b', minutes: 7 },
    ])
    expect(plan.totalMinutes).toBe(90)
    expect(plan.availableMinutes).toBe(60)
    expect(plan.usedMinutes).toBe(12)
    expect(plan.overrunMinutes).toBe(0)
    expect(plan.speakers.map((s) => `${s.start}–${s.end}`)).toEqual(['12.00–12.05', '12.05–12.12'])
  })

  it('reports how far the presentations run past the end', () => {
    const plan = planSpeakingOrder('11:30', '12:00', 10, 10, [{ organisationId: 'a', minutes: 15 }])
    expect(plan.overrunMinutes).toBe(5)
  })

  it('shares the time left evenly in whole minutes that add up exactly', () => {
    expect(shareMinutes(60, 7)).toEqual([9, 9, 9, 9, 8, 8, 8])
    expect(shareMinutes(60, 7).reduce((a, b) => a + b, 0)).toBe(60)
    expect(shareMinutes(30, 0)).toEqual([])
  })

  it('moves a speaker up or down the list', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b'])
    expect(moveItem(['a', 'b', 'c'], 0, 5)).toEqual(['a', 'b', 'c'])
  })
})
