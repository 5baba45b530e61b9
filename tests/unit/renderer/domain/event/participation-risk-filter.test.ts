import { describe, expect, it } from 'vitest'
import { buildYear, type YearTables } from '../../../../../renderer/domain/criteria/build-year'
import { criteriaStandings } from '../../../../../renderer/domain/criteria/standing'
import { INVITE_FILTER_LABELS, organisationsForFilter } from '../../../../../renderer/domain/event/invitation-targets'
import { defaultSettings } from '../../../../../renderer/domain/settings/settings'
import { attended, contract, meeting, organisation, person, statusEvent } from '../../../../shared/year-fixtures'

/**
 * Members since 2025: "Møtt" attended the March 2026 meeting, "Borte" has attended nothing in 2026,
 * "Sent" attends only the October meeting. "Søker" applied and is no member; "Ny" became a member
 * in November 2026, after the year's cut-off for Deltakelse. The "i faresonen på Deltakelse" invitation filter on dates around 1 September.
 */
function tables(): YearTables {
  const members = ['mott', 'borte', 'sent']
  return {
    organisations: [
      organisation('mott', 'Møtt AS'),
      organisation('borte', 'Borte AS'),
      organisation('sent', 'Sent AS'),
      organisation('soker', 'Søker AS', { status: 'soker' }),
      organisation('ny', 'Ny AS'),
    ],
    statusEvents: [...members.map((id) => statusEvent(id, 'medlem', '2025-01-10')), statusEvent('soker', 'soker', '2026-02-01'), statusEvent('ny', 'medlem', '2026-11-02')],
    people: [...members, 'ny'].map((id) => person(`leader-${id}`, id, `Leder ${id}`, ['toppleder'])),
    contracts: [...members.map((id) => contract(id, '2025-01-10', `leader-${id}`)), contract('ny', '2026-11-02', 'leader-ny')],
    events: [meeting('mars', 'nettverksmote', '2026-03-10', 'Vårmøte'), meeting('oktober', 'nettverksmote', '2026-10-08', 'Høstmøte')],
    registrations: [attended('mars', 'mott', 'leader-mott'), attended('oktober', 'sent', 'leader-sent')],
    annualReports: [],
  }
}

/** The filter's pick on `today`, with only what had happened by then. */
function pickedOn(today: string): string[] {
  const t = tables()
  const held = new Set(t.events.filter((e) => e.date <= today).map((e) => e.id))
  const seen = { ...t, registrations: t.registrations.filter((r) => held.has(r.eventId)) }
  const year = Number(today.slice(0, 4))
  const settings = defaultSettings()
  const standings = criteriaStandings(buildYear(year - 1, today, settings, seen), buildYear(year, today, settings, seen))
  return organisationsForFilter({ kind: 'participation-risk' }, t.organisations, standings).map((o) => o.name)
}

describe('inviting the members i faresonen på Deltakelse', () => {
  it('is offered by its name among the invitation filters', () => {
    expect(INVITE_FILTER_LABELS['participation-risk']).toBe('I faresonen på Deltakelse')
  })

  it('picks nobody before 1 September: a missing meeting is no risk yet', () => {
    expect(pickedOn('2026-06-15')).toEqual([])
    expect(pickedOn('2026-08-31')).toEqual([])
  })

  it('from 1 September picks the members with no counted meeting this year, and drops one once it has attended', () => {
    expect(pickedOn('2026-09-01').sort()).toEqual(['Borte AS', 'Sent AS'])
    expect(pickedOn('2026-10-20')).toEqual(['Borte AS'])
  })

  it('leaves out applicants, and a member who joined after the year’s cut-off (Deltakelse does not apply to it yet)', () => {
    expect(pickedOn('2026-12-10')).toEqual(['Borte AS'])
  })

  it('picks nobody without standings, rather than every member', () => {
    expect(organisationsForFilter({ kind: 'participation-risk' }, tables().organisations)).toEqual([])
  })
})
