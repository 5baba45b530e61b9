import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { applicationFormCsv, utf8WithBom, windows1252 } from '../fixtures/application-form'
import { expect, expectAccessible, notices, openApp, test } from './fixtures'
import { ApplicationsPage } from './pages/applications-page'
import { DataPage } from './pages/data-page'
import { OrganisationPage } from './pages/organisation-page'
import { MainMenu } from './pages/shell'

test.describe('applications from the form', () => {
  test('imports the form export whole, and approves two applicants with their evidence shown', async ({ app, host }) => {
    await openApp(app)
    const page = new ApplicationsPage(app, host)
    await page.open()
    const file = path.join(host.documentsFolder, 'soknader.csv')
    writeFileSync(file, utf8WithBom(applicationFormCsv()))
    const { import: form, queue } = page
    await form.importFile(file)

    // The guess reads the whole header: the top leader's columns are the top leader's.
    await expect(form.column('Toppleders e-post').locator('option:checked')).toHaveText('Toppleders e-post')
    await expect(form.column('Klimakontaktens e-post').locator('option:checked')).toHaveText('Klimakontaktens e-post')
    await expect(form.column('Medlem eller partner').locator('option:checked')).toHaveText('Ønsker å bli')
    await expect(form.samples('Toppleders e-post')).toHaveText('Eksempler: kari.solberg@solstrand.no · per.overby@sandvikabygg.no')

    // Sectors near one on the list are suggested; a new one and Bærum's postal places wait for the reviewer.
    await expect(form.sector('Finans')).toHaveValue('Finans og forsikring')
    await expect(form.openQuestions).toContainText('Velg bransje for «Havbruk».')
    await expect(form.openQuestions).toContainText('Velg kommune for poststedet Lysaker.')
    await expect(form.importButton(6)).toBeDisabled()
    await expect(form.row(6, 'Grønn logistikk AS')).toContainText('Søker igjen')
    await expect(form.row(3, 'Sandvika Bygg og Anlegg AS')).toContainText('Partner')
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/screens/applications-import.png', fullPage: true })

    await form.sector('Havbruk').selectOption({ label: 'Legg til «Havbruk» som ny bransje' })
    await form.municipality('Lysaker').fill('Bærum')
    await form.municipality('Sandvika').fill('Bærum')
    await form.importButton(6).click()
    await expect(notices(app).getByText('6 søknader er importert fra soknader.csv: 5 nye søkere og 1 søknad til på virksomheter som alt var registrert.')).toBeVisible()

    // The queue: oldest application first, the evidence per criterion at the time of applying.
    await expect(queue.table).toBeVisible()
    await expect.poll(() => queue.names()).toEqual(['Grønn Logistikk AS', 'Solstrand Eiendom AS', 'Sandvika Bygg og Anlegg AS', 'Romerike Sparebank', 'Lørenskog Havbruk AS'])
    await expect(queue.row('Solstrand Eiendom AS')).toContainText('Bærum er på listen over kommuner i Oslo og indre Stor-Oslo (poststed Lysaker).')
    await expect(queue.row('Solstrand Eiendom AS')).toContainText('Toppleder oppgitt: Kari Solberg, Administrerende direktør.')
    await expect(queue.row('Lørenskog Havbruk AS')).toContainText('Ingen tiltak oppgitt i søknaden.')
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/screens/applications-queue.png', fullPage: true })

    await queue.select('Solstrand Eiendom AS').check()
    await queue.select('Sandvika Bygg og Anlegg AS').check()
    await queue.reason.fill('Oppfyller kriteriene')
    await queue.approve.click()
    await expect(notices(app).getByText('2 søkere er godkjent og kan inviteres til signeringslunsj.')).toBeVisible()
    // The list follows the database; the notice can come first.
    await expect.poll(() => queue.names()).toEqual(['Grønn Logistikk AS', 'Romerike Sparebank', 'Lørenskog Havbruk AS'])

    // The replies as Outlook drafts, through the same writer as the invitations: one per organisation, to its climate contact.
    const folder = path.join(host.documentsFolder, 'svar')
    mkdirSync(folder)
    host.answerFolder(folder)
    await queue.writeReplies(2).click()
    await expect(notices(app).getByText(`2 svarutkast er lagret i ${folder}.`)).toBeVisible()
    const drafts = readdirSync(folder).sort()
    expect(drafts).toEqual(['Ola Hansen (Solstrand Eiendom AS).eml', 'Åse Lie (Sandvika Bygg og Anlegg AS).eml'])
    const draft = readFileSync(path.join(folder, drafts[0]!), 'utf8')
    expect(draft).toContain('X-Unsent: 1')
    expect(draft).toMatch(/Hei Ola,/)

    // The organisation page shows the application with every answer, and both people.
    await new MainMenu(app).go('Virksomheter')
    await app.getByRole('main').getByRole('link', { name: 'Sandvika Bygg og Anlegg AS' }).click()
    const org = new OrganisationPage(app, 'Sandvika Bygg og Anlegg AS')
    await expect(org.heading).toBeVisible()
    const application = app.getByRole('region', { name: 'Søknad' })
    await expect(application).toContainText('Søknad 05.11.2026 – ønsker å bli partner (skjema 102)')
    await expect(application).toContainText('Utslippsfrie byggeplasser innen 2027; "fossilfri" maskinpark.')
    await expect(org.main).toContainText('Rådhustorget 2, 1337 Sandvika (Bærum kommune)')
    await expect(org.people).toContainText('Per Øverby')
    await expect(org.people).toContainText('Åse Lie')
    await app.screenshot({ path: 'test-results/screens/applications-organisation.png', fullPage: true })
  })

  test('the Data page’s spreadsheet import knows the form’s export and sends it to Søknader', async ({ app, host }) => {
    await openApp(app)
    const data = new DataPage(app, host)
    await data.open()
    const file = path.join(host.documentsFolder, 'skjema.csv')
    writeFileSync(file, windows1252(applicationFormCsv()))
    await data.spreadsheet.importSpreadsheet(file)
    await expect(data.spreadsheet.text(/«skjema.csv» er en eksport fra søknadsskjemaet/)).toBeVisible()
    await data.spreadsheet.region.getByRole('link', { name: 'Søknader' }).click()
    await expect(new ApplicationsPage(app, host).heading).toBeVisible()
  })
})

