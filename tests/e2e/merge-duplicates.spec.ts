import { meeting, organisation, person, registration, seed } from './events-seed'
import { expect, expectAccessible, notice, openApp, test } from './fixtures'
import { DuplicatesPanel } from './pages/merge-dialog'
import { OrganisationPage } from './pages/organisation-page'
import { RegisterPage } from './pages/register-page'
import { screenshotWholePage, undoButton } from './pages/shell'

test.describe('probable duplicates', () => {
  test('two organisations with the same number are shown as a probable duplicate and merged into one that keeps the registration', async ({ app }) => {
    await openApp(app)
    const older = { ...organisation('Solstrand Eiendom AS'), orgNumber: '910000020', website: 'https://solstrand.no', createdAt: '2026-01-05T10:00:00.000Z' }
    const newer = { ...organisation('Solstrand eiendom'), orgNumber: '910000020', sector: 'Eiendom', website: 'https://solstrand-eiendom.no' }
    const other = organisation('Ruter AS')
    const kari = person(newer, 'Kari Nordmann', 'kari@solstrand.no', ['klimakontakt'])
    // The same person, registered at the older record too (the rule: same e-mail, case-blind).
    const kariToo = { ...person(older, 'Kari Nordmann', 'Kari@Solstrand.no', ['toppleder']), title: 'Daglig leder', createdAt: '2026-01-05T10:00:00.000Z' }
    const event = meeting('Nettverksmøte om mobilitet', '2026-12-03')
    await seed(app, { organisations: [older, newer, other], people: [kari, kariToo], events: [event], registrations: [registration(event, kari)] })

    const register = new RegisterPage(app)
    await register.open()
    await expect(register.count).toHaveText('Viser 3 av 3 virksomheter')
    const duplicates = DuplicatesPanel.organisations(app)
    await expect(duplicates.region).toContainText('Solstrand Eiendom AS og Solstrand eiendom har samme organisasjonsnummer.')
    await expect(duplicates.region.getByRole('heading', { name: 'Mulig duplikat' })).toBeVisible()
    await app.screenshot({ path: 'test-results/screens/register-duplicate.png', fullPage: true })

    // Escape leaves without merging; focus starts on "Avbryt", so Enter would too.
    let dialog = await duplicates.openMerge('Solstrand Eiendom AS og Solstrand eiendom')
    await expect(dialog.root).toBeVisible()
    await expect(dialog.cancel).toBeFocused()
    await app.keyboard.press('Escape')
    await expect(dialog.root).toBeHidden()
    await expect(register.count).toHaveText('Viser 3 av 3 virksomheter')

    dialog = await duplicates.openMerge('Solstrand Eiendom AS og Solstrand eiendom')
    await expect(dialog.moves).toHaveText('Flyttes til Solstrand Eiendom AS: 1 person, 1 påmelding.')
    // The older record remains by default; its website is kept unless the other's is picked.
    await expect(dialog.survivor.getByRole('radio', { name: /^Solstrand Eiendom AS \(910 000 020\)/ })).toBeChecked()
    await expect(dialog.field('Nettside').getByRole('radio', { name: 'https://solstrand.no' })).toBeChecked()
    await expect(dialog.field('Bransje').getByRole('radio', { name: 'Eiendom' })).toBeChecked()
    await dialog.field('Nettside').getByRole('radio', { name: 'https://solstrand-eiendom.no' }).check()
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/screens/merge-dialog.png' })
    await dialog.merge.click()
    await expect(dialog.root).toBeHidden()
    const merged = notice(app, 'Solstrand eiendom ble slått sammen med Solstrand Eiendom AS: 1 person, 1 påmelding flyttet.')
    await expect(merged).toBeVisible()
    // "Angre" right after, from the keyboard (focus waits on it): both are back, each with its own people.
    await expect(undoButton(merged)).toBeFocused()
    await expect(register.count).toHaveText('Viser 2 av 2 virksomheter')
    await app.screenshot({ path: 'test-results/screens/merge-undo-notice.png' })
    await app.keyboard.press('Enter')
    await expect(notice(app, 'Sammenslåingen er angret: Solstrand eiendom og Solstrand Eiendom AS er to igjen.')).toBeVisible()
    await expect(register.count).toHaveText('Viser 3 av 3 virksomheter')
    await expect(duplicates.region).toContainText('Solstrand Eiendom AS og Solstrand eiendom har samme organisasjonsnummer.')
    await register.row('Solstrand eiendom').getByRole('link', { name: 'Solstrand eiendom', exact: true }).click()
    const restored = new OrganisationPage(app, 'Solstrand eiendom')
    await expect(restored.heading).toBeVisible()
    await expect(restored.people).toContainText('Kari Nordmann')
    await expect(restored.attendance).toContainText('Nettverksmøte om mobilitet')
    await expect(restored.text('https://solstrand-eiendom.no')).toBeVisible()
    await register.open()
    await register.openOrganisation('Solstrand Eiendom AS')
    const olderPage = new OrganisationPage(app, 'Solstrand Eiendom AS')
    await expect(olderPage.people.getByRole('row')).toHaveCount(2)
    await expect(olderPage.text('https://solstrand.no')).toBeVisible()

    // Merged again, for good this time.
    await register.open()
    dialog = await duplicates.openMerge('Solstrand Eiendom AS og Solstrand eiendom')
    await dialog.field('Nettside').getByRole('radio', { name: 'https://solstrand-eiendom.no' }).check()
    await expect(dialog.moves).toHaveText('Flyttes til Solstrand Eiendom AS: 1 person, 1 påmelding.')
    await dialog.merge.click()
    await expect(dialog.root).toBeHidden()

    await expect(register.count).toHaveText('Viser 2 av 2 virksomheter')
    await expect(duplicates.region).toBeHidden()
    await register.openOrganisation('Solstrand Eiendom AS')
    const page = new OrganisationPage(app, 'Solstrand Eiendom AS')
    await expect(page.heading).toBeVisible()
    await expect(page.text('https://solstrand-eiendom.no')).toBeVisible()
    await expect(page.attendance).toContainText('Nettverksmøte om mobilitet')
    await expect(page.people).toContainText('Kari Nordmann')
    await expect(page.history).toContainText('Slått sammen med Solstrand eiendom (910 000 020): 1 person, 1 påmelding flyttet hit')

    // Kari is now twice in one organisation: a probable duplicate too, merged with her roles united.
    const people = DuplicatesPanel.people(app)
    await expect(people.region).toContainText('Kari Nordmann og Kari Nordmann har samme e-post (Kari@Solstrand.no).')
    await screenshotWholePage(app, 'test-results/screens/organisation-people-duplicate.png')
    const personDialog = await people.openMerge('Kari Nordmann og Kari Nordmann (Kari@Solstrand.no)')
    await expect(personDialog.moves).toHaveText('Flyttes til Kari Nordmann: 1 påmelding.')
    await expect(personDialog.field('Stilling').getByRole('radio', { name: 'Daglig leder' })).toBeChecked()
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/screens/merge-people-dialog.png' })
    await personDialog.merge.click()
    await expect(personDialog.root).toBeHidden()
    await expect(people.region).toBeHidden()
    await expect(page.people.getByRole('row')).toHaveCount(2)
    await expect(page.people).toContainText('Toppleder, Klimakontakt')
    await expect(page.attendance).toContainText('Nettverksmøte om mobilitet')

    // A link to the merged-away record (an old bookmark, a file name) leads to the one that remains.
    await app.goto(OrganisationPage.path(newer.id))
    await expect(app.getByRole('heading', { name: 'Virksomheten er slått sammen' })).toBeVisible()
    await app.getByRole('link', { name: 'Åpne virksomheten den ble slått sammen med' }).click()
    await expect(page.heading).toBeVisible()
  })
})
