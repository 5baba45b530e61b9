/**
 * For small cases the automatic seating must reach the best score an exhaustive search finds.
 * The exhaustive search lives here only: the seating itself is not exhaustive.
 */
import { describe, expect, it } from 'vitest'
import { autoSeat, defaultRules, evaluatePlan, seatKey, type Assignment, type SeatGuest, type SeatingRules, type SeatTable } from '../../../../../renderer/domain/seating'
import { guest, host, rect, round } from './fixtures'

function bestByExhaustiveSearch(guests: SeatGuest[], tables: SeatTable[], rules: SeatingRules): number {
  const seats = tables.flatMap((t, ti) => Array.from({ length: t.seats }, (_, s) => ({ key: seatKey(t.id, s), first: ti === 0 })))
  const used: boolean[] = seats.map(() => false)
  const plan: Assignment = {}
  let best = -1
  const visit = (i: number): void => {
    if (i === guests.length) {
      best = Math.max(best, evaluatePlan(guests, tables, rules, plan).score)
      return
    }
    const g = guests[i]!
    for (let s = 0; s < seats.length; s++) {
      if (used[s] || (g.isCommissioner && !seats[s]!.first)) continue
      used[s] = true
      plan[seats[s]!.key] = g.id
      visit(i + 1)
      delete plan[seats[s]!.key]
      used[s] = false
    }
  }
  visit(0)
  return best
}

const SECTORS = ['energi', 'bygg', 'transport']

function smallCase(seed: number): { guests: SeatGuest[]; tables: SeatTable[] } {
  let x = seed
  const next = (n: number) => {
    x = (x * 16807) % 2147483647
    return Math.floor((x / 2147483647) * n)
  }
  const tableCount = 2 + next(2)
  const tables = Array.from({ length: tableCount }, (_, i) => (next(2) === 0 ? round(`${i + 1}`, 3 + next(2)) : rect(`${i + 1}`, 3 + next(2))))
  const seats = tables.reduce((sum, t) => sum + t.seats, 0)
  const guests: SeatGuest[] = [host('byråd', true), host('direktør')]
  // Up to 8 guests, and small enough that the search below stays a second or so.
  const wanted = Math.min(seats, tableCount === 2 ? 8 : 7) - next(2)
  for (let i = 0; guests.length < wanted; i++) {
    const org = `o${next(4)}`
    guests.push(guest(`g${i}`, org, SECTORS[Number(org.slice(1)) % 3]!))
  }
  return { guests, tables }
}

describe('autoSeat against exhaustive search (≤ 8 guests, 2–3 tables)', () => {
  const cases = [11, 23, 37, 41, 59, 71, 97]
  for (const seed of cases) {
    it(`reaches the best possible score (case ${seed})`, () => {
      const { guests, tables } = smallCase(seed)
      expect(guests.length).toBeLessThanOrEqual(8)
      for (const mode of ['together', 'apart'] as const) {
        const rules = { ...defaultRules(), organisationMode: mode }
        const best = bestByExhaustiveSearch(guests, tables, rules)
        const result = autoSeat(guests, tables, rules)
        expect(result.score).toBe(best)
        expect(new Set(Object.values(result.assignment)).size).toBe(guests.length)
      }
    })
  }
})
