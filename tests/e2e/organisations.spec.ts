import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import Papa from 'papaparse'
import { seedOrganisations } from '../fixtures/seed-organisations'
import { expect, expectAccessible, notices, openApp, openRegisterWith, test, type Fixtures } from './fixtures'
import { seedInPage } from './host/seed-in-page'
import { OrganisationEditor } from './pages/organisation-editor'
import { OrganisationPage } from './pages/organisation-page'
import { RegisterPage, TrashPage } from './pages/register-page'
import { MainMenu } from './pages/shell'

type Page = Fixtures['app']
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true })

test.describe('the member register', () => {
  test('registers Čáhcegáttis Ŋuorra AS with a top leader, edits, finds, exports, deletes and restores it', async ({ app, host }) => {
    const register = new RegisterPage(app)
    await openApp(app)
    await register.open()
    await expect(register.emptyHeading).toBeVisible()
    await expectAccessible(app)

    // Ctrl+N opens the new form; bad input is refused at the field and nothing is saved.
    await app.keyboard.press('Control+n')
    const form = new OrganisationEditor(app)
    await expect(form.name).toBeFocused()
    await form.submit({ orgNumber: '123 456 789', postalCode: '150' })
    await expect(form.error('Navn må fylles ut.')).toBeVisible()
    await expect(form.error(/kontrollsifferet stemmer ikke/)).toBeVisible()
    await expect(form.error('Postnummeret må ha 4 sifre (eksempel: 0150).')).toBeVisible()
    await form.submit({ name: 'Čáhcegáttis Ŋuorra 中 AS' })
    await expect(form.error('Tegnet «中» (U+4E2D) kan ikke skrives ut')).toBeVisible()
    await expectAccessible(app)
    await shot(app, 'editor-errors')

    await form.fill({ name: 'Čáhcegáttis Ŋuorra AS', orgNumber: '910000020' })
    await form.postalCode.focus()
    await expect(form.orgNumber).toHaveValue('910 000 020')
    await form.submit({ postalCode: '0150', street: 'Dronning Eufemias gate 16', sector: 'Energi', status: 'medlem', statusFrom: '03.06.2026' })

    const org = new OrganisationPage(app, 'Čáhcegáttis Ŋuorra AS')
    await expect(org.heading).toBeVisible()
    await expect(org.text('910 000 020')).toBeVisible()
    await expect(org.text('signert 03.06.2026')).toBeVisible()

    // A top leader with a name only the PDF font's letters can draw.
    const person = await org.startAddingPerson()
    await person.submit({ name: 'Máret Ŋuolja', title: 'Daglig leder', email: 'maret@' })
    await expect(person.error('E-postadressen ser ikke riktig ut')).toBeVisible()
    await expect(person.error('Velg minst én rolle.')).toBeVisible()
    await shot(app, 'person-errors')
    await person.submit({ email: 'maret@cahce.no', roles: ['Toppleder'] })
    await expect(org.personCell('Máret Ŋuolja')).toBeVisible()
    await expect(org.personCell('Toppleder')).toBeVisible()

    // Edit the record.
    await org.edit.click()
    const edit = new OrganisationEditor(app, 'Čáhcegáttis Ŋuorra AS')
    await edit.fill({ website: 'www.cahce.no', tier: 'partner' })
    await edit.addFeeYear.click()
    await edit.feeAmount.fill('25000')
    await edit.assessment('Intensjon').selectOption('ikke-oppfylt')
    await shot(app, 'editor-partner')
    await edit.save.click()
    host.answerConfirm(true)
    await org.externalLink('www.cahce.no').click()
    await org.externalLink('maret@cahce.no').click()
    await expect.poll(() => host.openedExternally).toEqual(['https://www.cahce.no', 'mailto:maret@cahce.no'])
    await expect(org.historyEntry('Opplysninger om Čáhcegáttis Ŋuorra AS ble endret')).toBeVisible()
    await expectAccessible(app)
    await shot(app, 'record')

    // Find it among 130 others by typing part of its name without accents.
    await register.open()
    await seedInPage(app, seedOrganisations(130))
    await expect(register.count).toHaveText('Viser 131 av 131 virksomheter')
    await app.keyboard.press('/')
    await expect(register.search).toBeFocused()
    await app.keyboard.type('cahce')
    await expect(register.count).toHaveText('Viser 1 av 131 virksomheter')
    await register.search.fill('maret nuolja')
    await expect(register.count).toHaveText('Viser 1 av 131 virksomheter')
    await register.criteriaNotMet.check()
    await expect(register.link('Čáhcegáttis Ŋuorra AS')).toBeVisible()

    // Export what is shown and read the file back.
    await register.exportCsv.click()
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
      Status: 'Partner',
      'Signert dato': '03.06.2026',
      Toppleder: 'Máret Ŋuolja',
      Postnummer: '0150',
    })

    // Enter opens the only match; delete moves it to the trash.
    await register.search.press('Enter')
    await expect(org.heading).toBeVisible()
    await org.delete.click()
    await org.moveToTrash.click()
    await expect(notices(app).getByText('Čáhcegáttis Ŋuorra AS er flyttet til papirkurven.')).toBeVisible()
    await register.reset.click()
    await expect(register.count).toHaveText('Viser 130 av 130 virksomheter')

    await register.trashLink(1).click()
    const trash = new TrashPage(app)
    await expect(trash.entry('Čáhcegáttis Ŋuorra AS')).toBeVisible()
    await expectAccessible(app)
    await shot(app, 'trash')
    await trash.restore('Čáhcegáttis Ŋuorra AS')
    await expect(trash.emptyHeading).toBeVisible()

    await app.reload()
    await register.open()
    await expect(register.count).toHaveText('Viser 131 av 131 virksomheter')
    await register.search.fill('cahcegattis nuorra')
    await register.openOrganisation('Čáhcegáttis Ŋuorra AS')
    await expect(org.personCell('Máret Ŋuolja')).toBeVisible()
    await expect(org.text('www.cahce.no')).toBeVisible()
  })

  test('sorts with Norwegian collation, filters by status and exports .xlsx', async ({ app, host }) => {
    const register = await openRegisterWith(app, seedOrganisations(130))
    await expect(register.count).toHaveText('Viser 130 av 130 virksomheter')
    await shot(app, 'register')
    await expectAccessible(app)

    await register.sortByName.click()
    await expect(register.nameHeader).toHaveAttribute('aria-sort', 'descending')
    const firstNames = await register.names.allInnerTexts()
    const nb = new Intl.Collator('nb', { sensitivity: 'base', numeric: true })
    expect(firstNames[0]).toMatch(/^Å/)
    expect(firstNames).toEqual([...firstNames].sort(nb.compare).toReversed())
    await register.sortByName.click()
    await expect(register.names.first()).toHaveText(/^A/)
    const ascending = await register.names.allInnerTexts()
    expect(ascending).toEqual([...ascending].sort(nb.compare))

    // The count to expect comes from the seed, not from reading the screen right after the change.
    const shown = seedOrganisations(130).organisations.filter((o) => o.status === 'invitert').length
    expect(shown).toBeGreaterThan(1)
    expect(shown).toBeLessThan(130)
    await register.status.selectOption('invitert')
    await expect(register.count).toHaveText(`Viser ${shown} av 130 virksomheter`)
    await expect(register.statusBadges).toHaveText(Array(shown).fill('Invitert'))

    // Keyboard: arrows select a row, Enter opens it.
    await register.keyboardArea.focus()
    await app.keyboard.press('ArrowDown')
    const chosen = await register.selectedName.innerText()
    await app.keyboard.press('Enter')
    const org = new OrganisationPage(app, chosen)
    await expect(org.heading).toBeVisible()
    await org.backToRegister.click()
    // The selection survives the visit. Like a user, press the shortcut once the list is on screen.
    await expect(register.selectedName).toHaveText(chosen)
    await app.keyboard.press('Control+f')
    await expect(register.search).toBeFocused()
    // Arrows in the search field move the selection.
    await register.search.press('ArrowDown')
    await expect(register.selectedName).not.toHaveText(chosen)
    await register.search.press('ArrowUp')
    await expect(register.selectedName).toHaveText(chosen)
    await register.exportExcel.click()
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
    const register = await openRegisterWith(app, seedOrganisations(3))
    await register.openOrganisation('Øystein Berg Rådgivning AS')
    const org = new OrganisationPage(app, 'Øystein Berg Rådgivning AS')
    await org.status.record({ status: 'utmeldt', from: '31.13.2026' })
    await expect(org.status.error('Skriv datoen som dd.mm.åååå')).toBeVisible()
    await org.status.record({ from: '01.09.2026' })
    await expect(org.status.text('Nå: Utmeldt')).toBeVisible()
    await org.status.record({ status: 'medlem', from: '15.11.2026', note: 'Signert på nytt' })
    await expect(org.status.text('Nå: Medlem – signert 15.11.2026')).toBeVisible()
    await expect(org.status.text(/Medlemsperioder: .*–01\.09\.2026, 15\.11\.2026–nå/)).toBeVisible()
    await expectAccessible(app)

    // A mistaken step can be removed after a question; the status falls back.
    await org.status.remove('Medlem 15.11.2026')
    await expect(org.status.text('Nå: Utmeldt')).toBeVisible()
    await register.open()
    await register.status.selectOption('utmeldt')
    await expect(register.link('Øystein Berg Rådgivning AS')).toBeVisible()
  })

  test('empties the trash only after asking, and never shows the erased organisation again', async ({ app }) => {
    const register = await openRegisterWith(app, seedOrganisations(3))
    await register.openOrganisation('Łódź Logistikk AS')
    await new OrganisationPage(app, 'Łódź Logistikk AS').moveToTheTrash()
    await expect(register.count).toHaveText('Viser 2 av 2 virksomheter')

    await register.trashLink(1).click()
    const trash = new TrashPage(app)
    await trash.emptyTrash.click()
    await expect(trash.confirm).toContainText('slettes for godt')
    await expectAccessible(app)
    await trash.cancel.click()
    await expect(trash.entry('Łódź Logistikk AS')).toBeVisible()

    await trash.emptyTrash.click()
    await trash.eraseForGood.click()
    await expect(trash.emptyHeading).toBeVisible()
    await app.reload()
    await register.open()
    await expect(register.count).toHaveText('Viser 2 av 2 virksomheter')
    await expect(register.trashLink()).toBeVisible()
  })

  test('asks before leaving the editor with unsaved changes', async ({ app }) => {
    const register = await openRegisterWith(app, seedOrganisations(3))
    await register.openOrganisation('Ærlig Mat Grønland AS')
    await new OrganisationPage(app, 'Ærlig Mat Grønland AS').edit.click()
    const edit = new OrganisationEditor(app, 'Ærlig Mat Grønland AS')
    await edit.name.fill('Ærlig Mat og Drikke AS')
    await new MainMenu(app).click('Oversikt')
    await expect(edit.leaveQuestion).toBeVisible()
    await expectAccessible(app)
    await edit.stay.click()
    await expect(edit.name).toHaveValue('Ærlig Mat og Drikke AS')
    await edit.cancel.click()
    await edit.discard.click()
    await expect(new OrganisationPage(app, 'Ærlig Mat Grønland AS').heading).toBeVisible()
  })

  test('warns about a duplicate organisation number and names the other record', async ({ app }) => {
    const register = await openRegisterWith(app, seedOrganisations(5))
    const first = seedOrganisations(5).organisations[0]!
    await register.newOrganisation.click()
    const form = new OrganisationEditor(app)
    await form.orgNumber.fill(first.orgNumber.replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3'))
    await expect(form.duplicateWarning).toContainText(first.name)
    await shot(app, 'editor-new')
  })

  test('a start on the register shows every organisation in Norwegian order, and one added after it', async ({ app }) => {
    // A start on the register (a reload there) reads its rows before Dexie and the page's code load.
    const register = await openRegisterWith(app, seedOrganisations(130))
    await expect(register.count).toHaveText('Viser 130 av 130 virksomheter')
    await app.reload()
    await expect(register.count).toHaveText('Viser 130 av 130 virksomheter')
    const names = await register.names.allInnerTexts()
    expect(names).toEqual([...names].sort(new Intl.Collator('nb', { sensitivity: 'base', numeric: true }).compare))
    await expect(register.trashLink()).toBeVisible()
    await shot(app, 'register-reloaded')
    // Dexie's own reads take over after such a start: a new organisation shows without a reload.
    await register.newOrganisation.click()
    const form = new OrganisationEditor(app)
    await form.name.fill('Aaaa Først AS')
    await form.save.click()
    // The save opens the new organisation's page; leaving before it has would race its navigation.
    await expect(new OrganisationPage(app, 'Aaaa Først AS').heading).toBeVisible()
    await register.open()
    await expect(register.count).toHaveText('Viser 131 av 131 virksomheter')
  })
})
