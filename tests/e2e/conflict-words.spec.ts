/**
 * A merge import's conflicts in words (issue 16): a registration and an application changed on both
 * copies are listed by what they are ("Påmeldingen til … for …", "Søknaden fra …"), each side with
 * the fields that differ and their values in words, and no id anywhere on the screen.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { E2E_START, expect, expectAccessible, openApp, test } from './fixtures'
import { exportedOrganisation as org, putStores } from './host/indexed-db'
import { DataPage } from './pages/data-page'

/** A moment after the page's clock starts (E2E_START): edits made after the export both copies share, by clocks that agree. */
const soon = (seconds: number) => new Date(E2E_START.getTime() + seconds * 1000).toISOString()
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i
const at = '2026-11-01T10:00:00.000Z'
const base = { createdAt: at, updatedAt: at, deletedAt: null }
const ORG = org(1, 'Bygg AS')
const PERSON = '00000000-0000-4000-8000-000000000021'
const EVENT = '00000000-0000-4000-8000-000000000031'
const REGISTRATION = '00000000-0000-4000-8000-000000000041'
const APPLICATION = '00000000-0000-4000-8000-000000000051'
const answers = (today: string) => [
  { question: 'Hvorfor vil dere bli med?', answer: 'For klimaet' },
  { question: 'Hva gjør dere i dag?', answer: today },
]

test.describe('a merge import’s conflicts in words', () => {
  test('a registration and an application changed on both copies are named, with what differs on each side, and no id', async ({ app, host }) => {
    await openApp(app)
    await putStores(app, {
      organisations: [ORG],
      people: [{ ...base, id: PERSON, organisationId: ORG.id, name: 'Kari Nordmann', title: 'Daglig leder', email: 'kari@bygg.no', phone: '', roles: ['toppleder'] }],
      events: [{ ...base, id: EVENT, kind: 'signeringslunsj', title: 'Signeringslunsj 28.11.2026', date: '2026-11-28', startTime: '11:00', endTime: '13:00', place: 'Rådhuset', room: '', capacity: null, notes: '', cancelledAt: null, lunch: null }],
      registrations: [{ ...base, id: REGISTRATION, eventId: EVENT, organisationId: ORG.id, personId: PERSON, rolesAtTime: ['toppleder'], status: 'pameldt', checkedInAt: null, walkIn: false }],
      applications: [{ ...base, id: APPLICATION, organisationId: ORG.id, formId: '17', date: '2026-10-01', startedAt: '', submittedAt: '', tier: 'medlem', answers: answers('Lite'), source: 'skjema.xlsx' }],
    })
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
    await expect(applying.keepMine('Svar: Hva gjør dere i dag\\?: «Vi sykler til jobben» \\(endret')).toBeVisible()
    await expect(applying.useTheFiles('Svar: Hva gjør dere i dag\\?: «Vi har solceller på taket» \\(endret')).toBeChecked()
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
