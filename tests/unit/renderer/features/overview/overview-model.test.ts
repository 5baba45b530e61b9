import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../../../../../renderer/domain/settings/settings'
import { buildYear, type YearTables } from '../../../../../renderer/domain/criteria/build-year'
import { buildOverview } from '../../../../../renderer/features/overview/overview-model'
import { attended, meeting, organisation, statusEvent } from '../../../../shared/year-fixtures'

const today = '2026-11-28'

function tables(change: Partial<YearTables> = {}): YearTables {
  return {
    organisations: [
      organisation('a', 'Aker', { tier: 'partner' }),
      organisation('b', 'Berg'),
      organisation('s', 'Søker', { status: 'soker' }),
      organisation('g', 'Godkjent', { status: 'godkjent' }),
    ],
    statusEvents: [statusEvent('a', 'medlem', '2024-01-01'), statusEvent('b', 'medlem', '2024-01-01')],
    people: [],
    contracts: [],
    events: [],
    registrations: [],
    annualReports: [],
    ...change,
  }
}

function overview(t: YearTables) {
  const settings = defaultSettings()
  return buildOverview(today, t.organisations, t.events, t.registrations, buildYear(2025, today, settings, t), buildYear(2026, today, settings, t))
}

describe('the start page figures', () => {
  it('counts signed members and partners apart (a partner is not a member), and applicants', () => {
    const o = overview(tables())
    expect(o).toMatchObject({ signed: 2, members: 1, partners: 1, applicants: 1, approvedWaiting: 1 })
    expect(o.reports).toMatchObject({ year: 2025, received: 0, expected: 2, overdue: 2 })
  })

  it('finds the next signing lunch and its free places from the invited organisations', () => {
    const o = overview(
      tables({
        events: [
          meeting('old', 'signeringslunsj', '2026-10-01', 'Høstlunsj'),
          meeting('next', 'signeringslunsj', '2026-12-10', 'Julelunsj', { maxOrganisations: 5 }),
          meeting('later', 'signeringslunsj', '2027-02-10', 'Vinterlunsj'),
        ],
        registrations: [
          attended('next', 's', 'p1'),
          attended('next', 's', 'p2'),
          attended('next', 'g', 'p3'),
          { ...attended('next', 'b', 'p4'), status: 'avmeldt' },
        ],
      }),
    )
    expect(o.nextLunch).toMatchObject({ title: 'Julelunsj', size: 5, invited: 2, free: 3 })
    expect(o.upcoming.map((e) => e.title)).toEqual(['Julelunsj', 'Vinterlunsj'])
  })

  it('counts the organisations the lunch planner invited', () => {
    const lunch = { ...meeting('p', 'signeringslunsj', '2026-12-10', 'Planlagt', { maxOrganisations: 6 }), invitedOrganisationIds: ['s', 'g'] }
    const o = overview(tables({ events: [lunch], registrations: [attended('p', 's', 'p1')] }))
    expect(o.nextLunch).toMatchObject({ invited: 2, free: 4 })
  })

  it('falls back to eight places and skips a cancelled lunch', () => {
    const cancelled = { ...meeting('x', 'signeringslunsj', '2026-12-01', 'Avlyst'), cancelledAt: '2026-11-01T10:00:00Z' }
    const o = overview(tables({ events: [cancelled, meeting('y', 'signeringslunsj', '2026-12-15', 'Desember')] }))
    expect(o.nextLunch).toMatchObject({ title: 'Desember', size: 8, free: 8 })
  })

  it('has no next lunch and no upcoming events when none are planned', () => {
    const o = overview(tables({ organisations: [] }))
    expect(o.nextLunch).toBeNull()
    expect(o.upcoming).toEqual([])
    expect(o).toMatchObject({ signed: 0, members: 0, partners: 0 })
  })
})
