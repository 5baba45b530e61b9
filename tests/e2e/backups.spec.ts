import { readdirSync, renameSync } from 'node:fs'
import path from 'node:path'
import { BackupStore } from '../../electron/main/backups/backup-store'
import { formatTimestamp } from '../../renderer/lib/dates'
import { expect, expectAccessible, openApp, test } from './fixtures'
import { DataPage } from './pages/data-page'
import { OverviewPage } from './pages/reports-pages'
import { SettingsPage } from './pages/settings-page'

const OTHER_LAPTOP = 'bbbbbbbb-2222-4222-8222-222222222222'
const otherEnvelope = new TextEncoder().encode(
  JSON.stringify({
    format: 'nfk-sekretariat-eksport',
    version: 2,
    exportId: '11111111-2222-4333-8444-555555555555',
    exportedAt: '2026-11-27T10:00:00.000Z',
    appVersion: '0.1.0',
    installId: OTHER_LAPTOP,
    counts: { organisations: 2 },
    data: { organisations: [{ id: 'a' }, { id: 'b' }] },
  }),
)

test.describe('backups: which laptop, why, and a warning when they are old', () => {
  test('warns on Oversikt and Data until this laptop has a backup, lists who made each, and warns again when it is old', async ({ app, host }) => {
    await openApp(app)
    const overview = new OverviewPage(app)
    await expect(overview.backupWarning).toContainText('Det finnes ingen sikkerhetskopi fra denne maskinen ennå.')
    await app.screenshot({ path: 'test-results/backups-overview-none.png', fullPage: true })
    await overview.goToBackups.click()

    const data = new DataPage(app, host)
    await expect(data.heading).toBeVisible()
    await expect(data.backupWarning).toContainText('ingen sikkerhetskopi fra denne maskinen')
    await data.backups.backupNow.click()
    await expect(data.backups.row(/Denne maskinen\s*Manuell/)).toBeVisible()
    await expect(data.backupWarning).toHaveCount(0)

    // Another laptop's backup in the shared second folder: listed under its user's name, never counted as ours.
    const share = path.join(host.root, 'Fellesmappe')
    const settings = new SettingsPage(app)
    await settings.open()
    host.answerFolder(share)
    await settings.chooseBackupFolder.click()
    await expect(settings.text(share)).toBeVisible()
    const other = new BackupStore(path.join(host.root, 'annen-maskin'), async () => share, { now: () => new Date(host.now().getTime() - 60 * 60 * 1000) })
    await other.write(otherEnvelope, 'close', 'Ola Nordmann')

    // This laptop's only backup, made three days older than it is.
    const folder = path.join(host.dataFolder, 'backups')
    const [mine] = readdirSync(folder).filter((n) => n.endsWith('.json'))
    const stamp = /\d{4}-\d{2}-\d{2}T[\d-]+Z/.exec(mine ?? '')?.[0] ?? ''
    const threeDaysAgo = new Date(Date.parse(stamp.replace(/T(\d\d)-(\d\d)-(\d\d)-/, 'T$1:$2:$3.')) - 3 * 24 * 60 * 60 * 1000)
    const older = (mine ?? '').replace(stamp, threeDaysAgo.toISOString().replace(/[:.]/g, '-'))
    renameSync(path.join(folder, `${mine}.meta`), path.join(folder, `${older}.meta`))
    renameSync(path.join(folder, mine ?? ''), path.join(folder, older))

    await overview.open()
    await expect(overview.backupWarning).toContainText(`Den nyeste sikkerhetskopien fra denne maskinen er fra ${formatTimestamp(threeDaysAgo.toISOString())}, 3 dager siden.`)
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/backups-overview-old.png', fullPage: true })

    await data.open()
    await expect(data.backupWarning).toContainText('3 dager siden')
    await expect(data.backups.row(/Ola Nordmann\s*Ved lukking\s*2 virksomheter/)).toBeVisible()
    await expect(data.backups.row(/Denne maskinen\s*Manuell/)).toBeVisible()
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/backups-data-old.png', fullPage: true })
  })
})
