/**
 * Two laptops, one shared folder (issue 16): each is its own browser context (its own IndexedDB)
 * with its own test host (its own main config), and both hosts point at the same folder.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Locator, Page } from '@playwright/test'
import { connectHost, E2E_START, expect, expectAccessible, openApp, test } from './fixtures'
import { TestHost } from './host/test-host'
import { DataPage } from './pages/data-page'
import { OrganisationEditor } from './pages/organisation-editor'
import { OrganisationPage } from './pages/organisation-page'
import { RegisterPage } from './pages/register-page'
import { expectApart } from './pages/notice-layout'
import { notice, screenshotWholePage } from './pages/shell'
import { SyncPage } from './pages/sync-page'

const RECORD = 'Virksomheten «Bygg AS»'

type Laptop = { page: Page; host: TestHost; sync: SyncPage }

async function secondLaptop(browser: Browser): Promise<Laptop & { close: () => Promise<void> }> {
  const context = await browser.newContext()
  const page = await context.newPage()
  const host = new TestHost(E2E_START)
  await connectHost(page, host)
  return {
    page,
    host,
    sync: new SyncPage(page),
    close: async () => {
      await context.close()
      host.dispose()
    },
  }
}

/** Chooses the shared folder in Synkronisering and waits for the first round to finish. */
async function join(l: Laptop, folder: string): Promise<void> {
  await l.sync.open()
  l.host.answerFolder(folder)
  await l.sync.chooseFolder.click()
  await expect(l.sync.facts.getByText('Sist synkronisert')).toBeVisible()
  await expect(l.sync.facts.getByText('Ikke ennå')).toBeHidden()
}

async function editOrganisation(page: Page, fields: { street?: string; notes?: string }): Promise<void> {
  const register = new RegisterPage(page)
  await register.open()
  await register.openOrganisation('Bygg AS')
  const org = new OrganisationPage(page, 'Bygg AS')
  await org.edit.click()
  const form = new OrganisationEditor(page, 'Bygg AS')
  await form.submit(fields)
  await expect(org.heading).toBeVisible()
}

/** Every button of the dialog is as tall as its one line of text needs: no label wraps inside it. */
async function expectButtonsOnOneLine(dialog: Locator): Promise<void> {
  const heights = await dialog.getByRole('button').evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().height)))
  const lineHeight = await dialog.getByRole('button').first().evaluate((b) => Number.parseFloat(getComputedStyle(b).lineHeight) || 20)
  for (const h of heights) expect(h, `button heights ${heights.join(', ')}`).toBeLessThan(2 * lineHeight)
}

async function syncAll(...laptops: Laptop[]): Promise<void> {
  for (const l of laptops) {
    await l.sync.open()
    await l.sync.sync()
    await expect(l.sync.problems).toBeHidden()
  }
}

test.describe('sync through a shared folder', () => {
  let shared: string
  test.beforeEach(() => {
    shared = mkdtempSync(path.join(os.tmpdir(), 'nfk-delt-'))
  })
  test.afterEach(() => rmSync(shared, { recursive: true, force: true }))

  test('edits of different fields on two laptops are both on both, and a conflict decided on one is settled on the other', async ({ app, host, browser }) => {
    const kari: Laptop = { page: app, host, sync: new SyncPage(app) }
    await openApp(app, 'Kari Nordmann')
    await app.goto('/#/virksomheter/ny')
    await new OrganisationEditor(app).submit({ name: 'Bygg AS', street: 'Storgata 1' })
    await expect(new OrganisationPage(app, 'Bygg AS').heading).toBeVisible()
    await kari.sync.openFromSettings()
    await expect(kari.sync.chooseFolder).toBeVisible()
    await expect(kari.sync.badge).toBeHidden()
    await join(kari, shared)

    const ola = await secondLaptop(browser)
    try {
      await openApp(ola.page, 'Ola Hansen')
      await join(ola, shared)
      await expect(ola.sync.laptop('Kari Nordmann')).toBeVisible()

      // Different fields of one organisation, one on each laptop: both edits end up on both.
      await editOrganisation(kari.page, { street: 'Kirkegata 5' })
      await editOrganisation(ola.page, { notes: 'Ringes i januar' })
      await syncAll(kari, ola, kari)
      for (const page of [kari.page, ola.page]) {
        await page.goto('/#/virksomheter')
        await new RegisterPage(page).openOrganisation('Bygg AS')
        const org = new OrganisationPage(page, 'Bygg AS')
        await expect(org.text(/Kirkegata 5/)).toBeVisible()
        await expect(org.text('Ringes i januar')).toBeVisible()
      }
      await expect(kari.sync.badge).toContainText('Alt er sendt')
      await expect(kari.sync.badge).toContainText('1 annen maskin')

      // The same field on both, neither having seen the other: one conflict, in words, on each laptop.
      await editOrganisation(kari.page, { notes: 'Kari sier ja' })
      await editOrganisation(ola.page, { notes: 'Ola sier nei' })
      await syncAll(kari, ola, kari)
      const onKari = kari.sync.conflict('Notater', RECORD)
      await expect(onKari).toContainText('«Kari sier ja» – endret av «Kari Nordmann» (denne maskinen)')
      await expect(onKari).toContainText('«Ola sier nei» – endret av «Ola Hansen»')
      await expect(kari.sync.openConflicts.getByRole('listitem', { name: /Notater for/ })).toHaveCount(1)
      await expect(kari.sync.badge).toContainText('1 konflikt å avgjøre')
      await screenshotWholePage(kari.page, test.info().outputPath('sync-conflict.png'))
      await expectAccessible(kari.page)
      // The page's last part, scrolled to the bottom of the window, stands above the notices, not under them.
      await kari.sync.sync()
      const done = notice(kari.page, 'Synkroniseringen er ferdig.')
      const lastPart = kari.sync.main.getByRole('region', { name: 'Mulige duplikater' })
      await lastPart.evaluate((el) => el.scrollIntoView({ block: 'end' }))
      await expectApart(kari.page, lastPart, done)
      await expectApart(kari.page, kari.sync.keep('«Ola sier nei»', 'Notater', RECORD), done)
      await kari.page.screenshot({ path: test.info().outputPath('sync-conflict-bottom.png') })

      await kari.sync.keep('«Kari sier ja»', 'Notater', RECORD).click()
      await expect(kari.sync.conflictsRegion.getByText('Ingen konflikter å avgjøre.')).toBeVisible()

      // Ola saw the conflict too; Kari's decision reaches Ola and settles it there.
      await ola.sync.open()
      await expect(ola.sync.conflict('Notater', RECORD)).toBeVisible()
      await syncAll(kari, ola)
      await expect(ola.sync.conflictsRegion.getByText('Ingen konflikter å avgjøre.')).toBeVisible()
      await screenshotWholePage(ola.page, test.info().outputPath('sync-settled.png'))
      await ola.page.goto('/#/virksomheter')
      await new RegisterPage(ola.page).openOrganisation('Bygg AS')
      await expect(new OrganisationPage(ola.page, 'Bygg AS').text('Kari sier ja')).toBeVisible()
    } finally {
      await ola.close()
    }
  })

  test('an import on a synced laptop reaches the others, and "Erstatt alt" first shows what they would lose', async ({ app, host, browser }) => {
    const kari: Laptop = { page: app, host, sync: new SyncPage(app) }
    await openApp(app, 'Kari Nordmann')
    await app.goto('/#/virksomheter/ny')
    await new OrganisationEditor(app).submit({ name: 'Bygg AS', street: 'Storgata 1' })
    await expect(new OrganisationPage(app, 'Bygg AS').heading).toBeVisible()
    await join(kari, shared)
    const data = new DataPage(app, host)
    await data.open()
    const exported = await data.exportEverything()
    // The same file with one more organisation, as another laptop outside the group might send it.
    const envelope = JSON.parse(readFileSync(exported, 'utf8'))
    const bygg = envelope.data.organisations[0]
    envelope.data.organisations.push({ ...bygg, id: '99999999-0000-4000-8000-000000000017', name: 'Nytt Energi AS' })
    envelope.counts.organisations = envelope.data.organisations.length
    envelope.exportId = '99999999-0000-4000-8000-000000000018'
    const withNew = path.join(host.documentsFolder, 'med-ny.json')
    writeFileSync(withNew, JSON.stringify(envelope))

    const ola = await secondLaptop(browser)
    try {
      await openApp(ola.page, 'Ola Hansen')
      await join(ola, shared)

      await data.open()
      await data.import.importFile(withNew)
      await expect(data.import.previewRow('Virksomheter')).toHaveText(/Virksomheter\s*1/)
      await data.import.apply('merge').click()
      await expect(data.import.text(/Importen er fullført:/)).toBeVisible()
      await syncAll(kari, ola)
      await ola.page.goto('/#/virksomheter')
      await new RegisterPage(ola.page).openOrganisation('Nytt Energi AS')
      await expect(new OrganisationPage(ola.page, 'Nytt Energi AS').heading).toBeVisible()

      // The first export lacks it: replacing everything with it would take it from the others too.
      await data.open()
      await data.import.importFile(exported, 'replace')
      await data.import.apply('replace').click()
      const question = app.getByRole('dialog', { name: 'Denne maskinen synkroniserer' })
      await expect(question.getByRole('list', { name: 'Dette mister de andre' })).toContainText('Virksomheter: 1')
      await expect(question).toContainText('Blant annet: Nytt Energi AS.')
      await expect(data.import.replaceQuestion).toBeHidden()
      // Three ways out, each label on one line, at a wide window and at a narrow one.
      const ways = [/^Send forskjellen og erstatt$/, /^Forlat synkroniseringen og erstatt$/, /^Avbryt$/]
      await expect(question.getByRole('button')).toHaveText(ways)
      await expectButtonsOnOneLine(question)
      await app.screenshot({ path: test.info().outputPath('sync-replace-question.png') })
      await app.setViewportSize({ width: 800, height: 720 })
      await expectButtonsOnOneLine(question)
      await app.screenshot({ path: test.info().outputPath('sync-replace-question-narrow.png') })
      await question.getByRole('button', { name: 'Avbryt' }).click()
      await expect(question).toBeHidden()
    } finally {
      await ola.close()
    }
  })
})
