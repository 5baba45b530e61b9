import { mkdirSync, writeFileSync } from 'node:fs'
import { beforeEach, describe, expect, it } from 'vitest'
import { renderStatusReport } from '../../../../../electron/main/pdf/status-report'
import { statusReportModel } from '../../../../../electron/shared/channels/reports'
import type { AnnualReport } from '../../../../../renderer/db/models'
import { saveReport } from '../../../../../renderer/db/repositories/annual-reports-repo'
import { loadCriteriaYear } from '../../../../../renderer/db/repositories/criteria-repo'
import { changeText, emissionsByYear, partnerEmissions, tonnesText } from '../../../../../renderer/domain/report/partner-emissions'
import { emptyChecklist } from '../../../../../renderer/domain/report/report-rules'
import { buildStatusReport } from '../../../../../renderer/features/reports/status-report-model'
import { organisation, statusEvent } from '../../../../shared/year-fixtures'
import { extractText } from '../../../main/pdf/read-pdf'
import { freshDatabase } from '../../db-helpers'

function report(organisationId: string, year: number, date: string | null, scope1: number | null, scope2: number | null, scope3: number | null): AnnualReport {
  const checklist = emptyChecklist()
  checklist.partner = { klimapartnereDate: date, tonnes: { scope1, scope2, scope3 } }
  return { id: `${organisationId}-${year}`, createdAt: '', updatedAt: '', deletedAt: null, organisationId, year, status: 'mottatt', receivedDate: null, caseNumber: '', data: {}, checklist }
}

describe('partner emissions through Klimapartnere', () => {
  const partners = [
    { id: 'a', name: 'Aker AS' },
    { id: 'b', name: 'Berg AS' },
    { id: 'c', name: 'Cirkel AS' },
  ]
  const now = [report('a', 2025, '2026-03-15', 100, 50, 1000), report('b', 2025, '2026-04-01', 20, null, null), report('c', 2025, null, null, null, null)]
  const before = [report('a', 2024, '2025-03-10', 120, 60, 1100), report('c', 2024, '2025-03-01', 10, 10, 10)]

  it('sums each partner’s scopes, totals per scope, and compares only partners with figures both years', () => {
    const { rows, totals } = partnerEmissions(partners, now, before)
    expect(rows.map((r) => [r.name, r.reportedOn, r.total, r.previousTotal, r.change])).toEqual([
      ['Aker AS', '2026-03-15', 1150, 1280, -130],
      ['Berg AS', '2026-04-01', 20, null, null],
      ['Cirkel AS', null, null, 30, null],
    ])
    expect(totals).toEqual({ scope1: 120, scope2: 50, scope3: 1000, total: 1170, comparable: 1150, previousComparable: 1280, change: -130 })
    expect([tonnesText(1234.5), changeText(-130), changeText(12), tonnesText(null)]).toEqual(['1\u00a0234,5 t', '−130 t', '+12 t', '–'])
  })

  it('gives one partner’s years newest first with the change from the year before', () => {
    expect(emissionsByYear([before[0]!, now[0]!]).map((y) => [y.year, y.reportedOn, y.total, y.change])).toEqual([
      [2025, '2026-03-15', 1150, -130],
      [2024, '2025-03-10', 1280, null],
    ])
  })

  describe('in the status report', () => {
    beforeEach(async () => {
      const database = await freshDatabase()
      await database.organisations.bulkAdd([organisation('a', 'Aker AS', { tier: 'partner' }), organisation('m', 'Medlem AS')])
      await database.statusEvents.bulkAdd([statusEvent('a', 'medlem', '2023-01-01'), statusEvent('m', 'medlem', '2023-01-01')])
      for (const r of [now[0]!, before[0]!]) await saveReport('a', r.year, { status: 'mottatt', receivedDate: null, caseNumber: '', checklist: r.checklist!, prefilledFrom: null })
    })

    it('has the partners’ report date, tonnes per scope, the sum and the change from last year, in the model and the PDF', async () => {
      const { snapshot, current, previous, previousSnapshot } = await loadCriteriaYear(2025, '2026-11-28')
      const model = buildStatusReport(snapshot, current, previous, 'Sekretariatet', '2026-11-28', previousSnapshot)
      expect(statusReportModel.safeParse(model).success).toBe(true)
      expect(model.partnerEmissions?.rows).toEqual([{ name: 'Aker AS', reportedOn: '15.03.2026', scope1: '100 t', scope2: '50 t', scope3: '1\u00a0000 t', total: '1\u00a0150 t', change: '−130 t' }])
      expect(model.partnerEmissions?.totals).toMatchObject({ name: 'Sum', reportedOn: '1 av 1', total: '1\u00a0150 t', change: '−130 t' })

      const { bytes } = await renderStatusReport(model)
      // Kept for a look with pdftoppm, as the contract renders are.
      mkdirSync('test-results', { recursive: true })
      writeFileSync('test-results/status-report-partners.pdf', bytes)
      const text = await extractText(bytes)
      expect(text.pages[0]).toContain('Partnere: klimaregnskap gjennom Klimapartnere 2025')
      expect(text.pages[0]).toMatch(/Aker AS\s+15\.03\.2026\s+100 t\s+50 t\s+1\s000 t\s+1\s150 t\s+−130 t/)
      expect(text.pages[0]).toMatch(/partneren med tall begge år: fra 1\s280 t i 2024 til 1\s150 t i 2025\./)
    })
  })
})
