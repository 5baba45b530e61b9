import { beforeEach, describe, expect, it } from 'vitest'
import { saveReport } from '../../../../../renderer/db/repositories/annual-reports-repo'
import { loadCriteriaYear } from '../../../../../renderer/db/repositories/criteria-repo'
import { emptyChecklist } from '../../../../../renderer/domain/report/report-rules'
import { buildStatusReport } from '../../../../../renderer/features/reports/status-report-model'
import { statusReportModel } from '../../../../../electron/shared/channels/reports'
import { freshDatabase } from '../../db-helpers'
import { contract, organisation, statusEvent } from '../../../../shared/year-fixtures'

describe('the status report content', () => {
  beforeEach(async () => {
    const database = await freshDatabase()
    await database.organisations.bulkAdd([organisation('z', 'Zeta AS'), organisation('a', 'Ærfugl AS', { tier: 'partner' }), organisation('b', 'Berg AS')])
    await database.statusEvents.bulkAdd([statusEvent('z', 'medlem', '2024-01-01'), statusEvent('a', 'medlem', '2024-01-01'), statusEvent('b', 'medlem', '2024-01-01')])
    await database.contracts.add(contract('z', '2024-01-01', null))
  })

  it('lists members in Norwegian order with their report, certification and criteria, and passes the channel schema', async () => {
    const checklist = emptyChecklist()
    checklist.certification = { kind: 'miljofyrtarn', validUntil: '2027-06-30' }
    checklist.measuresDone = 'LED-belysning'
    await saveReport('z', 2025, { status: 'godkjent', receivedDate: '2026-02-10', caseNumber: '', checklist, prefilledFrom: null })
    const { snapshot, current, previous } = await loadCriteriaYear(2025, '2026-11-28')
    const model = buildStatusReport(snapshot, current, previous, 'Sekretariatet', '2026-11-28')

    expect(model.members.map((m) => m.name)).toEqual(['Berg AS', 'Zeta AS', 'Ærfugl AS'])
    const zeta = model.members[1]!
    expect(zeta).toMatchObject({
      tier: 'Medlem',
      signedDate: '01.01.2024',
      certification: 'Miljøfyrtårn, gyldig til 30.06.2027',
      reportStatus: 'Godkjent 10.02.2026',
      measuresDone: 'LED-belysning',
    })
    expect(model.members[2]?.tier).toBe('Partner')
    expect(model.summary).toContainEqual(['Årsrapporter mottatt', '1 av 3 (frist 01.04.2026)'])
    expect(model.keyFigures.rows[0]).toEqual({ label: 'Miljøsertifisert', current: '33 % (1)', previous: '0 % (0)', change: '+33 pp' })
    expect(statusReportModel.safeParse(model).success).toBe(true)
  })
})
