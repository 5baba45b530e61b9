import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../../../../../renderer/domain/settings/settings'
import { dueDateFor, emptyChecklist, isOverdue, prefillFrom } from '../../../../../renderer/domain/report/report-rules'

describe('annual report due dates', () => {
  it('is due 1 April the following year unless a date is set for the year', () => {
    expect(dueDateFor(2025, defaultSettings())).toBe('2026-04-01')
    expect(dueDateFor(2025, { reportDueDates: { '2025': '2026-05-15' } })).toBe('2026-05-15')
    expect(dueDateFor(2024, { reportDueDates: { '2025': '2026-05-15' } })).toBe('2025-04-01')
  })

  it('ignores a malformed date setting rather than making every report overdue', () => {
    expect(dueDateFor(2025, { reportDueDates: { '2025': '2026-13-40' } })).toBe('2026-04-01')
  })

  it('marks a missing report overdue only after the due day', () => {
    const missing = { status: 'ikke-mottatt' as const, receivedDate: null }
    expect(isOverdue(missing, '2026-04-01', '2026-04-01')).toBe(false)
    expect(isOverdue(missing, '2026-04-01', '2026-04-02')).toBe(true)
    expect(isOverdue(null, '2026-04-01', '2026-04-02')).toBe(true)
    expect(isOverdue({ status: 'mottatt', receivedDate: '2026-04-03' }, '2026-04-01', '2026-04-05')).toBe(false)
  })
})

describe('prefilling from last year', () => {
  it('carries over lasting facts and leaves the year’s own measures and figures empty', () => {
    const last = emptyChecklist()
    last.strategy = true
    last.certification = { kind: 'miljofyrtarn', validUntil: '2027-06-30' }
    last.reductionTarget = { baseYear: 2019, targetYear: 2030, percent: 50 }
    last.measuresDone = 'Byttet til elbiler'
    last.measuresPlanned = 'Solceller på taket'
    last.partner.klimapartnereDate = '2025-03-01'
    last.partner.tonnes.scope1 = 12
    const next = prefillFrom(last)
    expect(next.strategy).toBe(true)
    expect(next.certification).toEqual({ kind: 'miljofyrtarn', validUntil: '2027-06-30' })
    expect(next.reductionTarget.percent).toBe(50)
    expect(next.measuresPlanned).toBe('Solceller på taket')
    expect(next.measuresDone).toBe('')
    expect(next.partner.klimapartnereDate).toBeNull()
    expect(next.partner.tonnes.scope1).toBeNull()
    next.certification.kind = 'iso14001'
    expect(last.certification.kind).toBe('miljofyrtarn')
  })
})
