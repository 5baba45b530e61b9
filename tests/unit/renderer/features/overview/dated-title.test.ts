import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../../../../../renderer/domain/settings/settings'
import { buildYear, type YearTables } from '../../../../../renderer/domain/criteria/build-year'
import { datedTitle, titleWithoutDate } from '../../../../../renderer/domain/event/dated-title'
import { buildOverview } from '../../../../../renderer/features/overview/overview-model'
import { overviewCsvRows } from '../../../../../renderer/features/overview/overview-export'
import { meeting } from '../../../../shared/year-fixtures'

describe('an event title with its date, said once', () => {
  it('keeps a signing lunch titled with its own date as it is', () => {
    expect(datedTitle('Signeringslunsj 10.06.2027', '2027-06-10')).toBe('Signeringslunsj 10.06.2027')
  })

  it('adds the date to a title without it', () => {
    expect(datedTitle('Julelunsj', '2026-12-10')).toBe('Julelunsj, 10.12.2026')
  })

  it('adds the date when the title carries another date', () => {
    expect(datedTitle('Signeringslunsj 10.06.2027', '2027-06-17')).toBe('Signeringslunsj 10.06.2027, 17.06.2027')
  })

  it('drops the own date for lists that show the date in front', () => {
    expect(titleWithoutDate('Signeringslunsj 10.06.2027', '2027-06-10')).toBe('Signeringslunsj')
    expect(titleWithoutDate('Toppledermøte', '2027-06-10')).toBe('Toppledermøte')
  })
})

describe('the start page export', () => {
  it('names the next signing lunch and upcoming events with each date once', () => {
    const today = '2026-11-28'
    const t: YearTables = {
      organisations: [],
      statusEvents: [],
      people: [],
      contracts: [],
      events: [meeting('l', 'signeringslunsj', '2027-06-10', 'Signeringslunsj 10.06.2027')],
      registrations: [],
      annualReports: [],
    }
    const settings = defaultSettings()
    const o = buildOverview(today, t.organisations, t.events, t.registrations, buildYear(2025, today, settings, t), buildYear(2026, today, settings, t))
    const rows = overviewCsvRows(o, today)
    expect(rows).toContainEqual(['Neste signeringslunsj', 'Signeringslunsj 10.06.2027'])
    expect(rows).toContainEqual(['Kommende arrangement', 'Signeringslunsj 10.06.2027'])
  })
})
