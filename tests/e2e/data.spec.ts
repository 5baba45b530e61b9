import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { backupStateOf } from '../../electron/main/host/backup-handlers'
import { expect, expectAccessible, notices, openApp, test } from './fixtures'
import { exportedOrganisation as org, namesIn, putRows, storedText, type StoredRow } from './host/indexed-db'
import { DataPage } from './pages/data-page'
import { SettingsPage } from './pages/settings-page'
import { errorNotice } from './pages/shell'

/** A moment after now, on the same clock the page uses: edits made after the export both copies share. */
const soon = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString()

test.describe('data: export, import and backups', () => {
  test('exports everything, then imports the export by merge and by replace, with the numbers shown first', async ({ app, host }) => {
    await openApp(app)
    await putRows(app, [org(1, 'Én AS'), org(2, 'To AS'), org(3, 'Tre AS')])
    const data = new DataPage(app, host)
    await data.open()
    await expect(data.export.text('Filen inneholder personopplysninger')).toBeVisible()
    await expect(data.backups.none).toBeVisible()
    await expectAccessible(app)

    await data.export.exportAll.click()
    await expect(data.export.text(/Eksporten er lagret i .*\. Den er lest tilbake og kontrollert\./)).toBeVisible()
    const exported = host.savedPaths.at(-1)!
    const envelope = JSON.parse(readFileSync(exported, 'utf8'))
    expect(envelope.counts.organisations).toBe(3)

    // Here: one renamed, one added. "There" (another laptop, after this export): another renamed, one added.
    await putRows(app, [org(1, 'Endret her AS', '2026-11-20T10:00:00.000Z'), org(4, 'Fire her AS', '2026-11-20T10:00:00.000Z')])
    const there = structuredClone(envelope)
    there.exportId = '99999999-0000-4000-8000-000000000001'
    there.exportedAt = soon(120)
    there.data.organisations[1] = { ...there.data.organisations[1], name: 'Endret der AS', updatedAt: soon(60) }
    there.data.organisations.push(org(5, 'Fem der AS', '2026-11-21T10:00:00.000Z'))
    there.counts.organisations = 4
    const therePath = path.join(host.documentsFolder, 'fra-annen-maskin.json')
    writeFileSync(therePath, JSON.stringify(there))

    const { import: importing } = data
    await importing.importFile(therePath)
    await expect(importing.mode('merge')).toBeChecked()
    await expect(importing.previewRow('Virksomheter')).toHaveText(/Virksomheter\s*1\s*1\s*1\s*0\s*1/)
    await app.screenshot({ path: 'test-results/data-merge-preview.png', fullPage: true })
    await expectAccessible(app)
    await importing.apply('merge').click()
    await expect(importing.text(/Importen er fullført: \d+ rader skrevet\. Dataene fra før importen er lagret i .*before-import\.json\./)).toBeVisible()
    expect(await namesIn(app)).toEqual(['Endret der AS', 'Endret her AS', 'Fem der AS', 'Fire her AS', 'Tre AS'])

    await importing.importFile(exported, 'replace')
    await expect(importing.previewRow('Virksomheter')).toHaveText(/Virksomheter\s*0\s*2\s*1\s*2/)
    await importing.apply('replace').click()
    await expect(importing.replaceQuestion).toContainText(/\d+ rader som bare finnes her, fjernes/)
    await importing.confirmReplace.click()
    await expect(importing.text(/Importen er fullført: .*fjernet/)).toBeVisible()
    expect(await namesIn(app)).toEqual(['Tre AS', 'To AS', 'Én AS'].sort())

    await expect(data.backups.row(/Før import/)).toHaveCount(2)
    await app.screenshot({ path: 'test-results/data-after-import.png', fullPage: true })
  })

  test('a corrupt or foreign file changes nothing and says what is wrong', async ({ app, host }) => {
    await openApp(app)
    await putRows(app, [org(1, 'Blir stående AS')])
    const data = new DataPage(app, host)
    await data.open()
    const exported = readFileSync(await data.exportEverything())

    const { import: importing } = data
    const truncated = path.join(host.documentsFolder, 'avkuttet.json')
    writeFileSync(truncated, exported.subarray(0, Math.floor(exported.length * 0.6)))
    await importing.importFile(truncated)
    await expect(importing.problemAbout('avkuttet')).toContainText('Ingenting er endret')

    const poisoned = path.join(host.documentsFolder, 'proto.json')
    writeFileSync(poisoned, exported.toString('utf8').replace('"name":', '"__proto__":{"x":1},"name":'))
    await importing.importFile(poisoned)
    await expect(importing.problemAbout('ulovlig nøkkel')).toContainText('Tabell «organisations», rad 1')

    const newer = path.join(host.documentsFolder, 'nyere.json')
    writeFileSync(newer, exported.toString('utf8').replace('"version": 2', '"version": 9'))
    await importing.importFile(newer)
    await expect(importing.problemAbout('Oppdater programmet')).toBeVisible()

    // A table named after an Object method, and nesting 20,000 deep: a clear refusal, and the progress bar gone.
    const strange = path.join(host.documentsFolder, 'tostring.json')
    writeFileSync(strange, exported.toString('utf8').replace('"data": {', '"data": {\n"toString": [],'))
    await importing.importFile(strange)
    await expect(importing.problemAbout('toString')).toContainText('Tabell «toString» finnes ikke i dette programmet')
    await expect(importing.progress).toHaveCount(0)
    const deep = path.join(host.documentsFolder, 'dyp.json')
    writeFileSync(deep, exported.toString('utf8').replace('"name":', `"dyp":${'['.repeat(20_000)}${']'.repeat(20_000)},"name":`))
    await importing.importFile(deep)
    await expect(importing.problemAbout('nøstet for dypt')).toContainText('Tabell «organisations», rad 1, felt «dyp.0.0.….0.0»: er nøstet for dypt')
    await expect(importing.problem).not.toContainText('Maximum call stack')
    await expect(importing.progress).toHaveCount(0)
    await expect(importing.importFileButton).toBeEnabled()
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/data-bad-file.png', fullPage: true })
    expect(await namesIn(app)).toEqual(['Blir stående AS'])
    await expect(data.backups.none).toBeVisible()
  })

  test('takes a backup on request, lists it and restores it through the preview', async ({ app, host }) => {
    await openApp(app)
    await putRows(app, [org(1, 'Før kopien AS')])
    const data = new DataPage(app, host)
    await data.open()
    await data.backups.backupNow.click()
    const row = data.backups.row(/Manuell/)
    await expect(row).toContainText('1 virksomheter')
    await data.backups.table.screenshot({ path: 'test-results/screens/backup-list.png' })
    await putRows(app, [org(2, 'Etter kopien AS')])
    await data.backups.restore(row).click()
    await data.import.mode('replace').check()
    await expect(data.import.previewRow('Virksomheter')).toHaveText(/Virksomheter\s*0\s*0\s*1\s*1/)
    await data.import.replaceAll()
    await expect(data.import.text(/Importen er fullført:/)).toBeVisible()
    expect(await namesIn(app)).toEqual(['Før kopien AS'])
  })

  test('imports the register from a Windows-1252 CSV with mapped columns, leaving invalid and duplicate rows out', async ({ app, host }) => {
    await openApp(app)
    await putRows(app, [{ ...org(1, 'Finnes Fra Før AS'), orgNumber: '' }])
    const data = new DataPage(app, host)
    await data.open()
    const csv = 'Virksomhet;Organisasjonsnummer;Nivå;Status;Signert;Kontakt\n' +
      'Bølgen AS;974760673;Partner;Medlem;04.05.2025;Åse Ødegård\n' +
      'Feil Nummer AS;974760674;Medlem;Medlem;;\n' +
      'Finnes fra før AS;;Medlem;Medlem;;\n'
    const file = path.join(host.documentsFolder, 'register.csv')
    writeFileSync(file, Buffer.from(csv, 'latin1'))
    const sheet = data.spreadsheet
    await sheet.importSpreadsheet(file)
    await expect(sheet.text('CSV (Windows-1252, skilt med «;»)')).toBeVisible()
    await expect(sheet.column('Kontaktperson')).toHaveValue('5')
    await expect(sheet.include(2, 'Bølgen AS')).toBeChecked()
    await expect(sheet.include(3, 'Feil Nummer AS')).toBeDisabled()
    await expect(sheet.row('Feil Nummer AS')).toContainText('kontrollsifferet stemmer ikke')
    await expect(sheet.include(4, 'Finnes fra før AS')).not.toBeChecked()
    await expect(sheet.row('Finnes fra før AS')).toContainText('Navnet finnes allerede')
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/data-spreadsheet.png', fullPage: true })
    await sheet.importButton(1).click()
    await expect(notices(app).getByText('1 virksomheter er importert fra register.csv.')).toBeVisible()
    expect(await namesIn(app)).toEqual(['Bølgen AS', 'Finnes Fra Før AS'])
  })

  test('erases a person for good after a confirmation, and keeps the retention setting', async ({ app, host }) => {
    await openApp(app)
    await putRows(app, [org(1, 'Ruoŧŧa AS')])
    const person = { ...org(2, 'Ánde Ŋuolla'), organisationId: org(1, '').id, title: 'Leder', email: 'ande@example.no', phone: '', roles: ['toppleder'] }
    await putRows(app, [person], 'people')
    // Rows written behind Dexie's back: reload so the live-query cache (the dashboard reads people) sees them.
    await app.reload()
    const data = new DataPage(app, host)
    await data.open()
    const { privacy } = data
    await privacy.setRetention('0')
    await expect(privacy.text('Skriv et helt antall år fra 1 til 20.')).toBeVisible()
    await privacy.setRetention('5')
    await expect(notices(app).getByText('Oppbevaringstiden er lagret.')).toBeVisible()

    await privacy.startErasing('Ánde Ŋuolla – Ruoŧŧa AS')
    await expect(privacy.eraseQuestion).toBeVisible()
    await expectAccessible(app)
    await privacy.cancelErase.click()
    expect(await namesIn(app, 'people')).toEqual(['Ánde Ŋuolla'])
    await privacy.erase.click()
    await privacy.confirmErase.click()
    await expect(notices(app).getByText('Ánde Ŋuolla er slettet for godt.')).toBeVisible()
    expect(await namesIn(app, 'people')).toEqual([''])
    await app.reload()
    await expect(privacy.retentionYears).toHaveValue('5')
    await app.screenshot({ path: 'test-results/data-privacy.png', fullPage: true })
  })

  test('lists a row changed on both copies as a conflict and applies the user’s choice', async ({ app, host }) => {
    await openApp(app)
    await putRows(app, [org(1, 'Felles AS'), org(2, 'Urørt AS')])
    const data = new DataPage(app, host)
    await data.open()
    const envelope = JSON.parse(readFileSync(await data.exportEverything(), 'utf8'))

    await putRows(app, [org(1, 'Endret her AS', soon(60))])
    envelope.exportId = '99999999-0000-4000-8000-000000000002'
    envelope.exportedAt = soon(180)
    envelope.data.organisations[0] = { ...envelope.data.organisations[0], name: 'Endret der AS', updatedAt: soon(120) }
    const file = path.join(host.documentsFolder, 'konflikt.json')
    writeFileSync(file, JSON.stringify(envelope))

    await data.import.importFile(file)
    await expect(data.import.previewRow('Virksomheter')).toHaveText(/Virksomheter\s*0\s*0\s*1\s*1\s*0/)
    // The record and what differs, per side, in words.
    const conflict = data.import.conflict('Virksomheter', 'Virksomheten «Endret her AS»')
    await expect(conflict.useTheFiles('Navn: «Endret der AS»')).toBeChecked()
    await conflict.keepMine('Navn: «Endret her AS»').check()
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/data-conflict.png', fullPage: true })
    await data.import.apply('merge').click()
    await expect(data.import.text(/Importen er fullført:/)).toBeVisible()
    expect(await namesIn(app)).toEqual(['Endret her AS', 'Urørt AS'])
  })

  test('restoring an older backup with "Erstatt alt" keeps an erased person erased, and the preview says so', async ({ app, host }) => {
    await openApp(app)
    await putRows(app, [org(1, 'Ruoŧŧa AS')])
    const person = { ...org(2, 'Ánde Ŋuolla'), organisationId: org(1, '').id, title: 'Leder', email: 'ande@example.no', phone: '', roles: ['toppleder'] }
    await putRows(app, [person], 'people')
    const entry = { id: '00000000-0000-4000-8000-000000000099', at: '2026-11-01T10:00:00.000Z', table: 'people', entityId: person.id, action: 'create', changes: {}, summary: 'Ánde Ŋuolla ble lagt til', userName: 'Kari', installId: 'x' }
    await putRows(app, [entry as unknown as StoredRow], 'auditLog')
    await app.reload()
    const data = new DataPage(app, host)
    await data.open()
    await data.backups.backupNow.click()
    const backup = data.backups.row(/Manuell/)
    await expect(backup).toBeVisible()

    const { privacy } = data
    await expect(privacy.region).toContainText('Sikkerhetskopier tatt før slettingen inneholder opplysningene i opptil 12 måneder')
    await expect(privacy.region).toContainText('Gjenoppretter du en slik kopi, eller importerer en eldre eksport, slettes personen igjen')
    await privacy.startErasing('Ánde Ŋuolla – Ruoŧŧa AS')
    await privacy.confirmErase.click()
    await expect(notices(app).getByText('Ánde Ŋuolla er slettet for godt.')).toBeVisible()

    await data.backups.restore(backup).click()
    await data.import.mode('replace').check()
    await expect(data.import.text(/Filen inneholder 1 person som er slettet for godt/)).toContainText(
      '(1 av dem med opplysninger som fortsatt står i filen). De forblir slettet: opplysningene leses ikke inn igjen',
    )
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/data-erased-preview.png', fullPage: true })
    await data.import.replaceAll()
    await expect(data.import.text(/Importen er fullført/)).toBeVisible()
    expect(await namesIn(app, 'people')).toEqual([''])
    const log = await storedText(app, 'auditLog')
    expect(log).not.toContain('Ánde')
    expect(log).toContain('slettet person')
  })

  test('warns that the other laptop’s clock looks wrong and never lets its row win by itself', async ({ app, host }) => {
    await openApp(app)
    await putRows(app, [org(1, 'Felles AS')])
    const data = new DataPage(app, host)
    await data.open()
    const envelope = JSON.parse(readFileSync(await data.exportEverything(), 'utf8'))
    envelope.exportId = '99999999-0000-4000-8000-000000000003'
    envelope.exportedAt = soon(60)
    envelope.data.organisations[0] = { ...envelope.data.organisations[0], name: 'Fra 2031 AS', updatedAt: '2031-01-01T10:00:00.000Z' }
    const file = path.join(host.documentsFolder, 'feil-klokke.json')
    writeFileSync(file, JSON.stringify(envelope))

    await data.import.importFile(file)
    await expect(data.import.text(/Klokken på maskinen som laget filen ser ut til å gå feil/)).toContainText('1 rad er merket med et tidspunkt mer enn et døgn etter at filen ble eksportert')
    const conflict = data.import.conflict('Virksomheter', 'Felles AS')
    await expect(conflict.group).toContainText('klokken på den andre maskinen ser ut til å gå feil')
    await expect(conflict.keepMine('Navn: «Felles AS»')).toBeChecked()
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/data-clock-preview.png', fullPage: true })
    await data.import.apply('merge').click()
    await expect(data.import.text(/Importen er fullført/)).toBeVisible()
    expect(await namesIn(app)).toEqual(['Felles AS'])
  })

  test('backs up on close into the data folder and the chosen second folder, and reports a failed close at next start', async ({ app, host }) => {
    await openApp(app)
    await putRows(app, [org(1, 'Lukkes AS')])
    const settings = new SettingsPage(app)
    await settings.open()
    const share = path.join(host.root, 'Fellesmappe')
    host.answerFolder(share)
    await settings.chooseBackupFolder.click()
    await expect(settings.text(share)).toBeVisible()

    // Electron's close handler runs exactly this: ask the page, wait for its answer.
    expect(await backupStateOf(host.context).close.run()).toBe('ok')
    expect(readdirSync(share).filter((n) => n.endsWith('-close.json'))).toHaveLength(1)
    const data = new DataPage(app, host)
    await data.open()
    await expect(data.backups.row(/Ved lukking/)).toContainText('1 virksomheter')

    await backupStateOf(host.context).store.recordCloseFailure('disken var full')
    await app.reload()
    await expect(errorNotice(app, 'da programmet ble lukket')).toContainText('disken var full')
  })
})
