/**
 * The survivor of a duplicate merge shows, in its change history, what another laptop wrote about
 * the merged-away duplicate before it learnt of the merge (sync leaves such entries under the
 * duplicate): marked as written about it. Seeded as sync leaves the data; the sync itself is
 * covered by tests/unit/renderer/db/sync/merged-history.test.ts.
 */
import { randomUUID } from 'node:crypto'
import type { AuditEntry } from '../../renderer/db/models'
import { organisation, seed } from './events-seed'
import { expect, expectAccessible, openApp, test } from './fixtures'
import { OrganisationPage } from './pages/organisation-page'
import { RegisterPage } from './pages/register-page'
import { screenshotWholePage } from './pages/shell'

const entry = (about: { id: string }, at: string, userName: string, summary: string, changes: AuditEntry['changes'] = {}): AuditEntry => ({
  id: randomUUID(),
  at,
  table: 'organisations',
  entityId: about.id,
  action: 'update',
  changes,
  summary,
  userName,
  installId: randomUUID(),
})

test('the survivor’s history shows what another laptop wrote about the merged-away duplicate, marked as such', async ({ app }) => {
  await openApp(app)
  const survivor = { ...organisation('Solstrand Eiendom AS'), createdAt: '2026-01-05T10:00:00.000Z' }
  const duplicate = { ...organisation('Solstrand eiendom'), deletedAt: '2026-11-20T09:00:00.000Z', mergedInto: survivor.id }
  await seed(app, {
    organisations: [survivor, duplicate],
    auditLog: [
      entry(survivor, '2026-11-20T09:00:00.000Z', 'Kari', 'Slått sammen med Solstrand eiendom', { mergedFrom: { from: null, to: duplicate.id } }),
      { ...entry(duplicate, '2026-11-20T09:00:00.000Z', 'Kari', 'Solstrand eiendom ble slått sammen med Solstrand Eiendom AS og finnes nå bare som den', { mergedInto: { from: null, to: survivor.id } }), action: 'delete' },
      // Ola's laptop had not seen the merge yet.
      entry(duplicate, '2026-11-20T10:15:00.000Z', 'Ola', 'Opplysninger om Solstrand eiendom ble endret', { notes: { from: '', to: 'Ringes i januar' } }),
    ],
  })

  const register = new RegisterPage(app)
  await register.open()
  await register.openOrganisation('Solstrand Eiendom AS')
  const page = new OrganisationPage(app, 'Solstrand Eiendom AS')
  await expect(page.heading).toBeVisible()
  const late = page.historyEntry('Opplysninger om Solstrand eiendom ble endret')
  await expect(late).toContainText('Ola')
  await expect(late).toContainText('Skrevet om duplikatet «Solstrand eiendom», som er slått sammen med denne.')
  // The survivor's own entry is not marked, and the duplicate's own "was merged" line is not repeated.
  await expect(page.historyEntry('Slått sammen med Solstrand eiendom')).not.toContainText('Skrevet om duplikatet')
  await expect(page.history.getByRole('listitem')).toHaveCount(2)
  await expectAccessible(app)
  await page.history.scrollIntoViewIfNeeded()
  await screenshotWholePage(app, 'test-results/screens/organisation-history-duplicate.png')
  await page.history.screenshot({ path: 'test-results/screens/organisation-history-duplicate-section.png' })
})
