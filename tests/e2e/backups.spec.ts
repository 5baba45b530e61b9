import { readdirSync, renameSync } from 'node:fs'
import path from 'node:path'
import { BackupStore } from '../../electron/main/backups/backup-store'
import { formatTimestamp } from '../../renderer/lib/dates'
import { expect, expectAccessible, openApp, test } from './fixtures'

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
    const overviewWarning = app.getByRole('region', { name: 'Varsel om sikkerhetskopi' })
    await expect(overviewWarning).toContainText('Det finnes ingen sikkerhetskopi fra denne maskinen ennå.')
    await app.screenshot({ path: 'test-results/backups-overview-none.png', fullPage: true })
    await overviewWarning.getByRole('link', { name: 'Gå til sikkerhetskopiene' }).click()

    await expect(app.getByRole('heading', { name: 'Data', level: 1 })).toBeVisible()
    const dataWarning = app.getByRole('region', { name: 'Varsel om sikkerhetskopi' })
    await expect(dataWarning).toContainText('ingen sikkerhetskopi fra denne maskinen')
    await app.getByRole('button', { name: 'Ta sikkerhetskopi nå' }).click()
    const backups = app.getByRole('table', { name: 'Sikkerhetskopier' })
    await expect(backups.getByRole('row', { name: /Denne maskinen\s*Manuell/ })).toBeVisible()
    await expect(dataWarning).toHaveCount(0)

    // Another laptop's backup in the shared second folder: listed under its user's name, never counted as ours.
    const share = path.join(host.root, 'Fellesmappe')
    await app.getByRole('link', { name: 'Innstillinger' }).click()
    host.answerFolder(share)
    await app.getByRole('button', { name: 'Velg ekstra mappe for sikkerhetskopier' }).click()
    await expect(app.getByText(share)).toBeVisible()
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

    await app.getByRole('link', { name: 'Oversikt' }).click()
    await expect(overviewWarning).toContainText(`Den nyeste sikkerhetskopien fra denne maskinen er fra ${formatTimestamp(threeDaysAgo.toISOString())}, 3 dager siden.`)
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/backups-overview-old.png', fullPage: true })

    await app.getByRole('link', { name: 'Data' }).click()
    await expect(dataWarning).toContainText('3 dager siden')
    await expect(backups.getByRole('row', { name: /Ola Nordmann\s*Ved lukking\s*2 virksomheter/ })).toBeVisible()
    await expect(backups.getByRole('row', { name: /Denne maskinen\s*Manuell/ })).toBeVisible()
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/backups-data-old.png', fullPage: true })
  })
})
