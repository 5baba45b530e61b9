import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { E2E_START, expect, expectAccessible, openApp, test } from './fixtures'
import { exportedOrganisation as org, putRows, type StoredRow } from './host/indexed-db'
import { DataPage } from './pages/data-page'

/** A moment after the page's clock started: edits made after the export both copies share. */
const soon = (seconds: number) => new Date(E2E_START.getTime() + seconds * 1000).toISOString()

/** «Bygg as» merged into `into` at `at`, with the merge's own history entry by `userName`. */
function merged(into: string, at: string, userName: string, entry: number): { row: StoredRow; entry: StoredRow } {
  const row = { ...org(2, 'Bygg as', at), deletedAt: at, mergedInto: into }
  const changes = { mergedInto: { from: null, to: into } }
  return { row, entry: { id: `00000000-0000-4000-8000-0000000000${entry}`, at, table: 'organisations', entityId: row.id, action: 'delete', changes, summary: 'Bygg as ble slått sammen', userName, installId: userName } as unknown as StoredRow }
}

/** A field of one stored row, as the database holds it. */
async function fieldOf(page: Page, store: string, id: string, field: string): Promise<unknown> {
  return page.evaluate(async ([storeName, key, name]) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open('nfk-sekretariat')
      open.onsuccess = () => resolve(open.result)
    })
    const row = await new Promise<Record<string, unknown> | undefined>((resolve) => {
      const request = db.transaction(storeName).objectStore(storeName).get(key)
      request.onsuccess = () => resolve(request.result as Record<string, unknown> | undefined)
    })
    db.close()
    return row?.[name]
  }, [store, id, field] as const)
}

test.describe('data: a merge import meets a record merged into two', () => {
  test('lists the fork as a conflict in words, proposes the later merge, counts the user’s choice at once and applies it', async ({ app, host }) => {
    await openApp(app)
    const [a, b, c] = [org(1, 'Bygg AS'), org(2, 'Bygg as'), org(3, 'BYGG AS')]
    await putRows(app, [a, b, c])
    const contact = { ...org(4, 'Kontakt Bygg as'), organisationId: b.id, title: '', email: '', phone: '', roles: ['klimakontakt'] }
    await putRows(app, [contact], 'people')
    const data = new DataPage(app, host)
    await data.open()
    const envelope = JSON.parse(readFileSync(await data.exportEverything(), 'utf8'))

    // Here Kari merged «Bygg as» into «Bygg AS»; in the file Per merged it into «BYGG AS», later.
    const here = merged(a.id, soon(60), 'Kari', 91)
    await putRows(app, [here.row])
    await putRows(app, [here.entry], 'auditLog')
    // Both gave the contact the same title after their merge moved it; Kari's copy is the newer.
    await putRows(app, [{ ...contact, organisationId: a.id, title: 'Daglig leder', updatedAt: soon(150) }], 'people')
    const there = merged(c.id, soon(120), 'Per', 92)
    envelope.exportId = '99999999-0000-4000-8000-000000000004'
    envelope.exportedAt = soon(180)
    envelope.data.organisations[1] = there.row
    envelope.data.people = [{ ...contact, organisationId: c.id, title: 'Daglig leder', updatedAt: soon(120) }]
    envelope.data.auditLog = [...(envelope.data.auditLog ?? []), there.entry]
    envelope.counts.auditLog = envelope.data.auditLog.length
    const file = path.join(host.documentsFolder, 'gaffel.json')
    writeFileSync(file, JSON.stringify(envelope))

    await data.import.importFile(file)
    // With Per's merge proposed, Kari's newer copy of the contact names her survivor: a question too.
    await expect(data.import.text('Konflikter (2)')).toBeVisible()
    await expect(data.import.previewRow('Personer')).toHaveText(/^Personer\s*0\s*0\s*0\s*1\s*0$/)
    await expect(data.import.conflict('Personer', 'Kontakt Bygg as').group).toBeVisible()
    await expect(data.import.text(/Klokken/)).toHaveCount(0)
    const fork = data.import.conflict('Virksomheter', '«Bygg as» er slått sammen med to ulike virksomheter')
    await expect(fork.group).toContainText('Her er «Bygg as» slått sammen med «Bygg AS», i filen med «BYGG AS».')
    await expect(fork.useTheFiles('slått sammen med «BYGG AS» \\(.* av Per\\)')).toBeChecked()
    await fork.keepMine('slått sammen med «Bygg AS» \\(.* av Kari\\)').check()
    // The counts follow the choice before anything is written: the contact stays as here, no question.
    await expect(data.import.previewRow('Personer')).toHaveText(/^Personer\s*0\s*0\s*0\s*0\s*1$/)
    await expect(data.import.text('Konflikter (1)')).toBeVisible()
    await expect(data.import.conflict('Personer', 'Kontakt Bygg as').group).toHaveCount(0)
    await expect(fork.keepMine('slått sammen med «Bygg AS» \\(.* av Kari\\)')).toBeChecked()
    expect(await fieldOf(app, 'people', contact.id, 'updatedAt')).toBe(soon(150))
    expect(await fieldOf(app, 'auditLog', there.entry.id, 'summary')).toBeUndefined()
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/data-import-fork.png', fullPage: true })
    await data.import.apply('merge').click()
    await expect(data.import.text(/Importen er fullført/)).toBeVisible()
    expect(await fieldOf(app, 'organisations', b.id, 'mergedInto')).toBe(a.id)
    expect(await fieldOf(app, 'people', contact.id, 'organisationId')).toBe(a.id)
    expect(await fieldOf(app, 'organisations', c.id, 'mergedInto')).toBeUndefined()
    expect(await fieldOf(app, 'auditLog', there.entry.id, 'summary')).toBe('Bygg as ble slått sammen')
  })
})
