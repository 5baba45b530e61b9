import { describe, expect, it } from 'vitest'
import type { AnnualReport } from '../../../../../renderer/db/models'
import { buildYear, type YearTables } from '../../../../../renderer/domain/criteria/build-year'
import { atRiskThisYear, criteriaStandings, failedLastYear, standingSummary, type CriteriaStanding } from '../../../../../renderer/domain/criteria/standing'
import { defaultSettings } from '../../../../../renderer/domain/settings/settings'
import { attended, contract, meeting, organisation, person, statusEvent } from '../../../../shared/year-fixtures'

function report(organisationId: string, year: number, receivedDate: string): AnnualReport {
  const at = '2020-01-01T00:00:00.000Z'
  return { id: `rep-${organisationId}-${year}`, createdAt: at, updatedAt: at, deletedAt: null, organisationId, year, status: 'mottatt', receivedDate, caseNumber: '', data: {} }
}

/**
 * Three members since 2024: "Flink" attends and reports every year, "Glemsk" skipped every meeting
 * and every report in 2025, "Sen" reported 2025 late in March and has no 2026 meeting yet.
 */
const ids = ['flink', 'glemsk', 'sen']

/** A member signed by its top leader, with measures from its application: only meetings and reports can fail. */
function member(id: string, name: string) {
  const base = organisation(id, name)
  return organisation(id, name, { criteria: { ...base.criteria, action: { status: 'oppfylt', note: 'Tiltak i søknaden' } } })
}

function tables(): YearTables {
  return {
    organisations: [member('flink', 'Flink AS'), member('glemsk', 'Glemsk AS'), member('sen', 'Sen AS')],
    statusEvents: ids.map((id) => statusEvent(id, 'medlem', '2024-01-10')),
    people: ids.map((id) => person(`leader-${id}`, id, `Leder ${id}`, ['toppleder'])),
    contracts: ids.map((id) => contract(id, '2024-01-10', `leader-${id}`)),
    events: [meeting('m25', 'nettverksmote', '2025-05-05', 'Vårmøte 2025'), meeting('m26', 'nettverksmote', '2026-02-10', 'Vintermøte 2026')],
    registrations: [attended('m25', 'flink', 'p1'), attended('m25', 'sen', 'p2'), attended('m26', 'flink', 'p1')],
    annualReports: [report('flink', 2024, '2025-03-01'), report('flink', 2025, '2026-01-05'), report('glemsk', 2024, '2025-03-01'), report('sen', 2025, '2026-03-25')],
  }
}

function standingsOn(today: string): Map<string, CriteriaStanding> {
  const year = Number(today.slice(0, 4))
  const settings = defaultSettings()
  const t = tables()
  // Reports received and meetings held after `today` have not happened yet on that day.
  const held = new Set(t.events.filter((e) => e.date <= today).map((e) => e.id))
  const seen = {
    ...t,
    annualReports: t.annualReports.filter((r) => r.receivedDate !== null && r.receivedDate <= today),
    registrations: t.registrations.filter((r) => held.has(r.eventId)),
  }
  return criteriaStandings(buildYear(year - 1, today, settings, seen), buildYear(year, today, settings, seen))
}

const of = (map: Map<string, CriteriaStanding>, id: string): CriteriaStanding => {
  const s = map.get(id)
  if (!s) throw new Error(`no standing for ${id}`)
  return s
}
const texts = (s: CriteriaStanding) => s.progress.map((p) => `${p.label}: ${p.text}`)

describe('criteria standing on 15 January 2026', () => {
  const on = standingsOn('2026-01-15')

  it('judges 2025 final for participation, but leaves the 2025 report to its due date', () => {
    const glemsk = of(on, 'glemsk')
    expect(failedLastYear(glemsk)).toBe(true)
    expect(glemsk.lastYear).toMatchObject({ year: 2025, member: true, pending: expect.arrayContaining(['reporting']) })
    expect(standingSummary(glemsk)).toBe('Ikke oppfylt 2025: Deltakelse.')
  })

  it('shows what each member still needs this year and by when', () => {
    expect(texts(of(on, 'glemsk'))).toEqual(['Deltakelse: 0 av 1 møte i 2026, innen 31.12.2026', 'Rapportering: årsrapport 2025 forfaller 01.04.2026'])
    expect(texts(of(on, 'flink'))).toEqual(['Deltakelse: 0 av 1 møte i 2026, innen 31.12.2026', 'Rapportering: årsrapport 2025 mottatt 05.01.2026'])
  })

  it('puts nobody at risk in January', () => {
    expect([...on.values()].filter(atRiskThisYear)).toEqual([])
  })
})

describe('criteria standing on 15 June 2026', () => {
  const on = standingsOn('2026-06-15')

  it('counts the meeting attended and the report received', () => {
    expect(texts(of(on, 'flink'))).toEqual(['Deltakelse: 1 av 1 møte i 2026', 'Rapportering: årsrapport 2025 mottatt 05.01.2026'])
    expect(of(on, 'flink').progress.every((p) => p.done)).toBe(true)
    expect(atRiskThisYear(of(on, 'flink'))).toBe(false)
  })

  it('fails last year’s reporting once its due date has passed, and says the report is overdue', () => {
    const glemsk = of(on, 'glemsk')
    expect(glemsk.lastYear.member && glemsk.lastYear.failed.map((r) => r.key)).toEqual(['reporting', 'participation'])
    expect(texts(glemsk)).toContain('Rapportering: årsrapport 2025 forfalt 01.04.2026, ikke mottatt')
    expect(glemsk.atRisk.map((r) => r.text)).toEqual(['Årsrapporten for 2025 er ikke mottatt; fristen 01.04.2026 er passert.'])
  })

  it('does not count a missing meeting as a risk before 1 September', () => {
    expect(of(on, 'sen').atRisk).toEqual([])
    expect(texts(of(on, 'sen'))).toContain('Deltakelse: 0 av 1 møte i 2026, innen 31.12.2026')
  })
})

describe('criteria standing on 10 December 2026', () => {
  const on = standingsOn('2026-12-10')

  it('puts a member with no meeting this year at risk and says what is needed by when', () => {
    expect(of(on, 'sen').atRisk.map((r) => r.text)).toEqual([
      'Ingen møter i nettverket i 2026 ennå etter 01.09.2026; minst ett møte trengs innen 31.12.2026.',
    ])
    expect(standingSummary(of(on, 'sen'))).toBe('I faresonen 2026: Deltakelse.')
  })

  it('keeps a member that did everything clear', () => {
    expect(standingSummary(of(on, 'flink'))).toBe('')
  })
})

describe('the report warning window', () => {
  it('starts 14 days before the due date', () => {
    expect(of(standingsOn('2026-03-17'), 'glemsk').atRisk.map((r) => r.key)).toEqual([])
    expect(of(standingsOn('2026-03-18'), 'glemsk').atRisk.map((r) => r.text)).toEqual([
      'Årsrapporten for 2025 er ikke mottatt, og fristen 01.04.2026 nærmer seg.',
    ])
  })

  it('is lifted when the report arrives', () => {
    expect(of(standingsOn('2026-03-25'), 'sen').atRisk).toEqual([])
    expect(texts(of(standingsOn('2026-03-25'), 'sen'))).toContain('Rapportering: årsrapport 2025 mottatt 25.03.2026')
  })
})

describe('a member that failed last year', () => {
  it('states each failed criterion with the reason', () => {
    const glemsk = of(standingsOn('2026-06-15'), 'glemsk')
    if (!glemsk.lastYear.member) throw new Error('expected a member in 2025')
    expect(glemsk.lastYear.failed.map((r) => `${r.label}: ${r.text}`)).toEqual([
      'Rapportering: Årsrapporten for 2025 er ikke mottatt; fristen 01.04.2026 er passert.',
      'Deltakelse: Deltok ikke på noe møte i nettverket i 2025.',
    ])
  })

  it('says when the organisation was not a member last year', () => {
    const t = tables()
    const settings = defaultSettings()
    const withNew: YearTables = { ...t, organisations: [...t.organisations, member('ny', 'Ny AS')], statusEvents: [...t.statusEvents, statusEvent('ny', 'medlem', '2026-02-01')] }
    const on = criteriaStandings(buildYear(2025, '2026-06-15', settings, withNew), buildYear(2026, '2026-06-15', settings, withNew))
    expect(of(on, 'ny').lastYear).toEqual({ year: 2025, member: false })
    expect(texts(of(on, 'ny'))).toEqual(['Deltakelse: 0 av 1 møte i 2026, innen 31.12.2026'])
  })
})
