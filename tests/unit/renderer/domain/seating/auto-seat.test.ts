import { describe, expect, it } from 'vitest'
import { autoSeat, defaultRules, evaluatePlan, neighbourSeats } from '../../../../../renderer/domain/seating'
import { guest, host, only, rect, round, tableOf } from './fixtures'

const seatOf = (assignment: Record<string, string>, id: string) => Object.entries(assignment).find(([, g]) => g === id)?.[0]

describe('autoSeat hard rules', () => {
  it('seats every guest once and never more guests at a table than it has seats', () => {
    const guests = Array.from({ length: 11 }, (_, i) => guest(`g${i}`, `o${i % 5}`, `s${i % 3}`))
    const tables = [round('1', 4), round('2', 4), rect('3', 4)]
    const result = autoSeat(guests, tables, defaultRules())
    const seated = Object.values(result.assignment)
    expect(new Set(seated).size).toBe(11)
    expect(seated).toHaveLength(11)
    for (const t of tables) expect(Object.keys(result.assignment).filter((k) => k.startsWith(`${t.id}:`)).length).toBeLessThanOrEqual(t.seats)
    expect(Object.keys(result.assignment).every((k) => Number(k.split(':')[1]) < 4)).toBe(true)
    expect(result.impossible).toEqual([])
  })

  it('always puts the commissioner at table 1, even when every rule pulls elsewhere', () => {
    const guests = [guest('a', 'o1', 's1'), guest('b', 'o1', 's1'), host('byråd', true), host('direktør')]
    const tables = [round('1', 2), round('2', 3)]
    const result = autoSeat(guests, tables, only('hostsSpread', 10))
    expect(tableOf(result.assignment, 'byråd')).toBe('1')
    expect(result.violations).toEqual([])
  })

  it('keeps locked seats exactly as they were, including a locked empty seat', () => {
    const guests = [guest('a', 'o1', 's1'), guest('b', 'o2', 's2'), guest('c', 'o3', 's3')]
    const tables = [round('1', 2), round('2', 2)]
    const result = autoSeat(guests, tables, defaultRules(), { locked: ['2:1', '1:0'], current: { '2:1': 'c' } })
    expect(result.assignment['2:1']).toBe('c')
    expect(result.assignment['1:0']).toBeUndefined()
    expect(Object.values(result.assignment).sort()).toEqual(['a', 'b', 'c'])
  })

  it('reports guests that cannot be seated instead of overfilling', () => {
    const guests = Array.from({ length: 5 }, (_, i) => guest(`g${i}`, `o${i}`, 's'))
    const result = autoSeat(guests, [round('1', 2), round('2', 2)], defaultRules())
    expect(Object.keys(result.assignment)).toHaveLength(4)
    expect(result.unseated).toHaveLength(1)
    expect(result.impossible[0]).toMatch(/1 person får ikke plass/)
  })

  it('reports when table 1 has no free seat for the commissioner', () => {
    const guests = [guest('a', 'o1', 's1'), host('byråd', true)]
    const result = autoSeat(guests, [round('1', 1), round('2', 2)], defaultRules(), { locked: ['1:0'], current: { '1:0': 'a' } })
    expect(result.impossible[0]).toMatch(/Ingen ledig plass ved Bord 1 til byråden/)
    expect(result.unseated).toEqual(['byråd'])
  })

  it('gives the same plan for the same input, every time', () => {
    const guests = Array.from({ length: 30 }, (_, i) => guest(`g${i}`, `o${i % 12}`, `s${i % 4}`)).concat([host('h1', true), host('h2'), host('h3')])
    const tables = [round('1', 8), round('2', 8), rect('3', 10), round('4', 8)]
    const first = autoSeat(guests, tables, defaultRules())
    const second = autoSeat(guests, tables, defaultRules())
    expect(second.assignment).toEqual(first.assignment)
    expect(second.score).toBe(first.score)
  })
})

describe('autoSeat soft rules, each alone', () => {
  it('spreads hosts so that every table has one', () => {
    const guests = [host('h1'), host('h2'), host('h3'), ...Array.from({ length: 6 }, (_, i) => guest(`g${i}`, `o${i}`, `s${i}`))]
    const result = autoSeat(guests, [round('1', 3), round('2', 3), round('3', 3)], only('hostsSpread'))
    expect(new Set(['h1', 'h2', 'h3'].map((h) => tableOf(result.assignment, h)))).toEqual(new Set(['1', '2', '3']))
    expect(result.unmet).toEqual([])
  })

  it('seats an organisation together when asked, and apart when asked', () => {
    const guests = [guest('a1', 'A', 's1'), guest('a2', 'A', 's1'), guest('b1', 'B', 's2'), guest('b2', 'B', 's2')]
    const tables = [round('1', 2), round('2', 2)]
    const together = autoSeat(guests, tables, only('organisationGrouping', 1, 'together'))
    expect(tableOf(together.assignment, 'a1')).toBe(tableOf(together.assignment, 'a2'))
    const apart = autoSeat(guests, tables, only('organisationGrouping', 1, 'apart'))
    expect(tableOf(apart.assignment, 'a1')).not.toBe(tableOf(apart.assignment, 'a2'))
    expect(tableOf(apart.assignment, 'b1')).not.toBe(tableOf(apart.assignment, 'b2'))
    expect(apart.score).toBe(apart.maxScore)
  })

  it('mixes sectors at each table', () => {
    const guests = [guest('e1', 'o1', 'energi'), guest('e2', 'o2', 'energi'), guest('b1', 'o3', 'bygg'), guest('b2', 'o4', 'bygg')]
    const result = autoSeat(guests, [round('1', 2), round('2', 2)], only('sectorsMixed'))
    expect(tableOf(result.assignment, 'e1')).not.toBe(tableOf(result.assignment, 'e2'))
    expect(result.unmet).toEqual([])
  })

  it('keeps two people of one sector from sitting side by side', () => {
    const guests = [guest('e1', 'o1', 'energi'), guest('e2', 'o2', 'energi'), guest('b1', 'o3', 'bygg'), guest('b2', 'o4', 'bygg')]
    const table = round('1', 4)
    const result = autoSeat(guests, [table], only('sectorsNotAdjacent'))
    const seat = (id: string) => Number(seatOf(result.assignment, id)!.split(':')[1])
    expect(neighbourSeats(table, seat('e1'))).not.toContain(seat('e2'))
    expect(result.score).toBe(4)
  })

  it('seats colleagues side by side when they share a table', () => {
    const guests = [guest('a1', 'A', 's1'), guest('x', 'X', 's2'), guest('a2', 'A', 's1'), guest('y', 'Y', 's3')]
    const table = rect('1', 6)
    const result = autoSeat(guests, [table], only('colleaguesAdjacent'))
    const seat = (id: string) => Number(seatOf(result.assignment, id)!.split(':')[1])
    expect(neighbourSeats(table, seat('a1'))).toContain(seat('a2'))
  })

  it('lists an unmet rule by name with the seats concerned, and a rule with weight 0 never counts', () => {
    const guests = [guest('e1', 'o1', 'energi'), guest('e2', 'o2', 'energi')]
    const plan = { '1:0': 'e1', '1:1': 'e2' }
    const on = evaluatePlan(guests, [round('1', 2)], only('sectorsNotAdjacent'), plan)
    expect(on.unmet).toEqual([expect.objectContaining({ rule: 'sectorsNotAdjacent', seats: ['1:0', '1:1'] })])
    expect(on.score).toBe(0)
    const off = evaluatePlan(guests, [round('1', 2)], only('sectorsMixed', 0), plan)
    expect(off).toMatchObject({ score: 0, maxScore: 0, unmet: [] })
  })
})

describe('autoSeat rules together', () => {
  it('meets every rule at once when that is possible', () => {
    const guests = [
      host('byråd', true),
      host('direktør'),
      guest('a1', 'A', 'energi'),
      guest('a2', 'A', 'energi'),
      guest('b1', 'B', 'bygg'),
      guest('c1', 'C', 'energi'),
      guest('d1', 'D', 'bygg'),
    ]
    const result = autoSeat(guests, [round('1', 4), round('2', 4)], defaultRules())
    expect(result.unmet).toEqual([])
    expect(result.score).toBe(result.maxScore)
    expect(tableOf(result.assignment, 'byråd')).toBe('1')
  })

  it('a heavier weight wins a conflict between two rules', () => {
    // Two colleagues of one sector: together at a table means that table cannot mix sectors.
    const guests = [guest('a1', 'A', 'energi'), guest('a2', 'A', 'energi'), guest('b1', 'B', 'bygg'), guest('c1', 'C', 'bygg')]
    const tables = [round('1', 2), round('2', 2)]
    const rules = only('organisationGrouping', 5, 'together')
    rules.weights.sectorsMixed = 1
    expect(tableOf(autoSeat(guests, tables, rules).assignment, 'a1')).toBe(tableOf(autoSeat(guests, tables, rules).assignment, 'a2'))
    rules.weights.organisationGrouping = 1
    rules.weights.sectorsMixed = 5
    const mixed = autoSeat(guests, tables, rules)
    expect(tableOf(mixed.assignment, 'a1')).not.toBe(tableOf(mixed.assignment, 'a2'))
  })
})
