/**
 * At start, before the database is opened with today's schema: a backup if an upgrade is coming.
 * The export code is loaded only here, so the first screen does not wait for it in a plain start.
 */
import { notify } from '../../components/notices'
import { desktop, hasDesktop } from '../../lib/desktop'
import { upgradeMayBeNeeded } from '../../db/stored-version'

export async function backupBeforeUpgradeIfNeeded(): Promise<void> {
  if (!hasDesktop()) return
  // Most starts end here, before Dexie, the export code or a question to main is loaded.
  if (!(await upgradeMayBeNeeded())) return
  const [{ backupBeforeSchemaUpgrade }, { appVersion }] = await Promise.all([import('../../db/repositories/backup-repo'), import('./backup-actions')])
  const outcome = await backupBeforeSchemaUpgrade(async (bytes) => (await desktop().writeBackup({ reason: 'before-upgrade', bytes })).ok, {
    appVersion: await appVersion().catch(() => 'ukjent'),
  })
  if (outcome === 'failed') {
    notify('Sikkerhetskopien før oppgraderingen av databasen feilet. Ta en eksport under Data så snart som mulig.', 'error')
  }
}
