import { describe, expect, it } from 'vitest'
import { parseDayMonth } from '../../../../../renderer/features/reports/ReportSettings'
import { toForm, validateReportForm } from '../../../../../renderer/features/reports/report-form'
import { emptyChecklist } from '../../../../../renderer/domain/report/report-rules'

const blank = () => toForm(null, emptyChecklist())
const today = '2026-11-28'

describe('the annual report form', () => {
  it('turns typed Norwegian values into the checklist, and clears the prefill mark', () => {
    const result = validateReportForm(
      { ...blank(), status: 'mottatt', receivedDate: '2.3.2026', baseYear: '2019', targetYear: '2030', percent: '42,5', tonnes1: '1 234,5', accountsKept: 'ja' },
      today,
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.change.receivedDate).toBe('2026-03-02')
    expect(result.change.checklist.reductionTarget).toEqual({ baseYear: 2019, targetYear: 2030, percent: 42.5 })
    expect(result.change.checklist.partner.tonnes.scope1).toBe(1234.5)
    expect(result.change.checklist.emissionsAccounts.kept).toBe(true)
    expect(result.change.prefilledFrom).toBeNull()
  })

  it('names every bad field in Norwegian and saves nothing', () => {
    const result = validateReportForm(
      { ...blank(), status: 'godkjent', receivedDate: '', baseYear: '2030', targetYear: '2020', percent: '140', certificationValidUntil: '31.02.2027', tonnes2: 'mye' },
      today,
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual({
      receivedDate: 'Skriv inn datoen rapporten ble mottatt.',
      certificationValidUntil: 'Gyldig til må skrives som dd.mm.åååå, for eksempel 01.04.2026.',
      targetYear: 'Målåret må komme etter basisåret.',
      percent: 'Reduksjonen i prosent kan ikke være mer enn 100.',
      tonnes2: 'Utslipp i scope 2 må være et tall, for eksempel 12,5.',
    })
  })

  it('refuses a received date in the future, and a date on a report marked not received', () => {
    const future = validateReportForm({ ...blank(), status: 'mottatt', receivedDate: '29.11.2026' }, today)
    expect(future.ok ? null : future.errors.receivedDate).toBe('Mottatt dato kan ikke være i fremtiden.')
    const contradictory = validateReportForm({ ...blank(), status: 'ikke-mottatt', receivedDate: '01.11.2026' }, today)
    expect(contradictory.ok ? null : contradictory.errors.status).toBe('Velg en annen status, eller fjern mottatt dato.')
  })

  it('reads the join cut-off as day and month', () => {
    expect(parseDayMonth('01.10')).toBe('10-01')
    expect(parseDayMonth('1.10.')).toBe('10-01')
    expect(parseDayMonth('29.02')).toBe('02-29')
    expect(parseDayMonth('31.04')).toBeNull()
    expect(parseDayMonth('oktober')).toBeNull()
  })
})
