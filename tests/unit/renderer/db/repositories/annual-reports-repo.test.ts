import { beforeEach, describe, expect, it } from 'vitest'
import { historyOf } from '../../../../../renderer/db/repositories/base'
import {
  attachReportFile,
  loadReportDraft,
  loadYear,
  restoreReportReceipt,
  saveReport,
  setReportStatus,
} from '../../../../../renderer/db/repositories/annual-reports-repo'
import { emptyChecklist } from '../../../../../renderer/domain/report/report-rules'
import type { NfkDatabase } from '../../../../../renderer/db/schema'
import { freshDatabase } from '../../db-helpers'
import { attended, contract, meeting, organisation, person, statusEvent } from '../../../../shared/year-fixtures'

let database: NfkDatabase

const names = async (year: number) => (await loadYear(year, '2026-06-01')).rows.map((r) => r.organisation.name).sort()

async function seed() {
  await database.organisations.bulkAdd([
    organisation('a', 'Aker Energi'),
    organisation('b', 'Bygg Bærum', { address: { street: '', postalCode: '', municipality: 'Bærum' } }),
    organisation('c', 'Sluttet AS'),
    organisation('d', 'Ny Høst AS'),
  ])
  await database.statusEvents.bulkAdd([
    statusEvent('a', 'medlem', '2022-05-01'),
    statusEvent('b', 'medlem', '2023-01-15'),
    statusEvent('b', 'utmeldt', '2024-03-01'),
    statusEvent('b', 'medlem', '2025-02-01'),
    statusEvent('c', 'medlem', '2021-01-01'),
    statusEvent('c', 'utmeldt', '2024-12-31'),
    statusEvent('d', 'medlem', '2025-11-20'),
  ])
  await database.people.bulkAdd([
    person('pa', 'a', 'Anne Leder', ['toppleder']),
    person('pk', 'a', 'Kim Klima', ['klimakontakt'], 'kim@aker.no'),
    person('pb', 'b', 'Bo Rådgiver', ['klimakontakt', 'annen'], 'bo@bygg.no'),
  ])
  await database.contracts.bulkAdd([contract('a', '2022-05-01', 'pa'), contract('b', '2025-02-01', 'pb')])
  await database.events.bulkAdd([
    meeting('m1', 'nettverksmote', '2025-03-10', 'Vårmøtet'),
    meeting('t1', 'toppledermote', '2025-09-01', 'Toppledermøte høst'),
    meeting('l1', 'signeringslunsj', '2025-02-01', 'Lunsj'),
  ])
  await database.registrations.bulkAdd([
    attended('m1', 'a', 'pk'),
    attended('t1', 'a', 'pa', ['toppleder']),
    attended('l1', 'b', 'pb'),
  ])
}

describe('annual reports repository', () => {
  beforeEach(async () => {
    database = await freshDatabase()
    await seed()
  })

  it('lists the organisations that were members in the year: joined, left and rejoined', async () => {
    expect(await names(2024)).toEqual(['Aker Energi', 'Bygg Bærum', 'Sluttet AS'])
    expect(await names(2025)).toEqual(['Aker Energi', 'Bygg Bærum', 'Ny Høst AS'])
  })

  it('counts a member recorded before status events were kept from its signing date', async () => {
    await database.organisations.add(organisation('old', 'Gammel AS', { status: 'medlem', signedDate: '2025-06-01' }))
    expect(await names(2024)).not.toContain('Gammel AS')
    expect(await names(2025)).toContain('Gammel AS')
  })

  it('derives the criteria from contracts, people and attendance', async () => {
    const year = await loadYear(2025, '2026-06-01')
    const aker = year.rows.find((r) => r.organisation.id === 'a')!
    expect(aker.evaluation.leadership.status).toBe('met')
    expect(aker.evaluation.participation.status).toBe('met')
    expect(aker.evaluation.reporting.status).toBe('not-met')
    expect(aker.overdue).toBe(true)
    expect(aker.climateContacts).toEqual([{ name: 'Kim Klima', email: 'kim@aker.no' }])

    const bygg = year.rows.find((r) => r.organisation.id === 'b')!
    // The signing lunch is not a counting meeting, and no leader is recorded for Bygg Bærum.
    expect(bygg.evaluation.participation.status).toBe('not-met')
    expect(bygg.evaluation.leadership.status).toBe('unknown')
    expect(bygg.evaluation.geography.status).toBe('met')

    const late = year.rows.find((r) => r.organisation.id === 'd')!
    expect(late.evaluation.reporting.status).toBe('not-applicable')
    expect(late.overdue).toBe(false)
    expect(late.evaluation.intent.status).toBe('not-met')
  })

  it('records a received report with today’s date, and the criterion follows', async () => {
    await setReportStatus('a', 2025, 'mottatt', '2026-03-15')
    const year = await loadYear(2025, '2026-06-01')
    const aker = year.rows.find((r) => r.organisation.id === 'a')!
    expect(aker.report?.receivedDate).toBe('2026-03-15')
    expect(aker.evaluation.reporting.status).toBe('met')
    expect(aker.overdue).toBe(false)
    const [entry] = await historyOf('annualReports', aker.report!.id)
    expect(entry?.action).toBe('create')
  })

  it('undoes a status change, received date included', async () => {
    await setReportStatus('a', 2025, 'mottatt', '2026-03-15')
    const before = await setReportStatus('a', 2025, 'ikke-mottatt', '2026-03-20')
    expect(before).toEqual({ status: 'mottatt', receivedDate: '2026-03-15' })
    expect((await loadReportDraft('a', 2025)).report?.receivedDate).toBeNull()
    await restoreReportReceipt('a', 2025, before)
    expect((await loadReportDraft('a', 2025)).report).toMatchObject({ status: 'mottatt', receivedDate: '2026-03-15' })
  })

  it('prefills the checklist from last year, marked, until saved for the year', async () => {
    const last = emptyChecklist()
    last.strategy = true
    last.measuresDone = 'LED-lys'
    last.measuresPlanned = 'Varmepumpe'
    await saveReport('a', 2024, { status: 'godkjent', receivedDate: '2025-03-01', caseNumber: '25/123', checklist: last, prefilledFrom: null })

    const draft = await loadReportDraft('a', 2025)
    expect(draft.prefilledFrom).toBe(2024)
    expect(draft.checklist.strategy).toBe(true)
    expect(draft.checklist.measuresDone).toBe('')
    expect(draft.checklist.measuresPlanned).toBe('Varmepumpe')

    await saveReport('a', 2025, { status: 'mottatt', receivedDate: '2026-02-01', caseNumber: 'Sak 26/9\u0301', checklist: draft.checklist, prefilledFrom: null })
    const saved = await loadReportDraft('a', 2025)
    expect(saved.prefilledFrom).toBeNull()
    expect(saved.report?.caseNumber).toBe('Sak 26/9\u0301'.normalize('NFC'))
    const year = await loadYear(2025, '2026-06-01')
    expect(year.rows.find((r) => r.organisation.id === 'a')!.evaluation.action.status).toBe('met')
  })

  it('attaches the report file and replaces an earlier one', async () => {
    await attachReportFile('a', 2025, { name: 'rapport.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([1, 2]) })
    await attachReportFile('a', 2025, { name: 'rapport-v2.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([3]) })
    const draft = await loadReportDraft('a', 2025)
    expect(draft.attachmentName).toBe('rapport-v2.pdf')
    const files = await database.attachments.toArray()
    expect(files.filter((f) => f.deletedAt === null).map((f) => f.name)).toEqual(['rapport-v2.pdf'])
    expect(files).toHaveLength(2)
  })
})
