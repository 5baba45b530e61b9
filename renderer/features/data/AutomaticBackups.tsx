import { useEffect } from 'react'
import { notify } from '../../components/notices'
import { formatTimestamp, todayInOslo } from '../../lib/dates'
import { desktop, hasDesktop } from '../../lib/desktop'
import type { Outcome } from './backup-actions'
import type { BackupReason, BackupWritten } from '../../../electron/shared/channels/backup'

/** The export code is loaded when a backup is first due, not with the first screen. */
async function writeBackup(reason: BackupReason): Promise<Outcome<BackupWritten>> {
  return (await import('./backup-actions')).writeBackup(reason)
}

const CHECK_EVERY_MS = 10 * 60 * 1000
/** The first daily check waits a little, so starting the app stays quick. */
const FIRST_CHECK_MS = 2 * 60 * 1000

async function dailyBackupIfDue(): Promise<void> {
  const status = await desktop().backupStatus({})
  if (!status.ok) return
  const last = status.data.lastBackupAt
  if (last && todayInOslo(new Date(last)) === todayInOslo()) return
  report(await writeBackup('daily'))
}

function report(result: Awaited<ReturnType<typeof writeBackup>>) {
  if (!result.ok) notify(result.message, 'error')
  else if (result.data.secondError) notify(`Sikkerhetskopien i den ekstra mappen feilet: ${result.data.secondError}`, 'error')
}

/** Backups nobody has to remember: daily while running, on close, and failures reported at once. */
export function AutomaticBackups() {
  useEffect(() => {
    if (!hasDesktop()) return
    const api = desktop()
    void api.backupStatus({}).then((r) => {
      const failed = r.ok ? r.data.failedOnClose : null
      if (failed) notify(`Sikkerhetskopien da programmet ble lukket ${formatTimestamp(failed.at)}, feilet: ${failed.message}`, 'error')
    })
    const first = setTimeout(() => void dailyBackupIfDue(), FIRST_CHECK_MS)
    const timer = setInterval(() => void dailyBackupIfDue(), CHECK_EVERY_MS)
    const unsubscribe = api.onEvent((event) => {
      if (event.type !== 'backup-before-close') return
      void writeBackup('close').then((result) =>
        api.closeBackupDone(result.ok ? { ok: true } : { ok: false, message: result.message }),
      )
    })
    return () => {
      clearTimeout(first)
      clearInterval(timer)
      unsubscribe()
    }
  }, [])
  return null
}
