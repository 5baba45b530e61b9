import { readFileSync } from 'node:fs'
import path from 'node:path'
import { seedOrganisations, type SeedData } from '../fixtures/seed-organisations'
import { extractText } from '../unit/main/pdf/read-pdf'
import { expect, expectAccessible, notices, openApp, openRegisterWith, test } from './fixtures'
import { meeting } from '../shared/year-fixtures'
import { BatchContractsPage } from './pages/contracts'
import { OrganisationPage } from './pages/organisation-page'
import { seedDatabase } from './reports-seed'

/** Four organisations: one without top leader or deputy, one partner, one already a member. */
function seed(): SeedData {
  const data = seedOrganisations(4)
  const [leaderless, withLeader, partner, member] = data.organisations as [SeedData['organisations'][number], SeedData['organisations'][number], SeedData['organisations'][number], SeedData['organisations'][number]]
  leaderless.name = 'Alfa Uten Leder AS'
  withLeader.name = 'Beta Med Leder AS'
  partner.name = 'Gamma Partner AS'
  member.name = 'Delta Medlem AS'
  for (const org of [leaderless, withLeader, partner]) org.status = 'godkjent'
  member.status = 'medlem'
  partner.tier = 'partner'
  data.people = data.people.filter((p) => p.organisationId !== leaderless.id)
  const base = data.people[0]!
  data.people.push({ ...base, id: 'contact-alfa', organisationId: leaderless.id, name: 'Åse Klimakontakt', title: 'Miljørådgiver', roles: ['klimakontakt'] })
  data.people = data.people.filter((p) => p.organisationId !== withLeader.id)
  data.people.push({ ...base, id: 'leader-beta', organisationId: withLeader.id, name: 'Ola Toppleder', title: 'Daglig leder', roles: ['toppleder'] })
  data.people.push({ ...base, id: 'contact-beta', organisationId: withLeader.id, name: 'Kari Klimakontakt', title: 'HMS-leder', roles: ['klimakontakt'] })
  // A small partner where one person holds every role: a long name and role list for the signer select.
  data.people = data.people.filter((p) => p.organisationId !== partner.id)
  data.people.push({ ...base, id: 'all-gamma', organisationId: partner.id, name: 'Guro Haugen-Mangeroller', title: 'Daglig leder', roles: ['toppleder', 'stedfortreder', 'klimakontakt'] })
  return data
}

async function openBatch(app: Parameters<typeof openApp>[0]): Promise<BatchContractsPage> {
  await openRegisterWith(app, seed())
  await app.goto('/#/klimakontrakter')
  const batch = new BatchContractsPage(app)
  await expect(batch.heading).toBeVisible()
  return batch
}

test.describe('klimakontrakter for flere: the right signatory', () => {
  test('a row without top leader or deputy is unticked and says why; another signer is warned about by Lederforankring', async ({ app, host }) => {
    const batch = await openBatch(app)
    const alfa = batch.organisation('Alfa Uten Leder AS')
    await expect(alfa).toBeDisabled()
    await expect(alfa).not.toBeChecked()
    await expect(batch.form.getByText(/^Mangler toppleder og stedfortreder/)).toHaveCount(1)

    await batch.selectAll.click()
    await expect(batch.organisation('Beta Med Leder AS')).toBeChecked()
    await expect(batch.organisation('Gamma Partner AS')).toBeChecked()
    await expect(alfa).not.toBeChecked()
    await expect(batch.listLegend).toHaveText(/\(3 valgt av 4 viste\)/)

    // Beta is signed by its top leader by default; choosing the climate contact warns.
    await expect(batch.signer('Beta Med Leder AS')).toHaveValue('leader-beta')
    await batch.signer('Beta Med Leder AS').selectOption({ label: 'Kari Klimakontakt (klimakontakt)' })
    await expect(batch.form.getByText(/^Kari Klimakontakt er verken toppleder eller stedfortreder\..*Lederforankring/)).toBeVisible()
    await batch.signer('Beta Med Leder AS').selectOption({ label: 'Ola Toppleder (toppleder)' })
    await expect(batch.form.getByText(/Lederforankring/)).toHaveCount(0)
    await app.screenshot({ path: 'test-results/screens/contract-batch-rules.png', fullPage: true })
    await expectAccessible(app)

    // A signer with many roles: the row and the select's title say them in full, however narrow the select.
    const guro = 'Guro Haugen-Mangeroller (toppleder, stedfortreder, klimakontakt)'
    await expect(batch.organisation('Gamma Partner AS')).toHaveAccessibleName(`Gamma Partner AS – Godkjent, partner, signeres av ${guro}`)
    await expect(batch.signer('Gamma Partner AS')).toHaveAttribute('title', guro)
    await batch.signer('Gamma Partner AS').scrollIntoViewIfNeeded()
    await app.screenshot({ path: 'test-results/screens/contract-batch-long-roles.png' })

    // Filters: tier, then status; "Velg alle" picks only what is shown.
    await batch.clearSelection.click()
    await batch.tierFilter.selectOption({ label: 'Partner' })
    await expect(batch.organisation('Gamma Partner AS')).toBeVisible()
    await expect(batch.organisation('Beta Med Leder AS')).toHaveCount(0)
    await batch.tierFilter.selectOption({ label: 'Alle' })
    await batch.statusFilter.selectOption({ label: 'Signert' })
    await expect(batch.listLegend).toHaveText(/\(0 valgt av 1 viste\)/)
    await batch.selectAll.click()
    await expect(batch.organisation('Delta Medlem AS')).toBeChecked()
    // Status and tier share the word: a member says it once.
    await expect(batch.organisation('Delta Medlem AS')).toHaveAccessibleName(/^Delta Medlem AS – Medlem, signeres av /)
    await batch.statusFilter.selectOption({ label: 'Alle' })
    await expect(batch.listLegend).toHaveText(/\(1 valgt av 4 viste\)/)

    // Alfa signed by its climate contact only when chosen explicitly: warned, and the PDF names her.
    await batch.signer('Alfa Uten Leder AS').selectOption({ label: 'Åse Klimakontakt (klimakontakt)' })
    await expect(batch.form.getByText(/^Åse Klimakontakt er verken toppleder eller stedfortreder/)).toBeVisible()
    await alfa.check()
    await batch.commissioner.fill('Marit Vea')
    await batch.signingDate.fill('03.06.2027')
    await batch.make.click()
    await expect(notices(app).getByText('2 klimakontrakter er lagret som Klimakontrakter 03.06.2027.pdf.')).toBeVisible()
    const text = (await extractText(new Uint8Array(readFileSync(path.join(host.documentsFolder, 'Klimakontrakter 03.06.2027.pdf'))))).all
    expect(text).toContain('Åse Klimakontakt')
    expect(text).toContain('Delta Medlem AS')
    expect(text).not.toContain('Beta Med Leder AS')
  })

  test('the lunch filter shows the organisations at that lunch; choosing it as the signing lunch ticks those with a leader', async ({ app }) => {
    const data = seed()
    await openRegisterWith(app, data)
    const id = (name: string) => data.organisations.find((o) => o.name === name)!.id
    // A long title, as lunches get: the narrow filter must not push it out of the form.
    const LONG_TITLE = 'Desemberlunsj med byråden for miljø og samferdsel i Oslo rådhus'
    const lunch = { ...meeting('lunch-desember', 'signeringslunsj', '2026-12-03', LONG_TITLE), invitedOrganisationIds: [id('Alfa Uten Leder AS'), id('Beta Med Leder AS')] }
    await seedDatabase(app, { events: [lunch] })
    await app.goto('/#/klimakontrakter')
    const batch = new BatchContractsPage(app)
    await expect(batch.heading).toBeVisible()

    await batch.lunchFilter.selectOption({ label: `03.12.2026 – ${LONG_TITLE}` })
    await expect(batch.listLegend).toHaveText(/\(0 valgt av 2 viste\)/)
    // On a narrow window the filter stays inside the form, and its title says the whole choice.
    await app.setViewportSize({ width: 820, height: 800 })
    await expect(batch.lunchFilter).toHaveAttribute('title', `03.12.2026 – ${LONG_TITLE}`)
    const filterBox = await batch.lunchFilter.boundingBox()
    const formBox = await batch.form.boundingBox()
    expect(filterBox && formBox && filterBox.x + filterBox.width <= formBox.x + formBox.width).toBe(true)
    await app.screenshot({ path: 'test-results/screens/contract-batch-lunch-filter-narrow.png' })
    await expect(batch.organisation('Gamma Partner AS')).toHaveCount(0)
    await batch.lunchFilter.selectOption({ label: 'Alle virksomheter' })
    await expect(batch.listLegend).toHaveText(/\(0 valgt av 4 viste\)/)

    await batch.lunch.selectOption({ label: `03.12.2026 – ${LONG_TITLE}` })
    await expect(batch.lunchFilter).toHaveValue('lunch-desember')
    await expect(batch.organisation('Beta Med Leder AS')).toBeChecked()
    await expect(batch.organisation('Alfa Uten Leder AS')).not.toBeChecked()
    await expect(batch.listLegend).toHaveText(/\(1 valgt av 2 viste\)/)
    await expect(batch.signingDate).toHaveValue('03.12.2026')
  })

  test('the single contract form starts empty without a leader, and warns by Lederforankring when someone else signs', async ({ app }) => {
    const data = seed()
    await openRegisterWith(app, data)
    const alfa = data.organisations.find((o) => o.name === 'Alfa Uten Leder AS')!
    await app.goto(OrganisationPage.path(alfa.id))
    const org = new OrganisationPage(app, 'Alfa Uten Leder AS')
    await expect(org.heading).toBeVisible()
    const panel = org.contract
    await expect(panel.signer).toHaveValue('')
    await expect(panel.text(/^Mangler toppleder og stedfortreder/)).toBeVisible()
    await expect(panel.text(/Lederforankring/)).toHaveCount(0)
    await panel.person.selectOption({ label: 'Åse Klimakontakt' })
    await expect(panel.signer).toHaveValue('Åse Klimakontakt')
    await expect(panel.text(/^Åse Klimakontakt er verken toppleder eller stedfortreder\..*Lederforankring/)).toBeVisible()
    await panel.person.scrollIntoViewIfNeeded()
    await app.screenshot({ path: 'test-results/screens/contract-form-warning.png' })
  })
})
