/**
 * A merge import's conflicts in words (issue 16): a registration and an application changed on both
 * copies are listed by what they are ("Påmeldingen til … for …", "Søknaden fra …"), each side with
 * the fields that differ and their values in words, and no id anywhere on the screen.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { connectHost, E2E_START, expect, expectAccessible, openApp, test } from './fixtures'
import { TestHost } from './host/test-host'
import { exportedOrganisation as org, putStores } from './host/indexed-db'
import { DataPage } from './pages/data-page'
import { EventPage } from './pages/event-page'
import { screenshotWholePage } from './pages/shell'
import { SyncPage } from './pages/sync-page'

/** A moment after the page's clock starts (E2E_START): edits made after the export both copies share, by clocks that agree. */
const soon = (seconds: number) => new Date(E2E_START.getTime() + seconds * 1000).toISOString()
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i
const at = '2026-11-01T10:00:00.000Z'
const base = { createdAt: at, updatedAt: at, deletedAt: null }
/** As the editor saves an organisation (the event page reads its sector). */
const ORG = { ...org(1, 'Bygg AS'), sector: 'Bygg', address: { street: '', postalCode: '', municipality: '' }, website: '', employeeBand: '', notes: '', partnerFee: [] }
const PERSON = '00000000-0000-4000-8000-000000000021'
const EVENT = '00000000-0000-4000-8000-000000000031'
const REGISTRATION = '00000000-0000-4000-8000-000000000041'
const APPLICATION = '00000000-0000-4000-8000-000000000051'
const answers = (today: string) => [
  { question: 'Hvorfor vil dere bli med?', answer: 'For klimaet' },
  { question: 'Hva gjør dere i dag?', answer: today },
]

/** Bygg AS, Kari Nordmann registered for a signing lunch, and Bygg AS's application: as the export writes them. */
const lunchAndApplication = () => ({
  organisations: [ORG],
  people: [{ ...base, id: PERSON, organisationId: ORG.id, name: 'Kari Nordmann', title: 'Daglig leder', email: 'kari@bygg.no', phone: '', roles: ['toppleder'] }],
  events: [{ ...base, id: EVENT, kind: 'signeringslunsj', title: 'Signeringslunsj 28.11.2026', date: '2026-11-28', startTime: '11:00', endTime: '13:00', place: 'Rådhuset', room: '', capacity: null, notes: '', cancelledAt: null, lunch: null }],
  registrations: [{ ...base, id: REGISTRATION, eventId: EVENT, organisationId: ORG.id, personId: PERSON, rolesAtTime: ['toppleder'], status: 'pameldt', checkedInAt: null, walkIn: false }],
  applications: [{ ...base, id: APPLICATION, organisationId: ORG.id, formId: '17', date: '2026-10-01', startedAt: '', submittedAt: '', tier: 'medlem', answers: answers('Lite'), source: 'skjema.xlsx' }],
})

test.describe('a merge import’s conflicts in words', () => {
  test('a registration and an application changed on both copies are named, with what differs on each side, and no id', async ({ app, host }) => {
    await openApp(app)
    await putStores(app, lunchAndApplication())
    const data = new DataPage(app, host)
    await data.open()
    const envelope = JSON.parse(readFileSync(await data.exportEverything(), 'utf8'))

    // Here, after the shared export: Kari cancelled, and the application's answer was corrected.
    const registration = envelope.data.registrations[0]
    const application = envelope.data.applications[0]
    await putStores(app, {
      registrations: [{ ...registration, status: 'avmeldt', updatedAt: soon(60) }],
      applications: [{ ...application, answers: answers('Vi sykler til jobben'), updatedAt: soon(60) }],
    })
    // In the file, from another laptop: Kari came, and the same answer says something else.
    envelope.exportId = '99999999-0000-4000-8000-000000000004'
    envelope.exportedAt = soon(180)
    envelope.data.registrations[0] = { ...registration, status: 'mott', updatedAt: soon(120) }
    envelope.data.applications[0] = { ...application, answers: answers('Vi har solceller på taket'), updatedAt: soon(120) }
    const file = path.join(host.documentsFolder, 'konflikt-i-ord.json')
    writeFileSync(file, JSON.stringify(envelope))

    await data.import.importFile(file)
    const lunch = data.import.conflict('Påmeldinger og oppmøte', 'Påmeldingen til «Signeringslunsj 28.11.2026» for «Kari Nordmann»')
    await expect(lunch.keepMine('Status: Avmeldt \\(endret')).toBeVisible()
    await expect(lunch.useTheFiles('Status: Møtt \\(endret')).toBeChecked()
    const applying = data.import.conflict('Søknader', 'Søknaden fra «Bygg AS»')
    // Only the answer that differs, question and answer, on each side.
    await expect(applying.keepMine('Svar: Hva gjør dere i dag\\? «Vi sykler til jobben» \\(endret')).toBeVisible()
    await expect(applying.useTheFiles('Svar: Hva gjør dere i dag\\? «Vi har solceller på taket» \\(endret')).toBeChecked()
    await expect(applying.group).not.toContainText('Hvorfor vil dere bli med?')
    // Changed on both sides, by clocks that agree: no clock warning, just the choice.
    await expect(data.import.text(/Klokken på/)).toHaveCount(0)
    expect(await data.import.region.innerText()).not.toMatch(UUID)
    await expectAccessible(app)
    await data.import.region.getByRole('heading', { name: /Konflikter/ }).scrollIntoViewIfNeeded()
    await app.screenshot({ path: 'test-results/screens/conflict-words-import.png', fullPage: true })

    await lunch.keepMine('Status: Avmeldt').check()
    await data.import.apply('merge').click()
    await expect(data.import.text(/Importen er fullført:/)).toBeVisible()
  })
})

/** Chooses the shared folder in Synkronisering and waits for the first round to finish. */
async function join(page: Page, host: TestHost, folder: string): Promise<SyncPage> {
  const sync = new SyncPage(page)
  await sync.open()
  host.answerFolder(folder)
  await sync.chooseFolder.click()
  await expect(sync.facts.getByText('Sist synkronisert')).toBeVisible()
  await expect(sync.facts.getByText('Ikke ennå')).toBeHidden()
  return sync
}

async function setStatus(page: Page, status: string): Promise<void> {
  const event = new EventPage(page)
  await event.open(EVENT)
  await event.registrations.status('Kari Nordmann').selectOption(status)
  await expect(event.registrations.status('Kari Nordmann')).toHaveValue(status)
}

test.describe('sync’s conflicts in words', () => {
  let shared: string
  test.beforeEach(() => {
    shared = mkdtempSync(path.join(os.tmpdir(), 'nfk-ord-'))
  })
  test.afterEach(() => rmSync(shared, { recursive: true, force: true }))

  test('a registration changed on two laptops at once is listed by its lunch and person, with both statuses in words and no id', async ({ app, host, browser }) => {
    await openApp(app, 'Kari Nordmann')
    await putStores(app, lunchAndApplication())
    const kari = await join(app, host, shared)

    const context = await browser.newContext()
    const olaHost = new TestHost(E2E_START)
    try {
      const olaPage = await context.newPage()
      await connectHost(olaPage, olaHost)
      await openApp(olaPage, 'Ola Hansen')
      const ola = await join(olaPage, olaHost, shared)

      await setStatus(app, 'avmeldt')
      await setStatus(olaPage, 'mott')
      for (const sync of [kari, ola, kari]) {
        await sync.open()
        await sync.sync()
      }
      const record = 'Påmeldingen til «Signeringslunsj 28.11.2026» for «Kari Nordmann»'
      const conflict = kari.conflict('Status', record)
      await expect(conflict).toContainText('Avmeldt – endret av «Kari Nordmann» (denne maskinen)')
      await expect(conflict).toContainText('Møtt – endret av «Ola Hansen»')
      await expect(kari.keep('Møtt', 'Status', record)).toBeVisible()
      expect(await kari.conflictsRegion.innerText()).not.toMatch(UUID)
      await expectAccessible(app)
      await kari.conflictsRegion.scrollIntoViewIfNeeded()
      await screenshotWholePage(app, 'test-results/screens/conflict-words-sync.png')
    } finally {
      await context.close()
      olaHost.dispose()
    }
  })
})
