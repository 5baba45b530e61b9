import { describe, expect, it } from 'vitest'
import { formatShare, keyFigures, shareChange } from '../../../../../renderer/domain/criteria/key-figures'
import { emptyChecklist } from '../../../../../renderer/domain/report/report-rules'

const figure = (result: ReturnType<typeof keyFigures>, key: string) => result.figures.find((f) => f.key === key)

describe('key figures', () => {
  it('counts shares of all the year’s members, not only of those who reported', () => {
    const certified = emptyChecklist()
    certified.certification = { kind: 'iso14001', validUntil: null }
    certified.emissionsAccounts.kept = true
    const bare = emptyChecklist()
    const result = keyFigures(2025, [{ checklist: certified }, { checklist: bare }, { checklist: null }, { checklist: null }])
    expect(result.members).toBe(4)
    expect(result.reported).toBe(2)
    expect(figure(result, 'certified')).toMatchObject({ count: 1, share: 0.25 })
    expect(figure(result, 'emissionsAccounts')).toMatchObject({ count: 1, share: 0.25 })
    expect(figure(result, 'supplierRequirements')).toMatchObject({ count: 0, share: 0 })
  })

  it('does not count a certificate that expired before the year, nor a target without a percent', () => {
    const expired = emptyChecklist()
    expired.certification = { kind: 'miljofyrtarn', validUntil: '2024-12-31' }
    expired.reductionTarget = { baseYear: 2020, targetYear: 2030, percent: null }
    const valid = emptyChecklist()
    valid.certification = { kind: 'miljofyrtarn', validUntil: '2025-01-01' }
    valid.reductionTarget = { baseYear: 2020, targetYear: 2030, percent: 40 }
    const result = keyFigures(2025, [{ checklist: expired }, { checklist: valid }])
    expect(figure(result, 'certified')?.count).toBe(1)
    expect(figure(result, 'quantifiedTarget')?.count).toBe(1)
  })

  it('shows a dash, not 0 %, for a year without members, and the change in percentage points', () => {
    const empty = keyFigures(2025, [])
    expect(formatShare(figure(empty, 'certified')?.share ?? null)).toBe('–')
    expect(formatShare(0.425)).toBe('43 %')
    expect(shareChange(0.5, 0.25)).toBe('+25 pp')
    expect(shareChange(0.2, 0.25)).toBe('−5 pp')
    expect(shareChange(0.2, null)).toBeNull()
  })
})
