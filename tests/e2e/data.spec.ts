import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { backupStateOf } from '../../electron/main/host/backup-handlers'
import { expect, expectAccessible, notices, openApp, test } from './fixtures'

type Org = { id: string; name: string; updatedAt: string; [key: string]: unknown }

const org = (n: number, name: string, updatedAt = '2026-11-01T10:00:00.000Z'): Org => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt,
  deletedAt: null,
  name,
  orgNumber: '974760673',
  status: 'medlem',
  tier: 'medlem',
  signedDate: '2026-03-01',
})

/** Test set-up and inspection straight in the app's IndexedDB, as another feature's screens would write it. */
async function putOrganisations(page: Page, rows: Org[], store = 'organisations') {
  await page.evaluate(async ([items, storeName]) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('nfk-sekretariat')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    const tx = db.transaction(storeName, 'readwrite')
    for (const item of items) tx.objectStore(storeName).put(item)
    await new Promise((resolve) => (tx.oncomplete = resolve))
    db.close()
  }, [rows, store] as const)
}

async function organisationNames(page: Page, store = 'organisations'): Promise<string[]> {
  return page.evaluate(async (storeName) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open('nfk-sekretariat')
      req.onsuccess = () => resolve(req.result)
    })
    const rows = await new Promise<{ name: string }[]>((resolve) => {
      const req = db.transaction(storeName).objectStore(storeName).getAll()
      req.onsuccess = () => resolve(req.result as { name: string }[])
    })
    db.close()
    return rows.map((r) => r.name).sort()
  }, store)
}

/** A moment after now, on the same clock the page uses: edits made after the export both copies share. */
const soon = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString()

function previewRow(page: Page, table: string) {
  return page.getByRole('table', { name: 'Forhåndsvisning per tabell' }).getByRole('row', { name: new RegExp(`^${table}`) })
}

test.describe('data: export, import and backups', () => {
  test('exports everything, then imports the export by merge and by replace, with the numbers shown first', async ({ app, host }) => {
    await openApp(app)
    await putOrganisations(app, [org(1, 'Én AS'), org(2, 'To AS'), org(3, 'Tre AS')])
    await app.getByRole('link', { name: 'Data' }).click()
    await expect(app.getByRole('main').getByText('Filen inneholder personopplysninger')).toBeVisible()
    await expect(app.getByRole('region', { name: 'Ingen sikkerhetskopier ennå' })).toBeVisible()
    await expectAccessible(app)

    await app.getByRole('button', { name: 'Eksporter alt' }).click()
    await expect(app.getByRole('main').getByText(/Eksporten er lagret i .*\. Den er lest tilbake og kontrollert\./)).toBeVisible()
    const exportPath = host.saveRequests.at(-1)?.defaultFolder
    const exported = path.join(exportPath ?? host.documentsFolder, host.saveRequests.at(-1)?.suggestedName ?? '')
    const envelope = JSON.parse(readFileSync(exported, 'utf8'))
    expect(envelope.counts.organisations).toBe(3)

    // Here: one renamed, one added. "There" (another laptop, after this export): another renamed, one added.
    await putOrganisations(app, [org(1, 'Endret her AS', '2026-11-20T10:00:00.000Z'), org(4, 'Fire her AS', '2026-11-20T10:00:00.000Z')])
    const there = structuredClone(envelope)
    there.exportId = '99999999-0000-4000-8000-000000000001'
    there.exportedAt = soon(120)
    there.data.organisations[1] = { ...there.data.organisations[1], name: 'Endret der AS', updatedAt: soon(60) }
    there.data.organisations.push(org(5, 'Fem der AS', '2026-11-21T10:00:00.000Z'))
    there.counts.organisations = 4
    const therePath = path.join(host.documentsFolder, 'fra-annen-maskin.json')
    writeFileSync(therePath, JSON.stringify(there))

    host.answerOpen(therePath)
    await app.getByRole('button', { name: 'Importer fil …' }).click()
    await expect(app.getByRole('radio', { name: /Slå sammen/ })).toBeChecked()
    await expect(previewRow(app, 'Virksomheter')).toHaveText(/Virksomheter\s*1\s*1\s*1\s*0\s*1/)
    await app.screenshot({ path: 'test-results/data-merge-preview.png', fullPage: true })
    await expectAccessible(app)
    await app.getByRole('button', { name: 'Slå sammen' }).click()
    await expect(app.getByRole('main').getByText(/Importen er fullført: \d+ rader skrevet\. Dataene fra før importen er lagret i .*before-import\.json\./)).toBeVisible()
    expect(await organisationNames(app)).toEqual(['Endret der AS', 'Endret her AS', 'Fem der AS', 'Fire her AS', 'Tre AS'])

    host.answerOpen(exported)
    await app.getByRole('button', { name: 'Importer fil …' }).click()
    await app.getByRole('radio', { name: /Erstatt alt/ }).check()
    await expect(previewRow(app, 'Virksomheter')).toHaveText(/Virksomheter\s*0\s*2\s*1\s*2/)
    await app.getByRole('button', { name: 'Erstatt alt' }).click()
    const confirm = app.getByRole('dialog', { name: 'Erstatte alle data?' })
    await expect(confirm).toContainText(/\d+ rader som bare finnes her, fjernes/)
    await confirm.getByRole('button', { name: 'Erstatt alt' }).click()
    await expect(app.getByRole('main').getByText(/Importen er fullført: .*fjernet/)).toBeVisible()
    expect(await organisationNames(app)).toEqual(['Tre AS', 'To AS', 'Én AS'].sort())

    const backups = app.getByRole('table', { name: 'Sikkerhetskopier' })
    await expect(backups.getByRole('row', { name: /Før import/ })).toHaveCount(2)
    await app.screenshot({ path: 'test-results/data-after-import.png', fullPage: true })
  })

  test('a corrupt or foreign file changes nothing and says what is wrong', async ({ app, host }) => {
    await openApp(app)
    await putOrganisations(app, [org(1, 'Blir stående AS')])
    await app.getByRole('link', { name: 'Data' }).click()
    await app.getByRole('button', { name: 'Eksporter alt' }).click()
    await expect(app.getByRole('main').getByText(/Eksporten er lagret i/)).toBeVisible()
    const request = host.saveRequests.at(-1)
    const exported = readFileSync(path.join(request?.defaultFolder ?? host.documentsFolder, request?.suggestedName ?? ''))

    const truncated = path.join(host.documentsFolder, 'avkuttet.json')
    writeFileSync(truncated, exported.subarray(0, Math.floor(exported.length * 0.6)))
    host.answerOpen(truncated)
    await app.getByRole('button', { name: 'Importer fil …' }).click()
    await expect(app.getByRole('alert').filter({ hasText: 'avkuttet' })).toContainText('Ingenting er endret')

    const poisoned = path.join(host.documentsFolder, 'proto.json')
    writeFileSync(poisoned, exported.toString('utf8').replace('"name":', '"__proto__":{"x":1},"name":'))
    host.answerOpen(poisoned)
    await app.getByRole('button', { name: 'Importer fil …' }).click()
    await expect(app.getByRole('alert').filter({ hasText: 'ulovlig nøkkel' })).toContainText('Tabell «organisations», rad 1')

    const newer = path.join(host.documentsFolder, 'nyere.json')
    writeFileSync(newer, exported.toString('utf8').replace('"version": 2', '"version": 9'))
    host.answerOpen(newer)
    await app.getByRole('button', { name: 'Importer fil …' }).click()
    await expect(app.getByRole('alert').filter({ hasText: 'Oppdater programmet' })).toBeVisible()

    // A table named after an Object method, and nesting 20,000 deep: a clear refusal, and the progress bar gone.
    const strange = path.join(host.documentsFolder, 'tostring.json')
    writeFileSync(strange, exported.toString('utf8').replace('"data": {', '"data": {\n"toString": [],'))
    host.answerOpen(strange)
    await app.getByRole('button', { name: 'Importer fil …' }).click()
    await expect(app.getByRole('alert').filter({ hasText: 'toString' })).toContainText('Tabell «toString» finnes ikke i dette programmet')
    await expect(app.getByRole('progressbar')).toHaveCount(0)
    const deep = path.join(host.documentsFolder, 'dyp.json')
    writeFileSync(deep, exported.toString('utf8').replace('"name":', `"dyp":${'['.repeat(20_000)}${']'.repeat(20_000)},"name":`))
    host.answerOpen(deep)
    await app.getByRole('button', { name: 'Importer fil …' }).click()
    await expect(app.getByRole('alert').filter({ hasText: 'nøstet for dypt' })).toContainText('Tabell «organisations», rad 1, felt «dyp.0.0.….0.0»: er nøstet for dypt')
    await expect(app.getByRole('alert')).not.toContainText('Maximum call stack')
    await expect(app.getByRole('progressbar')).toHaveCount(0)
    await expect(app.getByRole('button', { name: 'Importer fil …' })).toBeEnabled()
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/data-bad-file.png', fullPage: true })
    expect(await organisationNames(app)).toEqual(['Blir stående AS'])
    await expect(app.getByRole('region', { name: 'Ingen sikkerhetskopier ennå' })).toBeVisible()
  })

  test('takes a backup on request, lists it and restores it through the preview', async ({ app }) => {
    await openApp(app)
    await putOrganisations(app, [org(1, 'Før kopien AS')])
    await app.getByRole('link', { name: 'Data' }).click()
    await app.getByRole('button', { name: 'Ta sikkerhetskopi nå' }).click()
    const row = app.getByRole('table', { name: 'Sikkerhetskopier' }).getByRole('row', { name: /Manuell/ })
    await expect(row).toContainText('1 virksomheter')
    await putOrganisations(app, [org(2, 'Etter kopien AS')])
    await row.getByRole('button', { name: /Gjenopprett sikkerhetskopien fra/ }).click()
    await app.getByRole('radio', { name: /Erstatt alt/ }).check()
    await expect(previewRow(app, 'Virksomheter')).toHaveText(/Virksomheter\s*0\s*0\s*1\s*1/)
    await app.getByRole('button', { name: 'Erstatt alt' }).click()
    await app.getByRole('dialog', { name: 'Erstatte alle data?' }).getByRole('button', { name: 'Erstatt alt' }).click()
    await expect(app.getByRole('main').getByText(/Importen er fullført:/)).toBeVisible()
    expect(await organisationNames(app)).toEqual(['Før kopien AS'])
  })

  test('imports the register from a Windows-1252 CSV with mapped columns, leaving invalid and duplicate rows out', async ({ app, host }) => {
    await openApp(app)
    await putOrganisations(app, [{ ...org(1, 'Finnes Fra Før AS'), orgNumber: '' }])
    await app.getByRole('link', { name: 'Data' }).click()
    const csv = 'Virksomhet;Organisasjonsnummer;Nivå;Status;Signert;Kontakt\n' +
      'Bølgen AS;974760673;Partner;Medlem;04.05.2025;Åse Ødegård\n' +
      'Feil Nummer AS;974760674;Medlem;Medlem;;\n' +
      'Finnes fra før AS;;Medlem;Medlem;;\n'
    const file = path.join(host.documentsFolder, 'register.csv')
    writeFileSync(file, Buffer.from(csv, 'latin1'))
    host.answerOpen(file)
    await app.getByRole('button', { name: 'Importer regneark …' }).click()
    await expect(app.getByRole('main').getByText('CSV (Windows-1252, skilt med «;»)')).toBeVisible()
    await expect(app.getByLabel('Kontaktperson', { exact: true })).toHaveValue('5')
    const rows = app.getByRole('table', { name: 'Rader fra regnearket' })
    await expect(rows.getByRole('checkbox', { name: 'Ta med linje 2: Bølgen AS' })).toBeChecked()
    await expect(rows.getByRole('checkbox', { name: 'Ta med linje 3: Feil Nummer AS' })).toBeDisabled()
    await expect(rows.getByRole('row', { name: /Feil Nummer AS/ })).toContainText('kontrollsifferet stemmer ikke')
    await expect(rows.getByRole('checkbox', { name: 'Ta med linje 4: Finnes fra før AS' })).not.toBeChecked()
    await expect(rows.getByRole('row', { name: /Finnes fra før AS/ })).toContainText('Navnet finnes allerede')
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/data-spreadsheet.png', fullPage: true })
    await app.getByRole('button', { name: 'Importer 1 virksomheter' }).click()
    await expect(notices(app).getByText('1 virksomheter er importert fra register.csv.')).toBeVisible()
    expect(await organisationNames(app)).toEqual(['Bølgen AS', 'Finnes Fra Før AS'])
  })

  test('erases a person for good after a confirmation, and keeps the retention setting', async ({ app }) => {
    await openApp(app)
    await putOrganisations(app, [org(1, 'Ruoŧŧa AS')])
    const person = { ...org(2, 'Ánde Ŋuolla'), organisationId: org(1, '').id, title: 'Leder', email: 'ande@example.no', phone: '', roles: ['toppleder'] }
    await putOrganisations(app, [person], 'people')
    // Rows written behind Dexie's back: reload so the live-query cache (the dashboard reads people) sees them.
    await app.reload()
    await app.getByRole('link', { name: 'Data' }).click()
    const privacy = app.getByRole('region', { name: 'Personvern' })
    await privacy.getByLabel('År før personer i utmeldte virksomheter foreslås slettet').fill('0')
    await privacy.getByRole('button', { name: 'Lagre oppbevaringstid' }).click()
    await expect(privacy.getByText('Skriv et helt antall år fra 1 til 20.')).toBeVisible()
    await privacy.getByLabel('År før personer i utmeldte virksomheter foreslås slettet').fill('5')
    await privacy.getByRole('button', { name: 'Lagre oppbevaringstid' }).click()
    await expect(notices(app).getByText('Oppbevaringstiden er lagret.')).toBeVisible()

    await privacy.getByLabel('Person', { exact: true }).selectOption({ label: 'Ánde Ŋuolla – Ruoŧŧa AS' })
    await privacy.getByRole('button', { name: 'Slett for godt …' }).click()
    const dialog = app.getByRole('dialog', { name: 'Slette for godt?' })
    await expectAccessible(app)
    await dialog.getByRole('button', { name: 'Avbryt' }).click()
    expect(await organisationNames(app, 'people')).toEqual(['Ánde Ŋuolla'])
    await privacy.getByRole('button', { name: 'Slett for godt …' }).click()
    await dialog.getByRole('button', { name: 'Slett for godt' }).click()
    await expect(notices(app).getByText('Ánde Ŋuolla er slettet for godt.')).toBeVisible()
    expect(await organisationNames(app, 'people')).toEqual([''])
    await app.reload()
    await expect(app.getByRole('region', { name: 'Personvern' }).getByLabel('År før personer i utmeldte virksomheter foreslås slettet')).toHaveValue('5')
    await app.screenshot({ path: 'test-results/data-privacy.png', fullPage: true })
  })

  test('lists a row changed on both copies as a conflict and applies the user’s choice', async ({ app, host }) => {
    await openApp(app)
    await putOrganisations(app, [org(1, 'Felles AS'), org(2, 'Urørt AS')])
    await app.getByRole('link', { name: 'Data' }).click()
    await app.getByRole('button', { name: 'Eksporter alt' }).click()
    await expect(app.getByRole('main').getByText(/Eksporten er lagret i/)).toBeVisible()
    const request = host.saveRequests.at(-1)
    const envelope = JSON.parse(readFileSync(path.join(request?.defaultFolder ?? host.documentsFolder, request?.suggestedName ?? ''), 'utf8'))

    await putOrganisations(app, [org(1, 'Endret her AS', soon(60))])
    envelope.exportId = '99999999-0000-4000-8000-000000000002'
    envelope.exportedAt = soon(180)
    envelope.data.organisations[0] = { ...envelope.data.organisations[0], name: 'Endret der AS', updatedAt: soon(120) }
    const file = path.join(host.documentsFolder, 'konflikt.json')
    writeFileSync(file, JSON.stringify(envelope))

    host.answerOpen(file)
    await app.getByRole('button', { name: 'Importer fil …' }).click()
    await expect(previewRow(app, 'Virksomheter')).toHaveText(/Virksomheter\s*0\s*0\s*1\s*1\s*0/)
    const conflict = app.getByRole('group', { name: 'Virksomheter: Endret her AS' })
    await expect(conflict.getByRole('radio', { name: /Bruk filens: Endret der AS/ })).toBeChecked()
    await conflict.getByRole('radio', { name: /Behold min: Endret her AS/ }).check()
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/data-conflict.png', fullPage: true })
    await app.getByRole('button', { name: 'Slå sammen' }).click()
    await expect(app.getByRole('main').getByText(/Importen er fullført:/)).toBeVisible()
    expect(await organisationNames(app)).toEqual(['Endret her AS', 'Urørt AS'])
  })

  test('restoring an older backup with "Erstatt alt" keeps an erased person erased, and the preview says so', async ({ app }) => {
    await openApp(app)
    await putOrganisations(app, [org(1, 'Ruoŧŧa AS')])
    const person = { ...org(2, 'Ánde Ŋuolla'), organisationId: org(1, '').id, title: 'Leder', email: 'ande@example.no', phone: '', roles: ['toppleder'] }
    await putOrganisations(app, [person], 'people')
    const entry = { id: '00000000-0000-4000-8000-000000000099', at: '2026-11-01T10:00:00.000Z', table: 'people', entityId: person.id, action: 'create', changes: {}, summary: 'Ánde Ŋuolla ble lagt til', userName: 'Kari', installId: 'x' }
    await putOrganisations(app, [entry as unknown as Org], 'auditLog')
    await app.reload()
    await app.getByRole('link', { name: 'Data' }).click()
    await app.getByRole('button', { name: 'Ta sikkerhetskopi nå' }).click()
    const backup = app.getByRole('table', { name: 'Sikkerhetskopier' }).getByRole('row', { name: /Manuell/ })
    await expect(backup).toBeVisible()

    const privacy = app.getByRole('region', { name: 'Personvern' })
    await expect(privacy).toContainText('Sikkerhetskopier tatt før slettingen inneholder opplysningene i opptil 12 måneder')
    await expect(privacy).toContainText('Gjenoppretter du en slik kopi, eller importerer en eldre eksport, slettes personen igjen')
    await privacy.getByLabel('Person', { exact: true }).selectOption({ label: 'Ánde Ŋuolla – Ruoŧŧa AS' })
    await privacy.getByRole('button', { name: 'Slett for godt …' }).click()
    await app.getByRole('dialog', { name: 'Slette for godt?' }).getByRole('button', { name: 'Slett for godt' }).click()
    await expect(app.getByText('Ánde Ŋuolla er slettet for godt.')).toBeVisible()

    await backup.getByRole('button', { name: /Gjenopprett sikkerhetskopien fra/ }).click()
    await app.getByRole('radio', { name: /Erstatt alt/ }).check()
    await expect(app.getByText(/Filen inneholder 1 person som er slettet for godt/)).toContainText(
      '(1 av dem med opplysninger som fortsatt står i filen). De forblir slettet: opplysningene leses ikke inn igjen',
    )
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/data-erased-preview.png', fullPage: true })
    await app.getByRole('button', { name: 'Erstatt alt' }).click()
    await app.getByRole('dialog', { name: 'Erstatte alle data?' }).getByRole('button', { name: 'Erstatt alt' }).click()
    await expect(app.getByText(/Importen er fullført/).first()).toBeVisible()
    expect(await organisationNames(app, 'people')).toEqual([''])
    const log = await app.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const req = indexedDB.open('nfk-sekretariat')
        req.onsuccess = () => resolve(req.result)
      })
      const rows = await new Promise<unknown[]>((resolve) => {
        const req = db.transaction('auditLog').objectStore('auditLog').getAll()
        req.onsuccess = () => resolve(req.result as unknown[])
      })
      db.close()
      return JSON.stringify(rows)
    })
    expect(log).not.toContain('Ánde')
    expect(log).toContain('slettet person')
  })

  test('warns that the other laptop’s clock looks wrong and never lets its row win by itself', async ({ app, host }) => {
    await openApp(app)
    await putOrganisations(app, [org(1, 'Felles AS')])
    await app.getByRole('link', { name: 'Data' }).click()
    await app.getByRole('button', { name: 'Eksporter alt' }).click()
    await expect(app.getByText(/Eksporten er lagret i/)).toBeVisible()
    const request = host.saveRequests.at(-1)
    const envelope = JSON.parse(readFileSync(path.join(request?.defaultFolder ?? host.documentsFolder, request?.suggestedName ?? ''), 'utf8'))
    envelope.exportId = '99999999-0000-4000-8000-000000000003'
    envelope.exportedAt = soon(60)
    envelope.data.organisations[0] = { ...envelope.data.organisations[0], name: 'Fra 2031 AS', updatedAt: '2031-01-01T10:00:00.000Z' }
    const file = path.join(host.documentsFolder, 'feil-klokke.json')
    writeFileSync(file, JSON.stringify(envelope))

    host.answerOpen(file)
    await app.getByRole('button', { name: 'Importer fil …' }).click()
    await expect(app.getByText(/Klokken på maskinen som laget filen ser ut til å gå feil/)).toContainText('1 rad er merket med et tidspunkt mer enn et døgn etter at filen ble eksportert')
    const conflict = app.getByRole('group', { name: 'Virksomheter: Felles AS' })
    await expect(conflict).toContainText('klokken på den andre maskinen ser ut til å gå feil')
    await expect(conflict.getByRole('radio', { name: /Behold min: Felles AS/ })).toBeChecked()
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/data-clock-preview.png', fullPage: true })
    await app.getByRole('button', { name: 'Slå sammen' }).click()
    await expect(app.getByText(/Importen er fullført/).first()).toBeVisible()
    expect(await organisationNames(app)).toEqual(['Felles AS'])
  })

  test('backs up on close into the data folder and the chosen second folder, and reports a failed close at next start', async ({ app, host }) => {
    await openApp(app)
    await putOrganisations(app, [org(1, 'Lukkes AS')])
    await app.getByRole('link', { name: 'Innstillinger' }).click()
    const share = path.join(host.root, 'Fellesmappe')
    host.answerFolder(share)
    await app.getByRole('button', { name: 'Velg ekstra mappe for sikkerhetskopier' }).click()
    await expect(app.getByRole('main').getByText(share)).toBeVisible()

    // Electron's close handler runs exactly this: ask the page, wait for its answer.
    expect(await backupStateOf(host.context).close.run()).toBe('ok')
    expect(readdirSync(share).filter((n) => n.endsWith('-close.json'))).toHaveLength(1)
    await app.getByRole('link', { name: 'Data' }).click()
    await expect(app.getByRole('table', { name: 'Sikkerhetskopier' }).getByRole('row', { name: /Ved lukking/ })).toContainText('1 virksomheter')

    await backupStateOf(host.context).store.recordCloseFailure('disken var full')
    await app.reload()
    await expect(app.getByRole('alert').filter({ hasText: 'da programmet ble lukket' })).toContainText('disken var full')
  })
})
