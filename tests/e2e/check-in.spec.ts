import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { extractText } from '../unit/main/pdf/read-pdf'
import { expect, expectAccessible, notices, openApp, test } from './fixtures'
import { meeting, organisation, person, registration, seed } from './events-seed'
import { CheckInPage } from './pages/check-in-page'
import { EventPage } from './pages/event-page'
import { MainMenu, undoButton } from './pages/shell'

const ORGS = ['Bølgen Energi AS', 'Oslo Sporveier', 'Ruter AS', 'Hafslund Oslo Celsio', 'Café Ørnen', 'Skanska Norge AS', 'Bane NOR', 'Statsbygg', 'Aker Solutions', 'Sámi Čuovga AS']
const PEOPLE = [
  'Åse Ødegård', 'Ole Hansen', 'Hanne Olsen', 'Jørn Berg', 'Renée Dupont', 'Máret Ánde', 'Kari Nordmann', 'Per Ås', 'Liv Ullmann', 'Øystein Bakke',
  'Siri Lund', 'Nils Eriksen', 'Ingrid Solberg', 'Tor Haugen', 'Marte Kirkerud', 'Bjørn Dæhlie', 'Sofie Strand', 'Anders Moe', 'Ella Kvam', 'Jonas Gahr',
  'Thea Vik', 'Emil Fossum', 'Nora Lie', 'Henrik Ibsen', 'Maja Rønning', 'Elias Brekke', 'Sara Holm', 'Lukas Dahl', 'Ida Aas', 'Jakob Nilsen',
]

async function openDoor(page: Page): Promise<CheckInPage> {
  const orgs = ORGS.map((n, i) => organisation(n, i % 3 === 0 ? 'partner' : 'medlem'))
  const people = PEOPLE.map((n, i) => person(orgs[i % orgs.length]!, n, `p${i}@firma.no`))
  const event = meeting('Nettverksmøte om mobilitet', '2026-11-28', { capacity: 40 })
  await seed(page, { organisations: orgs, people, events: [event], registrations: people.map((p) => registration(event, p)) })
  const checkIn = new CheckInPage(page)
  await checkIn.open(event.id)
  return checkIn
}

test.describe('door check-in', () => {
  test('a user at the door: ten arrivals by fragments, a walk-in, an undo and a reload keep the counts right', async ({ app }) => {
    await openApp(app)
    const door = await openDoor(app)
    await expect(door.counter).toHaveText(/0 \/ 30/)
    await expect(door.search).toBeFocused()
    // Full-window: Tab never wanders into the app's menu behind the door screen.
    const menu = new MainMenu(app)
    for (let i = 0; i < 3; i++) {
      await app.keyboard.press('Shift+Tab')
      await expect(menu.focused).toHaveCount(0)
    }
    await door.search.focus()

    // Fragments, ignoring case and accents.
    await door.checkIn('ase odeg', 'Åse Ødegård')
    await door.checkIn('RENEE', 'Renée Dupont')
    await door.checkIn('maret', 'Máret Ánde')
    await door.checkIn('daehl', 'Bjørn Dæhlie')
    await door.checkIn('ullm', 'Liv Ullmann')
    await expect(door.counter).toHaveText(/5 \/ 30/)

    // The app is closed and reopened mid-event: nothing is lost.
    await app.reload()
    await expect(door.counter).toHaveText(/5 \/ 30/)
    await expect(door.search).toBeFocused()

    await door.checkIn('ibsen', 'Henrik Ibsen')
    await door.checkIn('oystein', 'Øystein Bakke')
    await door.checkIn('ronn', 'Maja Rønning')
    // Arrow keys move the highlight; a name starting with the fragment ranks first.
    await door.search.fill('han')
    await expect(door.matches.getByRole('option')).toHaveCount(2)
    await expect(door.selectedMatch).toContainText('Hanne Olsen')
    await app.keyboard.press('ArrowDown')
    await expect(door.selectedMatch).toContainText('Ole Hansen')
    await app.screenshot({ path: 'test-results/screens/check-in-matches.png' })
    await app.keyboard.press('Enter')
    await expect(door.message('Ole Hansen (')).toBeVisible()
    // A click checks in the one clicked.
    await door.search.fill('kvam')
    await door.match(/Ella Kvam/).click()
    await expect(door.counter).toHaveText(/10 \/ 30/)

    // Twice is impossible, and the door says when they came.
    await door.search.fill('renee')
    await expect(door.selectedMatch).toContainText('Møtt kl.')
    await app.keyboard.press('Enter')
    await expect(door.message(/Renée Dupont er allerede sjekket inn – kom kl\. \d\d\.\d\d\./)).toBeVisible()
    await expect(door.counter).toHaveText(/10 \/ 30/)

    // A mistaken check-in is undone in one step.
    await door.checkIn('jakob', 'Jakob Nilsen')
    await expect(door.counter).toHaveText(/11 \/ 30/)
    await undoButton(door.message('Jakob Nilsen (')).click()
    await expect(door.counter).toHaveText(/10 \/ 30/)
    await expect(door.message('Innsjekkingen av Jakob Nilsen er angret.')).toBeVisible()
    await expect(door.search).toBeFocused()

    // A walk-in to an existing organisation, found by typing: name, Enter, fragment, Enter.
    await door.search.fill('Nora Nykommer')
    await expect(door.text('Ingen treff på «Nora Nykommer».')).toBeVisible()
    await app.keyboard.press('Enter')
    await expect(door.walkIn.name).toHaveValue('Nora Nykommer')
    await expect(door.walkIn.organisation).toBeFocused()
    await app.keyboard.type('bolgen')
    await expect(door.walkIn.selectedOrganisation).toHaveText('Bølgen Energi AS')
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/screens/check-in-walk-in.png' })
    await app.keyboard.press('Enter')
    await expect(door.message('Nora Nykommer (Bølgen Energi AS) er lagt til og sjekket inn.')).toBeVisible()
    await expect(door.counter).toHaveText(/11 \/ 31/)

    await app.reload()
    await expect(door.counter).toHaveText(/11 \/ 31/)
    await expect(door.recent).toContainText('Nora Nykommer')
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/screens/check-in-after-reload.png' })

    // The event page agrees.
    await door.finish.click()
    const registrations = new EventPage(app).registrations
    await expect(registrations.row('Nora Nykommer')).toContainText('Uten påmelding')
    await expect(registrations.status('Jakob Nilsen')).toHaveValue('pameldt')
    await expect(registrations.status('Renée Dupont')).toHaveValue('mott')

    // After the event: those who never came are recorded as such, in one confirmed step.
    await registrations.markNoShows(20).click()
    await registrations.confirmNoShows.click()
    await expect(registrations.status('Jakob Nilsen')).toHaveValue('ikke-mott')
    await expect(registrations.status('Renée Dupont')).toHaveValue('mott')
  })

  test('a walk-in from a new organisation, a warning (never a refusal) when the room is full, and the paper list', async ({ app, host }) => {
    await openApp(app)
    const org = organisation('Ruter AS')
    const a = person(org, 'Anne Aas')
    const b = person(org, 'Berit Berg')
    const event = meeting('Toppledermøte', '2026-11-28', { capacity: 1, kind: 'toppledermote' })
    await seed(app, { organisations: [org], people: [a, b], events: [event], registrations: [registration(event, a), registration(event, b)] })
    const door = new CheckInPage(app)
    await door.open(event.id)
    await door.checkIn('anne', 'Anne Aas')
    await expect(door.message('Kapasiteten (1) er nådd. Ingen avvises ved døren.')).toBeVisible()
    await door.search.fill('berit')
    await app.keyboard.press('Enter')
    await expect(door.message(/Berit Berg \(Ruter AS\) er sjekket inn kl\. .*Merk: flere enn kapasiteten har kommet\./)).toBeVisible()
    await door.search.fill('anne a')
    await app.keyboard.press('Enter')
    await expect(door.message(/Anne Aas er allerede sjekket inn – kom kl\./)).toBeVisible()
    await app.screenshot({ path: 'test-results/screens/check-in-full.png' })

    await door.search.fill('Gunnar Gjest')
    await app.keyboard.press('Enter')
    // Type only once the walk-in form has taken the focus, as a user looking at the screen would.
    await expect(door.walkIn.organisation).toBeFocused()
    await app.keyboard.type('Grønn Vei AS')
    await expect(door.walkIn.selectedOrganisation).toHaveText('Ny virksomhet: «Grønn Vei AS»')
    await app.keyboard.press('Enter')
    await expect(door.message('Gunnar Gjest (Grønn Vei AS) er lagt til og sjekket inn.')).toBeVisible()
    await expect(door.counter).toHaveText(/3 \/ 3/)

    // A walk-in whose name matches someone on the list: the button, not Enter, adds them.
    await door.search.fill('Anne')
    await expect(door.selectedMatch).toContainText('Anne Aas')
    await door.newWalkIn.click()
    await door.walkIn.name.fill('Anne Bakken')
    await door.walkIn.organisation.fill('ruter')
    await expect(door.walkIn.selectedOrganisation).toHaveText('Ruter AS')
    await app.keyboard.press('Enter')
    await expect(door.message('Anne Bakken (Ruter AS) er lagt til og sjekket inn.')).toBeVisible()
    await expect(door.counter).toHaveText(/4 \/ 4/)

    // The paper fallback: organisations in Norwegian order, people under each, a signature column.
    await door.participantList.click()
    await expect(notices(app).getByText('Deltakerlisten er lagret som Deltakerliste Toppledermøte 28.11.2026.pdf (1 side).')).toBeVisible()
    const text = (await extractText(new Uint8Array(readFileSync(`${host.documentsFolder}/Deltakerliste Toppledermøte 28.11.2026.pdf`)))).all
    expect(text).toContain('4 personer fra 2 virksomheter')
    expect(text.indexOf('Grønn Vei AS')).toBeLessThan(text.indexOf('Ruter AS'))
    expect(text.indexOf('Anne Aas')).toBeGreaterThan(text.indexOf('Ruter AS'))
    expect(text).toContain('Signatur')
  })
})
