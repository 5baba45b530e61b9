import { readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { seedOrganisations } from '../fixtures/seed-organisations'
import { expect, expectAccessible, openApp, test } from './fixtures'
import { seedInPage } from './host/seed-in-page'

test.describe('the member register', () => {
  test('shows 130 organisations, sorts, filters and looks right', async ({ app }) => {
    await openApp(app)
    await app.getByRole('link', { name: 'Virksomheter' }).click()
    await seedInPage(app, seedOrganisations(130))
    await expect(app.getByText('Viser 130 av 130 virksomheter')).toBeVisible()
    await app.screenshot({ path: 'test-results/screens/register.png' })
    await expectAccessible(app)
  })
})
