import { readFileSync } from 'node:fs'
import path from 'node:path'
import { seedOrganisations, type SeedData } from '../fixtures/seed-organisations'
import { expect, expectAccessible, notices, openRegisterWith, test } from './fixtures'
import { OrganisationPage } from './pages/organisation-page'
import { PartnerFeesPage } from './pages/partner-fees-page'

/** Two partners with fees (one paid, one invoiced, one neither) and a member without any. */
function seed(): SeedData {
  const data = seedOrganisations(3)
  const [aker, berg, member] = data.organisations as [SeedData['organisations'][number], SeedData['organisations'][number], SeedData['organisations'][number]]
  aker.name = 'Aker Partner AS'
  aker.tier = 'partner'
  aker.tierHistory = [{ date: '2025-01-01', from: 'medlem', to: 'partner' }]
  aker.partnerFee = [
    { year: 2025, amount: 25000, paid: true },
    { year: 2026, amount: 25000, paid: false },
  ]
  berg.name = 'Bølgen Partner AS'
  berg.tier = 'partner'
  berg.partnerFee = [{ year: 2026, amount: 12500, invoiced: true, paid: false }]
  member.name = 'Medlem Uten Avgift AS'
  member.tier = 'medlem'
  member.partnerFee = []
  return data
}

test.describe('Partneravgifter', () => {
  test('lists what partners owe, marks a fee invoiced and exports the list as CSV for the finance office', async ({ app, host }) => {
    const data = seed()
    const register = await openRegisterWith(app, data)
    await register.partnerFees.click()
    const fees = new PartnerFeesPage(app)
    await expect(fees.heading).toBeVisible()

    await expect(fees.summary).toHaveText('Utestående i alt: 37 500 kr fordelt på 2 kontingenter, 1 ikke fakturert.')
    await expect(fees.row('Aker Partner AS', 2026)).toContainText('Nei')
    await expect(fees.row('Bølgen Partner AS', 2026)).toContainText('Ja')
    await expect(fees.row('Aker Partner AS', 2025)).toHaveCount(0)
    await expect(fees.table.getByText('Medlem Uten Avgift AS')).toHaveCount(0)
    await app.screenshot({ path: 'test-results/screens/partner-fees.png', fullPage: true })
    await expectAccessible(app)

    await fees.markInvoiced('Aker Partner AS', 2026).click()
    await expect(notices(app).getByText('Partnerkontingenten 2026 for Aker Partner AS er merket som fakturert.')).toBeVisible()
    await expect(fees.summary).toHaveText('Utestående i alt: 37 500 kr fordelt på 2 kontingenter, alle fakturert.')

    await fees.exportCsv.click()
    await expect(notices(app).getByText('Lagret Partneravgifter 28.11.2026.csv.')).toBeVisible()
    const csv = readFileSync(path.join(host.documentsFolder, 'Partneravgifter 28.11.2026.csv'), 'utf8')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv.replace('\uFEFF', '').split('\r\n').slice(0, 3)).toEqual([
      'Virksomhet;Organisasjonsnummer;År;Beløp (kr);Fakturert',
      expect.stringMatching(/^Aker Partner AS;\d{3} \d{3} \d{3};2026;25000;Ja$/),
      expect.stringMatching(/^Bølgen Partner AS;\d{3} \d{3} \d{3};2026;12500;Ja$/),
    ])

    // The organisation page shows the fee's state and the dated change of tier.
    await app.goto(OrganisationPage.path(data.organisations[0]!.id))
    const org = new OrganisationPage(app, 'Aker Partner AS')
    await expect(org.heading).toBeVisible()
    await expect(org.main.getByRole('list', { name: 'Nivåhistorikk' })).toHaveText('01.01.2025: Medlem → Partner')
    await expect(org.main.getByText('2026: 25 000 kr – fakturert, ikke betalt')).toBeVisible()
    await app.screenshot({ path: 'test-results/screens/partner-organisation.png', fullPage: true })
  })
})
