import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import Papa from 'papaparse'
import { seedOrganisations } from '../fixtures/seed-organisations'
import { expect, expectAccessible, notices, openApp, test, type Fixtures } from './fixtures'
import { seedInPage } from './host/seed-in-page'

type Page = Fixtures['app']
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true })

async function openRegister(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Virksomheter' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Virksomheter' })).toBeVisible()
}

test.describe('the member register', () => {
  test('registers Čáhcegáttis Ŋuorra AS with a top leader, edits, finds, exports, deletes and restores it', async ({ app, host }) => {
    await openApp(app)
    await openRegister(app)
    await expect(app.getByRole('heading', { name: 'Ingen virksomheter ennå' })).toBeVisible()
    await expectAccessible(app)

    // Ctrl+N opens the new form; bad input is refused at the field and nothing is saved.
    await app.keyboard.press('Control+n')
    const form = app.getByRole('form', { name: 'Ny virksomhet' })
    await expect(form.getByLabel('Navn', { exact: true })).toBeFocused()
    await form.getByLabel('Organisasjonsnummer').fill('123 456 789')
    await form.getByLabel('Postnummer').fill('150')
    await form.getByRole('button', { name: 'Lagre' }).click()
    await expect(form.getByText('Navn må fylles ut.')).toBeVisible()
    await expect(form.getByText(/kontrollsifferet stemmer ikke/)).toBeVisible()
    await expect(form.getByText('Postnummeret må ha 4 sifre (eksempel: 0150).')).toBeVisible()
    await form.getByLabel('Navn', { exact: true }).fill('Čáhcegáttis Ŋuorra 中 AS')
    await form.getByRole('button', { name: 'Lagre' }).click()
    await expect(form.getByText('Tegnet «中» (U+4E2D) kan ikke skrives ut')).toBeVisible()
    await expectAccessible(app)
    await shot(app, 'editor-errors')

    await form.getByLabel('Navn', { exact: true }).fill('Čáhcegáttis Ŋuorra AS')
    await form.getByLabel('Organisasjonsnummer').fill('910000020')
    await form.getByLabel('Postnummer').focus()
    await expect(form.getByLabel('Organisasjonsnummer')).toHaveValue('910 000 020')
    await form.getByLabel('Postnummer').fill('0150')
    await form.getByLabel('Gateadresse').fill('Dronning Eufemias gate 16')
    await form.getByLabel('Bransje', { exact: true }).selectOption('Energi')
    await form.getByLabel('Status', { exact: true }).selectOption('medlem')
    await form.getByLabel('Status fra dato').fill('03.06.2026')
    await form.getByRole('button', { name: 'Lagre' }).click()

    await expect(app.getByRole('heading', { level: 1, name: 'Čáhcegáttis Ŋuorra AS' })).toBeVisible()
    await expect(app.getByRole('main').getByText('910 000 020')).toBeVisible()
    await expect(app.getByRole('main').getByText('signert 03.06.2026')).toBeVisible()

    // A top leader with a name only the PDF font's letters can draw.
    await app.getByRole('button', { name: 'Legg til person' }).click()
    const person = app.getByRole('form', { name: 'Ny person' })
    await person.getByLabel('Navn').fill('Máret Ŋuolja')
    await person.getByLabel('Tittel').fill('Daglig leder')
    await person.getByLabel('E-post').fill('maret@')
    await person.getByRole('button', { name: 'Legg til' }).click()
    await expect(person.getByText('E-postadressen ser ikke riktig ut')).toBeVisible()
    await expect(person.getByText('Velg minst én rolle.')).toBeVisible()
    await shot(app, 'person-errors')
    await person.getByLabel('E-post').fill('maret@cahce.no')
    await person.getByLabel('Toppleder').check()
    await person.getByRole('button', { name: 'Legg til' }).click()
    await expect(app.getByRole('cell', { name: 'Máret Ŋuolja', exact: true })).toBeVisible()
    await expect(app.getByRole('cell', { name: 'Toppleder', exact: true })).toBeVisible()

    // Edit the record.
    await app.getByRole('link', { name: 'Rediger' }).click()
    const edit = app.getByRole('form', { name: 'Rediger Čáhcegáttis Ŋuorra AS' })
    await edit.getByLabel('Nettsted').fill('www.cahce.no')
    await edit.getByLabel('Nivå').selectOption('partner')
    await edit.getByRole('button', { name: 'Legg til år' }).click()
    await edit.getByLabel('Beløp (kr)').fill('25000')
    await edit.getByLabel('Intensjon: vurdering').selectOption('ikke-oppfylt')
    await shot(app, 'editor-partner')
    await edit.getByRole('button', { name: 'Lagre' }).click()
    host.answerConfirm(true)
    await app.getByRole('button', { name: 'www.cahce.no' }).click()
    await app.getByRole('button', { name: 'maret@cahce.no' }).click()
    await expect.poll(() => host.openedExternally).toEqual(['https://www.cahce.no', 'mailto:maret@cahce.no'])
    await expect(app.getByRole('listitem').filter({ hasText: 'Opplysninger om Čáhcegáttis Ŋuorra AS ble endret' })).toBeVisible()
    await expectAccessible(app)
    await shot(app, 'record')

    // Find it among 130 others by typing part of its name without accents.
    await openRegister(app)
    await seedInPage(app, seedOrganisations(130))
    await expect(app.getByRole('main').getByText('Viser 131 av 131 virksomheter')).toBeVisible()
    await app.keyboard.press('/')
    await expect(app.getByRole('searchbox', { name: 'Søk' })).toBeFocused()
    await app.keyboard.type('cahce')
    await expect(app.getByRole('main').getByText('Viser 1 av 131 virksomheter')).toBeVisible()
    await app.getByRole('searchbox', { name: 'Søk' }).fill('maret nuolja')
    await expect(app.getByRole('main').getByText('Viser 1 av 131 virksomheter')).toBeVisible()
    await app.getByLabel('Kriterier ikke oppfylt').check()
    await expect(app.getByRole('table', { name: 'Virksomheter' }).getByRole('link', { name: 'Čáhcegáttis Ŋuorra AS' })).toBeVisible()

    // Export what is shown and read the file back.
    await app.getByRole('button', { name: 'Eksporter CSV' }).click()
    await expect(notices(app).getByText(/Eksporterte 1 virksomhet til/)).toBeVisible()
    const saved = host.saveRequests.at(-1)!
    const bytes = readFileSync(`${saved.defaultFolder}/${saved.suggestedName}`)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { delimiter: ';', skipEmptyLines: true })
    expect(parsed.data).toHaveLength(2)
    const row = Object.fromEntries(parsed.data[0]!.map((h, i) => [h, parsed.data[1]![i]]))
    expect(row).toMatchObject({
      Navn: 'Čáhcegáttis Ŋuorra AS',
      Organisasjonsnummer: '910 000 020',
      Nivå: 'Partner',
      Status: 'Medlem',
      'Signert dato': '03.06.2026',
      Toppleder: 'Máret Ŋuolja',
      Postnummer: '0150',
    })

    // Enter opens the only match; delete moves it to the trash.
    await app.getByRole('searchbox', { name: 'Søk' }).press('Enter')
    await expect(app.getByRole('heading', { level: 1, name: 'Čáhcegáttis Ŋuorra AS' })).toBeVisible()
    await app.getByRole('button', { name: 'Slett' }).click()
    await app.getByRole('dialog', { name: 'Slette Čáhcegáttis Ŋuorra AS?' }).getByRole('button', { name: 'Flytt til papirkurven' }).click()
    await expect(notices(app).getByText('Čáhcegáttis Ŋuorra AS er flyttet til papirkurven.')).toBeVisible()
    await app.getByRole('button', { name: 'Nullstill', exact: true }).click()
    await expect(app.getByRole('main').getByText('Viser 130 av 130 virksomheter')).toBeVisible()

    await app.getByRole('link', { name: 'Papirkurv (1)' }).click()
    await expect(app.getByRole('cell', { name: 'Čáhcegáttis Ŋuorra AS', exact: true })).toBeVisible()
    await expectAccessible(app)
    await shot(app, 'trash')
    await app.getByRole('button', { name: 'Gjenopprett Čáhcegáttis Ŋuorra AS' }).click()
    await expect(app.getByRole('heading', { name: 'Papirkurven er tom' })).toBeVisible()

    await app.reload()
    await openRegister(app)
    await expect(app.getByRole('main').getByText('Viser 131 av 131 virksomheter')).toBeVisible()
    await app.getByRole('searchbox', { name: 'Søk' }).fill('cahcegattis nuorra')
    await app.getByRole('table', { name: 'Virksomheter' }).getByRole('link', { name: 'Čáhcegáttis Ŋuorra AS' }).click()
    await expect(app.getByRole('cell', { name: 'Máret Ŋuolja', exact: true })).toBeVisible()
    await expect(app.getByRole('main').getByText('www.cahce.no')).toBeVisible()
  })

  test('sorts with Norwegian collation, filters by status and exports .xlsx', async ({ app, host }) => {
    await openApp(app)
    await openRegister(app)
    await seedInPage(app, seedOrganisations(130))
    await expect(app.getByRole('main').getByText('Viser 130 av 130 virksomheter')).toBeVisible()
    await shot(app, 'register')
    await expectAccessible(app)

    const table = app.getByRole('table', { name: 'Virksomheter' })
    await table.getByRole('button', { name: 'Navn' }).click()
    await expect(table.getByRole('columnheader', { name: 'Navn' })).toHaveAttribute('aria-sort', 'descending')
    const firstNames = await table.locator('tbody .cell-name').allInnerTexts()
    const nb = new Intl.Collator('nb', { sensitivity: 'base', numeric: true })
    expect(firstNames[0]).toMatch(/^Å/)
    expect(firstNames).toEqual([...firstNames].sort(nb.compare).toReversed())
    await table.getByRole('button', { name: 'Navn' }).click()
    await expect(table.locator('tbody .cell-name').first()).toHaveText(/^A/)
    const ascending = await table.locator('tbody .cell-name').allInnerTexts()
    expect(ascending).toEqual([...ascending].sort(nb.compare))

    // The count to expect comes from the seed, not from reading the screen right after the change.
    const shown = seedOrganisations(130).organisations.filter((o) => o.status === 'invitert').length
    expect(shown).toBeGreaterThan(1)
    expect(shown).toBeLessThan(130)
    await app.getByLabel('Status').selectOption('invitert')
    await expect(app.getByRole('main').getByRole('status').filter({ hasText: /^Viser/ })).toHaveText(`Viser ${shown} av 130 virksomheter`)
    await expect(table.locator('tbody .badge')).toHaveText(Array(shown).fill('Invitert'))

    // Keyboard: arrows select a row, Enter opens it.
    await table.locator('..').focus()
    await app.keyboard.press('ArrowDown')
    const chosen = await table.locator('tr.selected .cell-name').innerText()
    await app.keyboard.press('Enter')
    await expect(app.getByRole('heading', { level: 1, name: chosen })).toBeVisible()
    await app.getByRole('link', { name: '← Virksomheter' }).click()
    // The selection survives the visit. Like a user, press the shortcut once the list is on screen.
    await expect(table.locator('tr.selected .cell-name')).toHaveText(chosen)
    await app.keyboard.press('Control+f')
    await expect(app.getByRole('searchbox', { name: 'Søk' })).toBeFocused()
    // Arrows in the search field move the selection.
    await app.getByRole('searchbox', { name: 'Søk' }).press('ArrowDown')
    await expect(table.locator('tr.selected .cell-name')).not.toHaveText(chosen)
    await app.getByRole('searchbox', { name: 'Søk' }).press('ArrowUp')
    await expect(table.locator('tr.selected .cell-name')).toHaveText(chosen)
    await app.getByRole('button', { name: 'Eksporter Excel' }).click()
    await expect(notices(app).getByText(new RegExp(`Eksporterte ${shown} virksomheter til virksomheter-.*\\.xlsx`))).toBeVisible()
    const request = host.saveRequests.at(-1)!
    expect(request.kind).toBe('xlsx')
    // Read the workbook back: postal codes keep their leading zero as text cells.
    const files = unzipSync(readFileSync(`${request.defaultFolder}/${request.suggestedName}`))
    const strings = strFromU8(files['xl/sharedStrings.xml']!)
    expect(strings).toContain('<t>Postnummer</t>')
    expect(strings).toMatch(/<t>0\d{3}<\/t>/)
  })

  test('records the pipeline with dates: leaving and rejoining gives two membership periods', async ({ app }) => {
    await openApp(app)
    await openRegister(app)
    await seedInPage(app, seedOrganisations(3))
    await app.getByRole('table', { name: 'Virksomheter' }).getByRole('link', { name: 'Øystein Berg Rådgivning AS' }).click()
    const form = app.getByRole('form', { name: 'Registrer ny status' })
    await form.getByLabel('Ny status').selectOption('utmeldt')
    await form.getByLabel('Fra dato').fill('31.13.2026')
    await form.getByRole('button', { name: 'Registrer status' }).click()
    await expect(form.getByText('Skriv datoen som dd.mm.åååå')).toBeVisible()
    await form.getByLabel('Fra dato').fill('01.09.2026')
    await form.getByRole('button', { name: 'Registrer status' }).click()
    await expect(app.getByRole('main').getByText('Nå: Utmeldt')).toBeVisible()
    await form.getByLabel('Ny status').selectOption('medlem')
    await form.getByLabel('Fra dato').fill('15.11.2026')
    await form.getByLabel('Merknad').fill('Signert på nytt')
    await form.getByRole('button', { name: 'Registrer status' }).click()
    await expect(app.getByRole('main').getByText('Nå: Medlem – signert 15.11.2026')).toBeVisible()
    await expect(app.getByRole('main').getByText(/Medlemsperioder: .*–01\.09\.2026, 15\.11\.2026–nå/)).toBeVisible()
    await expectAccessible(app)

    // A mistaken step can be removed after a question; the status falls back.
    await app.getByRole('button', { name: 'Fjern Medlem 15.11.2026' }).click()
    await app.getByRole('dialog', { name: 'Fjerne statusendringen?' }).getByRole('button', { name: 'Fjern' }).click()
    await expect(app.getByRole('main').getByText('Nå: Utmeldt')).toBeVisible()
    await openRegister(app)
    await app.getByLabel('Status').selectOption('utmeldt')
    await expect(app.getByRole('table', { name: 'Virksomheter' }).getByRole('link', { name: 'Øystein Berg Rådgivning AS' })).toBeVisible()
  })

  test('empties the trash only after asking, and never shows the erased organisation again', async ({ app }) => {
    await openApp(app)
    await openRegister(app)
    await seedInPage(app, seedOrganisations(3))
    await app.getByRole('table', { name: 'Virksomheter' }).getByRole('link', { name: 'Łódź Logistikk AS' }).click()
    await app.getByRole('button', { name: 'Slett' }).click()
    await app.getByRole('button', { name: 'Flytt til papirkurven' }).click()
    await expect(app.getByRole('main').getByText('Viser 2 av 2 virksomheter')).toBeVisible()

    await app.getByRole('link', { name: 'Papirkurv (1)' }).click()
    await app.getByRole('button', { name: 'Tøm papirkurven' }).click()
    const dialog = app.getByRole('dialog', { name: 'Tømme papirkurven?' })
    await expect(dialog).toContainText('slettes for godt')
    await expectAccessible(app)
    await dialog.getByRole('button', { name: 'Avbryt' }).click()
    await expect(app.getByRole('cell', { name: 'Łódź Logistikk AS', exact: true })).toBeVisible()

    await app.getByRole('button', { name: 'Tøm papirkurven' }).click()
    await dialog.getByRole('button', { name: 'Slett for godt' }).click()
    await expect(app.getByRole('heading', { name: 'Papirkurven er tom' })).toBeVisible()
    await app.reload()
    await openRegister(app)
    await expect(app.getByRole('main').getByText('Viser 2 av 2 virksomheter')).toBeVisible()
    await expect(app.getByRole('link', { name: 'Papirkurv', exact: true })).toBeVisible()
  })

  test('asks before leaving the editor with unsaved changes', async ({ app }) => {
    await openApp(app)
    await openRegister(app)
    await seedInPage(app, seedOrganisations(3))
    await app.getByRole('table', { name: 'Virksomheter' }).getByRole('link', { name: 'Ærlig Mat Grønland AS' }).click()
    await app.getByRole('link', { name: 'Rediger' }).click()
    await app.getByLabel('Navn', { exact: true }).fill('Ærlig Mat og Drikke AS')
    await app.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Oversikt' }).click()
    const dialog = app.getByRole('dialog', { name: 'Forkaste endringene?' })
    await expect(dialog).toBeVisible()
    await expectAccessible(app)
    await dialog.getByRole('button', { name: 'Avbryt' }).click()
    await expect(app.getByLabel('Navn', { exact: true })).toHaveValue('Ærlig Mat og Drikke AS')
    await app.getByRole('link', { name: 'Avbryt' }).click()
    await dialog.getByRole('button', { name: 'Forkast endringene' }).click()
    await expect(app.getByRole('heading', { level: 1, name: 'Ærlig Mat Grønland AS' })).toBeVisible()
  })

  test('warns about a duplicate organisation number and names the other record', async ({ app }) => {
    await openApp(app)
    await openRegister(app)
    await seedInPage(app, seedOrganisations(5))
    const first = seedOrganisations(5).organisations[0]!
    await app.getByRole('link', { name: 'Ny virksomhet' }).click()
    await app.getByLabel('Organisasjonsnummer').fill(first.orgNumber.replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3'))
    await expect(app.getByRole('status').filter({ hasText: 'har samme organisasjonsnummer' })).toContainText(first.name)
    await shot(app, 'editor-new')
  })
})
