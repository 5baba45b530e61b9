import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { extractText } from '../unit/main/pdf/read-pdf'
import { expect, expectAccessible, notices, openApp, test } from './fixtures'
import { meeting, organisation, person, registration, seed } from './events-seed'

const ORGS = ['Bølgen Energi AS', 'Oslo Sporveier', 'Ruter AS', 'Hafslund Oslo Celsio', 'Café Ørnen', 'Skanska Norge AS', 'Bane NOR', 'Statsbygg', 'Aker Solutions', 'Sámi Čuovga AS']
const PEOPLE = [
  'Åse Ødegård', 'Ole Hansen', 'Hanne Olsen', 'Jørn Berg', 'Renée Dupont', 'Máret Ánde', 'Kari Nordmann', 'Per Ås', 'Liv Ullmann', 'Øystein Bakke',
  'Siri Lund', 'Nils Eriksen', 'Ingrid Solberg', 'Tor Haugen', 'Marte Kirkerud', 'Bjørn Dæhlie', 'Sofie Strand', 'Anders Moe', 'Ella Kvam', 'Jonas Gahr',
  'Thea Vik', 'Emil Fossum', 'Nora Lie', 'Henrik Ibsen', 'Maja Rønning', 'Elias Brekke', 'Sara Holm', 'Lukas Dahl', 'Ida Aas', 'Jakob Nilsen',
]

async function door(page: Page) {
  const orgs = ORGS.map((n, i) => organisation(n, i % 3 === 0 ? 'partner' : 'medlem'))
  const people = PEOPLE.map((n, i) => person(orgs[i % orgs.length]!, n, `p${i}@firma.no`))
  const event = meeting('Nettverksmøte om mobilitet', '2026-11-28', { capacity: 40 })
  await seed(page, { organisations: orgs, people, events: [event], registrations: people.map((p) => registration(event, p)) })
  await page.goto(`/#/arrangementer/${event.id}/innsjekking`)
  return { event }
}

const search = (page: Page) => page.getByRole('combobox', { name: 'Søk etter navn eller virksomhet' })
const counter = (page: Page) => page.getByLabel(/^Møtt \d+ av \d+ påmeldte$/)

async function checkInByTyping(page: Page, fragment: string, expectedName: string) {
  await search(page).fill(fragment)
  await expect(page.getByRole('option', { selected: true })).toContainText(expectedName)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: `${expectedName} (` })).toContainText('er sjekket inn kl.')
}

test.describe('door check-in', () => {
  test('a user at the door: ten arrivals by fragments, a walk-in, an undo and a reload keep the counts right', async ({ app }) => {
    await openApp(app)
    await door(app)
    await expect(counter(app)).toHaveText(/0 \/ 30/)
    await expect(search(app)).toBeFocused()
    // Full-window: Tab never wanders into the app's menu behind the door screen.
    for (let i = 0; i < 3; i++) {
      await app.keyboard.press('Shift+Tab')
      await expect(app.locator('nav :focus')).toHaveCount(0)
    }
    await search(app).focus()

    // Fragments, ignoring case and accents.
    await checkInByTyping(app, 'ase odeg', 'Åse Ødegård')
    await checkInByTyping(app, 'RENEE', 'Renée Dupont')
    await checkInByTyping(app, 'maret', 'Máret Ánde')
    await checkInByTyping(app, 'daehl', 'Bjørn Dæhlie')
    await checkInByTyping(app, 'ullm', 'Liv Ullmann')
    await expect(counter(app)).toHaveText(/5 \/ 30/)

    // The app is closed and reopened mid-event: nothing is lost.
    await app.reload()
    await expect(counter(app)).toHaveText(/5 \/ 30/)
    await expect(search(app)).toBeFocused()

    await checkInByTyping(app, 'ibsen', 'Henrik Ibsen')
    await checkInByTyping(app, 'oystein', 'Øystein Bakke')
    await checkInByTyping(app, 'ronn', 'Maja Rønning')
    // Arrow keys move the highlight; a name starting with the fragment ranks first.
    await search(app).fill('han')
    await expect(app.getByRole('option')).toHaveCount(2)
    await expect(app.getByRole('option', { selected: true })).toContainText('Hanne Olsen')
    await app.keyboard.press('ArrowDown')
    await expect(app.getByRole('option', { selected: true })).toContainText('Ole Hansen')
    await app.screenshot({ path: 'test-results/screens/check-in-matches.png' })
    await app.keyboard.press('Enter')
    await expect(app.getByRole('status').filter({ hasText: 'Ole Hansen (' })).toBeVisible()
    // A click checks in the one clicked.
    await search(app).fill('kvam')
    await app.getByRole('option', { name: /Ella Kvam/ }).click()
    await expect(counter(app)).toHaveText(/10 \/ 30/)

    // Twice is impossible, and the door says when they came.
    await search(app).fill('renee')
    await expect(app.getByRole('option', { selected: true })).toContainText('Møtt kl.')
    await app.keyboard.press('Enter')
    await expect(app.getByText(/Renée Dupont er allerede sjekket inn – kom kl\. \d\d\.\d\d\./)).toBeVisible()
    await expect(counter(app)).toHaveText(/10 \/ 30/)

    // A mistaken check-in is undone in one step.
    await checkInByTyping(app, 'jakob', 'Jakob Nilsen')
    await expect(counter(app)).toHaveText(/11 \/ 30/)
    await app.getByRole('status').filter({ hasText: 'Jakob Nilsen (' }).getByRole('button', { name: 'Angre' }).click()
    await expect(counter(app)).toHaveText(/10 \/ 30/)
    await expect(app.getByText('Innsjekkingen av Jakob Nilsen er angret.')).toBeVisible()
    await expect(search(app)).toBeFocused()

    // A walk-in to an existing organisation, found by typing: name, Enter, fragment, Enter.
    await search(app).fill('Nora Nykommer')
    await expect(app.getByText('Ingen treff på «Nora Nykommer».')).toBeVisible()
    await app.keyboard.press('Enter')
    const walkIn = app.getByRole('form', { name: 'Ny deltaker uten påmelding' })
    await expect(walkIn.getByLabel('Navn')).toHaveValue('Nora Nykommer')
    await expect(walkIn.getByRole('combobox', { name: 'Virksomhet' })).toBeFocused()
    await app.keyboard.type('bolgen')
    await expect(walkIn.getByRole('option', { selected: true })).toHaveText('Bølgen Energi AS')
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/screens/check-in-walk-in.png' })
    await app.keyboard.press('Enter')
    await expect(app.getByText('Nora Nykommer (Bølgen Energi AS) er lagt til og sjekket inn.')).toBeVisible()
    await expect(counter(app)).toHaveText(/11 \/ 31/)

    await app.reload()
    await expect(counter(app)).toHaveText(/11 \/ 31/)
    await expect(app.getByRole('region', { name: 'Sist ankommet' })).toContainText('Nora Nykommer')
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/screens/check-in-after-reload.png' })

    // The event page agrees.
    await app.getByRole('link', { name: 'Avslutt innsjekking' }).click()
    await expect(app.getByRole('row', { name: /Nora Nykommer/ })).toContainText('Uten påmelding')
    await expect(app.getByLabel('Status for Jakob Nilsen')).toHaveValue('pameldt')
    await expect(app.getByLabel('Status for Renée Dupont')).toHaveValue('mott')

    // After the event: those who never came are recorded as such, in one confirmed step.
    await app.getByRole('button', { name: 'Sett de 20 påmeldte som ikke kom til «Ikke møtt»' }).click()
    await app.getByRole('dialog', { name: 'Registrere fravær?' }).getByRole('button', { name: 'Sett til ikke møtt' }).click()
    await expect(app.getByLabel('Status for Jakob Nilsen')).toHaveValue('ikke-mott')
    await expect(app.getByLabel('Status for Renée Dupont')).toHaveValue('mott')
  })

  test('a walk-in from a new organisation, a warning (never a refusal) when the room is full, and the paper list', async ({ app, host }) => {
    await openApp(app)
    const org = organisation('Ruter AS')
    const a = person(org, 'Anne Aas')
    const b = person(org, 'Berit Berg')
    const event = meeting('Toppledermøte', '2026-11-28', { capacity: 1, kind: 'toppledermote' })
    await seed(app, { organisations: [org], people: [a, b], events: [event], registrations: [registration(event, a), registration(event, b)] })
    await app.goto(`/#/arrangementer/${event.id}/innsjekking`)
    await checkInByTyping(app, 'anne', 'Anne Aas')
    await expect(app.getByText('Kapasiteten (1) er nådd. Ingen avvises ved døren.')).toBeVisible()
    await search(app).fill('berit')
    await app.keyboard.press('Enter')
    await expect(app.getByText(/Berit Berg \(Ruter AS\) er sjekket inn kl\. .*Merk: flere enn kapasiteten har kommet\./)).toBeVisible()
    await search(app).fill('anne a')
    await app.keyboard.press('Enter')
    await expect(app.getByText(/Anne Aas er allerede sjekket inn – kom kl\./)).toBeVisible()
    await app.screenshot({ path: 'test-results/screens/check-in-full.png' })

    await search(app).fill('Gunnar Gjest')
    await app.keyboard.press('Enter')
    // Type only once the walk-in form has taken the focus, as a user looking at the screen would.
    await expect(app.getByRole('form', { name: 'Ny deltaker uten påmelding' }).getByRole('combobox', { name: 'Virksomhet' })).toBeFocused()
    await app.keyboard.type('Grønn Vei AS')
    await expect(app.getByRole('option', { selected: true })).toHaveText('Ny virksomhet: «Grønn Vei AS»')
    await app.keyboard.press('Enter')
    await expect(app.getByText('Gunnar Gjest (Grønn Vei AS) er lagt til og sjekket inn.')).toBeVisible()
    await expect(counter(app)).toHaveText(/3 \/ 3/)

    // A walk-in whose name matches someone on the list: the button, not Enter, adds them.
    await search(app).fill('Anne')
    await expect(app.getByRole('option', { selected: true })).toContainText('Anne Aas')
    await app.getByRole('button', { name: 'Ny deltaker uten påmelding' }).click()
    const form = app.getByRole('form', { name: 'Ny deltaker uten påmelding' })
    await form.getByLabel('Navn').fill('Anne Bakken')
    await form.getByRole('combobox', { name: 'Virksomhet' }).fill('ruter')
    await expect(form.getByRole('option', { selected: true })).toHaveText('Ruter AS')
    await app.keyboard.press('Enter')
    await expect(app.getByText('Anne Bakken (Ruter AS) er lagt til og sjekket inn.')).toBeVisible()
    await expect(counter(app)).toHaveText(/4 \/ 4/)

    // The paper fallback: organisations in Norwegian order, people under each, a signature column.
    await app.getByRole('button', { name: 'Deltakerliste (PDF)' }).click()
    await expect(notices(app).getByText('Deltakerlisten er lagret som Deltakerliste Toppledermøte 28.11.2026.pdf (1 side).')).toBeVisible()
    const text = (await extractText(new Uint8Array(readFileSync(`${host.documentsFolder}/Deltakerliste Toppledermøte 28.11.2026.pdf`)))).all
    expect(text).toContain('4 personer fra 2 virksomheter')
    expect(text.indexOf('Grønn Vei AS')).toBeLessThan(text.indexOf('Ruter AS'))
    expect(text.indexOf('Anne Aas')).toBeGreaterThan(text.indexOf('Ruter AS'))
    expect(text).toContain('Signatur')
  })
})
