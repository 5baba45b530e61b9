import { describe, expect, it } from 'vitest'
import { currentStatus, isMemberInYear, membershipPeriods } from '../../../../../renderer/domain/organisation/membership-periods'

describe('membership periods', () => {
  const history = [
    { status: 'soker' as const, date: '2022-02-01' },
    { status: 'godkjent' as const, date: '2022-03-01' },
    { status: 'medlem' as const, date: '2022-05-10' },
    { status: 'utmeldt' as const, date: '2023-12-31' },
    { status: 'medlem' as const, date: '2025-01-01' },
  ]

  it('derives joined, left and rejoined periods', () => {
    expect(membershipPeriods(history)).toEqual([
      { from: '2022-05-10', to: '2023-12-31' },
      { from: '2025-01-01', to: null },
    ])
    expect(currentStatus(history)).toBe('medlem')
  })

  it('counts a member in a year it joined, left on 31.12 or rejoined on 01.01 — not in the gap year', () => {
    const periods = membershipPeriods(history)
    expect(isMemberInYear(periods, 2021)).toBe(false)
    expect(isMemberInYear(periods, 2022)).toBe(true)
    expect(isMemberInYear(periods, 2023)).toBe(true)
    expect(isMemberInYear(periods, 2024)).toBe(false)
    expect(isMemberInYear(periods, 2025)).toBe(true)
  })

  it('orders same-day events by when they were recorded, and by pipeline step when stamped in the same millisecond', () => {
    const at = '2026-12-03T10:00:00.000Z'
    expect(currentStatus([{ status: 'medlem', date: '2026-12-03', createdAt: at }, { status: 'invitert', date: '2026-12-03', createdAt: at }])).toBe('medlem')
    expect(currentStatus([{ status: 'utmeldt', date: '2026-12-03', createdAt: at }, { status: 'medlem', date: '2026-12-03', createdAt: at }])).toBe('utmeldt')
    const later = '2026-12-03T10:00:00.001Z'
    expect(currentStatus([{ status: 'invitert', date: '2026-12-03', createdAt: later }, { status: 'medlem', date: '2026-12-03', createdAt: at }])).toBe('invitert')
  })

  it('ignores events given out of order', () => {
    expect(membershipPeriods([...history].reverse())).toEqual(membershipPeriods(history))
  })
})
