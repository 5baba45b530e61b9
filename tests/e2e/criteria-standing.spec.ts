import { expect, expectAccessible, openApp, test } from './fixtures'
import { OrganisationPage } from './pages/organisation-page'
import { RegisterPage } from './pages/register-page'
import { CriteriaPage, OverviewPage } from './pages/reports-pages'
import { seedDatabase } from './reports-seed'
import { screenshotWholePage } from './pages/shell'
import { attended, contract, meeting, organisation, person, statusEvent } from '../shared/year-fixtures'

/** A member signed by its top leader with measures from its application: only meetings and reports can fail. */
function member(id: string, name: string) {
  const base = organisation(id, name)
  return organisation(id, name, { criteria: { ...base.criteria, action: { status: 'oppfylt', note: 'Tiltak i søknaden' } } })
}

const at = '2026-01-01T00:00:00.000Z'

/**
 * 28.11.2026 (E2E_START), after 1 September: "Flink Fjord" attended and reported, "Glemt Gård" skipped
 * every meeting and report of 2025 and 2026, "Ny Nabo" joined in February 2026 and has attended nothing.
 */
function rows() {
  return {
    organisations: [member('flink', 'Flink Fjord AS'), member('glemt', 'Glemt Gård AS'), member('nabo', 'Ny Nabo AS')],
    statusEvents: [statusEvent('flink', 'medlem', '2024-01-10'), statusEvent('glemt', 'medlem', '2024-01-10'), statusEvent('nabo', 'medlem', '2026-02-01')],
    people: [person('pf', 'flink', 'Frida Fjord', ['toppleder']), person('pg', 'glemt', 'Gunnar Gård', ['toppleder']), person('pn', 'nabo', 'Nina Nabo', ['toppleder'])],
    contracts: [contract('flink', '2024-01-10', 'pf'), contract('glemt', '2024-01-10', 'pg'), contract('nabo', '2026-02-01', 'pn')],
    events: [
      meeting('m25', 'nettverksmote', '2025-05-05', 'Vårmøtet 2025'),
      meeting('m26', 'nettverksmote', '2026-10-05', 'Høstmøtet 2026'),
      meeting('lunch', 'signeringslunsj', '2027-06-10', 'Signeringslunsj 10.06.2027'),
    ],
    registrations: [attended('m25', 'flink', 'pf'), attended('m26', 'flink', 'pf')],
    annualReports: [2024, 2025].map((year) => ({
      id: `rep-flink-${year}`,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      organisationId: 'flink',
      year,
      status: 'mottatt',
      receivedDate: `${year + 1}-03-01`,
      caseNumber: '',
      data: {},
    })),
  }
}

test.describe('criteria the secretariat can act on', () => {
  test.beforeEach(async ({ app }) => {
    await openApp(app)
    await seedDatabase(app, rows())
  })

  test('Oversikt counts last year’s failures and this year’s risks, and says the lunch date once', async ({ app }) => {
    const overview = new OverviewPage(app)
    await expect(overview.failedLastYear(2026)).toHaveText('1 oppfylte ikke kriteriene i 2025')
    await expect(overview.atRisk(2026)).toHaveText('2 i faresonen i 2026')
    await expect(overview.nextLunch.getByText('Signeringslunsj 10.06.2027', { exact: true })).toBeVisible()
    await expect(overview.nextLunch).not.toContainText('10.06.2027, 10.06.2027')
    await expect(overview.upcomingEvents).toContainText('10.06.2027 – Signeringslunsj')
    await expect(overview.upcomingEvents).not.toContainText('Signeringslunsj 10.06.2027')
    await expectAccessible(app)
    await screenshotWholePage(app, 'test-results/standing-overview.png')

    // The link opens Kriterier with only the members at risk, each with the reasons in words.
    await overview.atRisk(2026).click()
    const criteria = new CriteriaPage(app)
    await expect(criteria.onlyAtRisk).toBeChecked()
    await expect(criteria.row(2026, 'Glemt Gård AS')).toContainText('I faresonen')
    await expect(criteria.row(2026, 'Ny Nabo AS')).toBeVisible()
    await expect(criteria.row(2026, 'Flink Fjord AS')).toHaveCount(0)
    const evidence = await criteria.showEvidence(2026, 'Glemt Gård AS')
    await expect(evidence).toContainText('Deltakelse: Deltok ikke på noe møte i nettverket i 2025.')
    await expect(evidence).toContainText('Rapportering: Årsrapporten for 2025 er ikke mottatt; fristen 01.04.2026 er passert.')
    await expect(evidence).toContainText('Deltakelse: Ingen møter i nettverket i 2026 ennå etter 01.09.2026; minst ett møte trengs innen 31.12.2026.')
    await expect(evidence).toContainText('Deltakelse: 0 av 1 møte i 2026, innen 31.12.2026')
    await expect(evidence).toContainText('Rapportering: årsrapport 2025 forfalt 01.04.2026, ikke mottatt')
    await expectAccessible(app)
    await screenshotWholePage(app, 'test-results/standing-criteria.png')
  })

  test('the register filters on last year’s verdict and this year’s risk, and the organisation page says why', async ({ app }) => {
    const register = new RegisterPage(app)
    await register.open()
    await register.failedLastYear.check()
    await expect(register.names).toHaveText(['Glemt Gård AS'])
    await expect(register.row('Glemt Gård AS')).toContainText('Ikke oppfylt 2025')
    await expect(register.row('Glemt Gård AS')).toContainText('I faresonen 2026')
    await screenshotWholePage(app, 'test-results/standing-register.png')
    await register.failedLastYear.uncheck()
    await register.atRisk.check()
    await expect(register.names).toHaveText(['Glemt Gård AS', 'Ny Nabo AS'])
    await register.atRisk.uncheck()
    await expect(register.names).toHaveCount(3)

    await register.openOrganisation('Flink Fjord AS')
    const flink = new OrganisationPage(app, 'Flink Fjord AS')
    await expect(flink.criteriaLastYear(2025)).toContainText('Ingen kriterier brutt')
    await expect(flink.criteriaProgress(2026)).toContainText('Deltakelse: 1 av 1 møte i 2026')
    await expect(flink.criteriaProgress(2026)).toContainText('Rapportering: årsrapport 2025 mottatt 01.03.2026')
    await expect(flink.criteriaProgress(2026)).not.toContainText('I faresonen')

    await flink.backToRegister.click()
    await expect(register.names).toHaveCount(3)
    await register.openOrganisation('Ny Nabo AS')
    await expect(app.getByRole('heading', { level: 1 })).toHaveText('Ny Nabo AS')
    const ny = new OrganisationPage(app, 'Ny Nabo AS')
    await expect(ny.criteriaLastYear(2025)).toHaveText(/Ikke medlem i 2025\./)
    await expect(ny.criteriaProgress(2026)).toContainText('I faresonen')
    await expect(ny.criteriaProgress(2026)).toContainText('Deltakelse: 0 av 1 møte i 2026, innen 31.12.2026')
    await expectAccessible(app)
    await screenshotWholePage(app, 'test-results/standing-organisation.png')
  })
})
