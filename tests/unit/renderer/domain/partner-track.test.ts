import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../renderer/db/db'
import type { Organisation } from '../../../../renderer/db/models'
import { newRecord } from '../../../../renderer/db/repositories/base'
import { setFeeInvoiced, updateOrganisation } from '../../../../renderer/db/repositories/organisations-repo'
import { OWED_HEADERS, owedFees, owedTable } from '../../../../renderer/domain/organisation/partner-fees'
import { tierOn, withTierChange } from '../../../../renderer/domain/organisation/tier-history'
import { toCsvText } from '../../../../renderer/lib/export/csv'
import { organisation } from '../../../shared/year-fixtures'
import { freshDatabase, made } from '../db-helpers'

describe('tier history', () => {
  it('records a change with its date and answers the tier on any day', () => {
    const history = withTierChange(undefined, 'medlem', 'partner', '2025-01-01')
    expect(history).toEqual([{ date: '2025-01-01', from: 'medlem', to: 'partner' }])
    expect(withTierChange(history, 'partner', 'partner', '2026-01-01')).toEqual(history)
    const back = withTierChange(history, 'partner', 'medlem', '2026-07-01')
    expect(tierOn('medlem', back, '2024-12-31')).toBe('medlem')
    expect(tierOn('medlem', back, '2025-01-01')).toBe('partner')
    expect(tierOn('medlem', back, '2026-06-30')).toBe('partner')
    expect(tierOn('medlem', back, '2026-07-01')).toBe('medlem')
    expect(tierOn('partner', undefined, '2020-01-01')).toBe('partner')
  })

  describe('when the organisation is saved', () => {
    beforeEach(() => freshDatabase())

    it('keeps the change of tier with the date given, and nothing when the tier stays', async () => {
      const org = newRecord({ ...organisation('x', 'Fjord AS') }) as Organisation
      await db().organisations.add(org)
      const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, status: _s, signedDate: _sd, ...input } = org
      await made(updateOrganisation(org.id, { ...input, notes: 'Endret' }, '2026-01-01'))
      expect((await db().organisations.get(org.id))?.tierHistory).toBeUndefined()
      const saved = await made(updateOrganisation(org.id, { ...input, tier: 'partner' }, '2027-01-01'))
      expect(saved.tierHistory).toEqual([{ date: '2027-01-01', from: 'medlem', to: 'partner' }])
    })
  })
})

const withFees = (id: string, name: string, fees: Organisation['partnerFee'], change: Partial<Organisation> = {}) => organisation(id, name, { tier: 'partner', partnerFee: fees, ...change })

describe('what partners owe (Partneravgifter)', () => {
  const orgs = [
    withFees('b', 'Bølgen AS', [
      { year: 2025, amount: 25000, paid: true },
      { year: 2026, amount: 25000, invoiced: true, paid: false },
    ]),
    withFees('a', 'Aker AS', [{ year: 2026, amount: 12500, paid: false }]),
    withFees('c', 'Cirkel AS', [{ year: 2025, amount: 10000, paid: false }]),
    withFees('t', 'Trashed AS', [{ year: 2025, amount: 99999, paid: false }], { deletedAt: '2026-01-01T00:00:00.000Z' }),
  ]

  it('lists every unpaid fee, oldest year first, with the total and how many are not invoiced; an old row without "fakturert" is not invoiced', () => {
    const summary = owedFees(orgs)
    expect(summary.rows.map((r) => [r.name, r.year, r.amount, r.invoiced])).toEqual([
      ['Cirkel AS', 2025, 10000, false],
      ['Aker AS', 2026, 12500, false],
      ['Bølgen AS', 2026, 25000, true],
    ])
    expect(summary.total).toBe(47500)
    expect(summary.notInvoiced).toBe(2)
  })

  it('makes a CSV for Excel: semicolons, amounts as numbers, Ja/Nei', () => {
    const text = toCsvText([...OWED_HEADERS], owedTable(owedFees(orgs)))
    const lines = text.replace('\uFEFF', '').trim().split('\r\n')
    expect(lines[0]).toBe('Virksomhet;Organisasjonsnummer;År;Beløp (kr);Fakturert')
    expect(lines[1]).toBe('Cirkel AS;;2025;10000;Nei')
    expect(lines[3]).toBe('Bølgen AS;;2026;25000;Ja')
  })

  describe('marking a fee invoiced', () => {
    beforeEach(() => freshDatabase())

    it('sets "fakturert" on that year only and refuses a year without a fee', async () => {
      const org = newRecord({ ...orgs[0]! }) as Organisation
      await db().organisations.add(org)
      const after = await setFeeInvoiced(org.id, 2026, false)
      expect(after.partnerFee.map((f) => [f.year, f.invoiced ?? false])).toEqual([
        [2025, false],
        [2026, false],
      ])
      await expect(setFeeInvoiced(org.id, 2024, true)).rejects.toThrow('Ingen partnerkontingent for 2024.')
    })
  })
})
