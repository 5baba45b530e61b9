/**
 * Long work can be stopped: a cancelled import changes nothing, a cancelled contract batch leaves
 * no PDF and records no contract, and each says so. The host holds the work at a known point (as
 * a slow disk or a long render would), so "Avbryt" is pressed while it runs, never racing it.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { PdfJobCancelledError, runPdfJob } from '../../electron/main/pdf'
import { sampleContract } from '../unit/main/pdf/contract-fixtures'
import { cancelledWhileRendering, twoChosen } from './contract-batch-flow'
import { expect, notice, notices, openApp, test } from './fixtures'
import { countRows, exportedOrganisation as org, putRows } from './host/indexed-db'
import { DataPage } from './pages/data-page'

const pdfsIn = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.pdf'))

test.describe('cancelling long work', () => {
  test('a cancelled contract batch writes no PDF, records no contract and says so', async ({ app, host }) => {
    const { batch } = await twoChosen(app)
    await cancelledWhileRendering(app, host, batch, () => app.screenshot({ path: 'test-results/screens/contract-batch-running.png' }))
    await expect(batch.progress).toBeHidden()
    expect(pdfsIn(host.documentsFolder)).toEqual([])
    expect(await countRows(app, 'contracts')).toBe(0)

    // The same batch, not cancelled, does write and record: the cancel above is what stopped it.
    await batch.make.click()
    await expect(notices(app).getByText(/2 klimakontrakter er lagret som/)).toBeVisible()
    expect(pdfsIn(host.documentsFolder)).toHaveLength(1)
    expect(await countRows(app, 'contracts')).toBe(2)
  })

  test('the PDF worker stops a render midway when the job is cancelled, keeping nothing', async () => {
    const stop = new AbortController()
    const job = runPdfJob(
      'contracts',
      { contracts: Array.from({ length: 20 }, () => sampleContract()), merged: true, separate: true },
      { workerFile: path.resolve('out/main/pdf-worker.js'), onProgress: () => stop.abort(), signal: stop.signal },
    )
    await expect(job).rejects.toBeInstanceOf(PdfJobCancelledError)
    // The next job gets a working worker again.
    const output = await runPdfJob('contracts', { contracts: [sampleContract()], merged: true, separate: false }, { workerFile: path.resolve('out/main/pdf-worker.js') })
    expect(output.pageCount).toBeGreaterThan(0)
  })

  test('a cancelled export asks for no file, records nothing and says so', async ({ app, host }) => {
    await openApp(app)
    await putRows(app, [org(1, 'Én AS'), org(2, 'To AS')])
    const page = new DataPage(app, host)
    await page.open()
    const asked = host.saveRequests.length
    // Held before the worker starts (the export first asks main for the app's version), so
    // "Avbryt eksporten" is pressed while the export runs.
    const starting = host.hold('appInfo')
    await page.export.exportAll.click()
    await starting.arrived
    await expect(page.export.running).toBeVisible()
    await expect(page.export.cancel).toBeVisible()
    await app.screenshot({ path: 'test-results/screens/export-running.png' })
    await page.export.cancel.click()
    starting.release()
    await expect(notice(app, 'Eksporten ble avbrutt. Ingen fil er lagret.')).toBeVisible()
    await expect(page.export.cancel).toBeHidden()
    await expect(page.export.exportAll).toBeEnabled()
    expect(host.saveRequests.length).toBe(asked)
    await expect(page.export.saved).toBeHidden()

    // The export's counts while the file is being saved: the same button, now at the end of its bar.
    const saving = host.hold('exportAll')
    await page.export.exportAll.click()
    await saving.arrived
    await expect(page.export.running).toHaveAccessibleName(/Forbereder eksporten: (\d+) av \1/)
    await app.screenshot({ path: 'test-results/screens/export-saving.png' })
    saving.release()
    await expect(page.export.saved).toBeVisible()
    expect(host.saveRequests.length).toBe(asked + 1)
  })

  test('a cancelled import changes nothing and says so', async ({ app, host }) => {
    await openApp(app)
    await putRows(app, [org(1, 'Én AS'), org(2, 'To AS'), org(3, 'Tre AS')])
    const page = new DataPage(app, host)
    await page.open()
    const exported = await page.exportEverything()

    // Added after the export: replacing everything with the file would remove it.
    await putRows(app, [org(4, 'Fire AS')])
    const before = await countRows(app, 'organisations')
    expect(before).toBe(4)
    await page.open()
    await page.import.importFile(exported, 'replace')
    await expect(page.import.previewRow('Virksomheter')).toBeVisible()
    const backingUp = host.hold('writeBackup')
    await page.import.replaceAll()
    await backingUp.arrived
    await app.screenshot({ path: 'test-results/screens/import-running.png' })
    await page.import.cancelImport.click()
    backingUp.release()
    await expect(page.import.region.getByText('Importen ble avbrutt. Ingenting er endret.')).toBeVisible()
    expect(await countRows(app, 'organisations')).toBe(before)

    // Not cancelled, the same import does replace: the organisation added later goes.
    await page.import.importFile(exported, 'replace')
    await page.import.replaceAll()
    await expect(page.import.region.getByText(/Importen er fullført/)).toBeVisible()
    expect(await countRows(app, 'organisations')).toBe(3)
  })
})
