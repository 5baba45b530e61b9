import { readFileSync } from 'node:fs'
import { emptyChecklist } from '../../renderer/domain/report/report-rules'
import { extractText } from '../unit/main/pdf/read-pdf'
import { expect, expectAccessible, notice, notices, openApp, test } from './fixtures'
import { OrganisationPage } from './pages/organisation-page'
import { RegisterPage } from './pages/register-page'
import { ReportsPage } from './pages/reports-pages'
import { SettingsPage } from './pages/settings-page'
import { networkRows, seedDatabase } from './reports-seed'

/** Aker Energi AS (the partner in the network rows) reported through Klimapartnere in 2024 and 2025. */
function partnerReport(year: number, date: string, scope1: number, scope2: number, scope3: number) {
  const checklist = emptyChecklist()
  checklist.partner = { klimapartnereDate: date, tonnes: { scope1, scope2, scope3 } }
  const at = '2026-01-01T00:00:00.000Z'
  return { id: `report-a-${year}`, createdAt: at, updatedAt: at, deletedAt: null, organisationId: 'a', year, status: 'mottatt', receivedDate: date, caseNumber: '', data: {}, checklist }
}

test.describe('the partner track', () => {
  test('the Klimapartnere date and tonnes per scope show in the partner’s reports and in the status report, with the change from last year', async ({ app, host }) => {
    await openApp(app)
    const rows = networkRows()
    await seedDatabase(app, { ...rows, annualReports: [...(rows.annualReports ?? []).filter((r) => !('organisationId' in r && r.organisationId === 'a')), partnerReport(2024, '2025-03-10', 120, 60, 1100), partnerReport(2025, '2026-03-15', 100, 50, 1000)] })

    await app.goto(OrganisationPage.path('a'))
    const org = new OrganisationPage(app, 'Aker Energi AS')
    await expect(org.heading).toBeVisible()
    const table = org.main.getByRole('table', { name: 'Klimaregnskap via Klimapartnere (tonn CO₂e)' })
    await expect(table.getByRole('row', { name: /^2025/ })).toHaveText(/2025\s*15\.03\.2026\s*100 t\s*50 t\s*1\s000 t\s*1\s150 t\s*−130 t/)
    await expect(table.getByRole('row', { name: /^2024/ })).toHaveText(/2024\s*10\.03\.2025\s*120 t\s*60 t\s*1\s100 t\s*1\s280 t\s*–/)
    await app.screenshot({ path: 'test-results/screens/partner-reports-panel.png', fullPage: true })

    const reports = new ReportsPage(app, 2025)
    await reports.open()
    await reports.statusReport.click()
    await expect(notice(app, /Statusrapporten er lagret som Statusrapport Næring for klima 2025\.pdf/)).toBeVisible()
    const file = `${host.documentsFolder}/Statusrapport Næring for klima 2025.pdf`
    const text = await extractText(new Uint8Array(readFileSync(file)))
    expect(text.pages[0]).toContain('Partnere: klimaregnskap gjennom Klimapartnere 2025')
    expect(text.pages[0]).toMatch(/Aker Energi AS\s+15\.03\.2026\s+100 t\s+50 t\s+1\s000 t\s+1\s150 t\s+−130 t/)
    expect(text.pages[0]).toMatch(/Sum\s+1 av 1\s+100 t\s+50 t\s+1\s000 t\s+1\s150 t\s+−130 t/)
  })

  test('a signed partner is called a partner, never a member: its badge, status, history and the status it may be given', async ({ app }) => {
    await openApp(app)
    await seedDatabase(app, networkRows())
    await app.goto(OrganisationPage.path('a'))
    const org = new OrganisationPage(app, 'Aker Energi AS')
    await expect(org.heading).toBeVisible()
    await expect(org.statusBadge).toHaveText('Status: Partner')
    await expect(org.status.text('Nå: Partner')).toBeVisible()
    await expect(org.status.text('Partnerperioder: 01.05.2023–nå')).toBeVisible()
    await expect(org.status.region.getByRole('list', { name: 'Statushistorikk' })).toHaveText('01.05.2023 Partner')
    await expect(org.status.newStatus.getByRole('option')).toHaveText(['Søker', 'Godkjent', 'Invitert til signering', 'Partner', 'Utmeldt', 'Avslått'])
    await expect(org.main.getByText('Medlem', { exact: true })).toHaveCount(0)
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/screens/partner-status.png', fullPage: true })

    // A member on the member tier keeps its word.
    await app.goto(OrganisationPage.path('b'))
    const member = new OrganisationPage(app, 'Bygg Bærum AS')
    await expect(member.heading).toBeVisible()
    await expect(member.statusBadge).toHaveText('Status: Medlem')
    await expect(member.status.text('Nå: Medlem')).toBeVisible()

    // The register's status column names each signed organisation by its tier too.
    const register = new RegisterPage(app)
    await register.open()
    await expect(register.row('Aker Energi AS').getByRole('cell', { name: 'Partner', exact: true })).toHaveCount(2)
    await expect(register.row('Bygg Bærum AS').getByRole('cell', { name: 'Medlem', exact: true })).toHaveCount(2)
    await app.screenshot({ path: 'test-results/screens/partner-register.png', fullPage: true })
  })

  test('the contract template has a text per tier, each with its own versions', async ({ app }) => {
    await openApp(app)
    const settings = new SettingsPage(app)
    await settings.open()
    const { template } = settings
    await expect(template.body).toHaveValue(/Medlemskapet er gratis\./)
    await template.tier.selectOption({ label: 'Partnere' })
    await expect(template.body).toHaveValue(/blir \{\{virksomhet\.navn\}\} partner i Næring for klima/)
    await expect(template.body).not.toHaveValue(/gratis/)
    await expect(template.body).toHaveValue(/arena for dialog og samarbeid mellom kommunen og næringslivet/)
    await template.adoptText('# Partneravtale\nTekst for {{virksomhet.navn}}.')
    await expect(notices(app).getByText('Kontraktmalen for partnere er lagret som versjon 1.')).toBeVisible()
    await template.tier.selectOption({ label: 'Medlemmer' })
    await expect(template.body).toHaveValue(/Medlemskapet er gratis\./)
    await template.tier.selectOption({ label: 'Partnere' })
    await expect(template.body).toHaveValue('# Partneravtale\nTekst for {{virksomhet.navn}}.')
    await app.getByRole('heading', { name: 'Klimakontrakten' }).scrollIntoViewIfNeeded()
    await app.screenshot({ path: 'test-results/screens/template-partner.png', fullPage: false })
    await expectAccessible(app)
  })
})
