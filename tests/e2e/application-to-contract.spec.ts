import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { applicationFormCsv, utf8WithBom } from '../fixtures/application-form'
import { extractText } from '../unit/main/pdf/read-pdf'
import { expect, notices, openApp, test } from './fixtures'
import { ApplicationsPage } from './pages/applications-page'
import { signatoriesFor } from './contract-pdf'
import { BatchContractsPage } from './pages/contracts'
import { LunchPlannerPage } from './pages/lunch-planner-page'
import { LunchesPage } from './pages/lunches-page'
import { OrganisationPage } from './pages/organisation-page'
import { RegisterPage } from './pages/register-page'
import { screenshotWholePage } from './pages/shell'

/** The two applicants the test takes all the way, with what their contracts must say. */
const APPLICANTS = [
  { name: 'Solstrand Eiendom AS', leader: 'Kari Solberg', title: 'Administrerende direktør', contact: 'Ola Hansen', contactTitle: 'Bærekraftsansvarlig', address: 'Lysaker torg 5, 1366 Lysaker' },
  { name: 'Sandvika Bygg og Anlegg AS', leader: 'Per Øverby', title: 'Daglig leder', contact: 'Åse Lie', contactTitle: 'HMS-sjef', address: 'Rådhustorget 2, 1337 Sandvika' },
] as const

test.describe('from application to contract', () => {
  test('the fixture form export is imported, two applicants approved, their top leaders seated at a lunch and named as signatories in the contracts', async ({ app, host }) => {
    test.setTimeout(180_000)
    await openApp(app)

    // The form export, imported through Søknader with the reviewer's answers.
    const applications = new ApplicationsPage(app, host)
    await applications.open()
    const file = path.join(host.documentsFolder, 'soknader.csv')
    writeFileSync(file, utf8WithBom(applicationFormCsv()))
    const { import: form, queue } = applications
    await form.importFile(file)
    await form.sector('Havbruk').selectOption({ label: 'Legg til «Havbruk» som ny bransje' })
    await form.municipality('Lysaker').fill('Bærum')
    await form.municipality('Sandvika').fill('Bærum')
    await form.importButton(6).click()
    await expect(notices(app).getByText(/^6 søknader er importert fra soknader\.csv/)).toBeVisible()

    // Two approved at once.
    for (const { name } of APPLICANTS) await queue.select(name).check()
    await queue.reason.fill('Oppfyller kriteriene')
    await queue.approve.click()
    await expect(notices(app).getByText('2 søkere er godkjent og kan inviteres til signeringslunsj.')).toBeVisible()

    // A signing lunch: both invited, each with its top leader as guest, seated at one table.
    const lunches = new LunchesPage(app)
    await lunches.open()
    await lunches.createLunch('03.12.2026')
    const planner = new LunchPlannerPage(app)
    await planner.details.saveDetails({ commissionerName: 'Marit Vea' })
    await expect(notices(app).getByText('Lunsjen er lagret.')).toBeVisible()
    for (const { name } of APPLICANTS) await planner.candidates.invite(name)
    await expect(planner.candidates.text('Ingen godkjente søkere venter på signering.')).toBeVisible()
    const { guests, seating } = planner
    for (const { name, leader, title, contact, contactTitle } of APPLICANTS) {
      const guest = guests.form(name)
      // Both people of an approved applicant are offered as guests; the top leader is chosen.
      await expect(guest.guest.getByRole('option')).toHaveText([`${leader}, ${title}`, `${contact}, ${contactTitle}`, 'Ny person …'])
      await guest.guest.selectOption({ label: `${leader}, ${title}` })
      await guest.add.click()
      await expect(guests.organisationHeading(`${name} 1 av 2`)).toBeVisible()
    }
    await seating.addTables({ seats: '6', shape: 'round' })
    await seating.autoSeat.click()
    await expect(seating.unseatedHeading(0)).toBeVisible()
    for (const { leader } of APPLICANTS) await expect(seating.seatOf(leader)).toHaveAccessibleName(/^Bord 1, plass \d: /)
    await expect(seating.seats(/: Ola Hansen|: Åse Lie/)).toHaveCount(0)
    await seating.plan.scrollIntoViewIfNeeded()
    await app.screenshot({ path: 'test-results/screens/application-to-contract-seating.png' })

    // The contracts, for the lunch's organisations, from the batch page.
    await new RegisterPage(app).open()
    await app.getByRole('main').getByRole('link', { name: APPLICANTS[0].name }).click()
    const organisation = new OrganisationPage(app, APPLICANTS[0].name)
    await organisation.batchContracts.click()
    const batch = new BatchContractsPage(app)
    await expect(batch.heading).toBeVisible()
    await batch.lunch.selectOption({ label: '03.12.2026 – Signeringslunsj' })
    await expect(batch.listLegend).toHaveText(/\(2 valgt av 2 viste\)/)
    await expect(batch.commissioner).toHaveValue('Marit Vea')
    for (const { name, leader } of APPLICANTS) {
      await expect(batch.organisation(name)).toBeChecked()
      await expect(batch.signer(name).locator('option:checked')).toHaveText(new RegExp(`^${leader} \\(toppleder`))
    }
    await screenshotWholePage(app, 'test-results/screens/application-to-contract-batch.png')
    await batch.make.click()
    await expect(notices(app).getByText('2 klimakontrakter er lagret som Klimakontrakter Signeringslunsj 03.12.2026.pdf.')).toBeVisible()

    // The PDF as a reader sees it: each organisation's address, and its top leader under its signature line.
    const pdfFile = path.join(host.documentsFolder, 'Klimakontrakter Signeringslunsj 03.12.2026.pdf')
    copyFileSync(pdfFile, 'test-results/application-to-contract.pdf')
    const pdf = await extractText(new Uint8Array(readFileSync(pdfFile)))
    for (const { name, leader, title, contact, address } of APPLICANTS) {
      const pages = pdf.details.filter((p) => p.text.includes(name))
      expect(pages.length).toBeGreaterThanOrEqual(2)
      expect(pages.map((p) => p.text).join('\n')).toContain(address)
      // One signature column per copy, both with the top leader.
      expect(signatoriesFor(pdf.details, name)).toEqual([{ name: leader, title }, { name: leader, title }])
      expect(pages.map((p) => p.text).join('\n')).not.toContain(contact)
    }
  })
})
