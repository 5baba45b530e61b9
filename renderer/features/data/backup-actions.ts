/**
 * What the Data page and the automatic backups ask of the host: the database as an export file,
 * handed to main to write. Results come back as Norwegian messages, never as thrown errors.
 */
import type { BackupReason, BackupWritten } from '../../../electron/shared/channels/backup'
import { recordExport } from '../../db/repositories/backup-repo'
import { readDevice } from '../../db/repositories/base'
import { todayInOslo } from '../../lib/dates'
import { desktop, hostErrorMessage } from '../../lib/desktop'
import { exportInWorker } from './export-session'
import { useBackupsVersion } from './store'

export type Outcome<T> = { ok: true; data: T } | { ok: false; message: string; cancelled?: boolean }

export async function appVersion(): Promise<string> {
  const info = await desktop().appInfo({})
  return info.ok ? info.data.version : 'ukjent'
}

export type ExportProgress = (done: number, total: number) => void

export async function writeBackup(reason: BackupReason, onProgress?: ExportProgress): Promise<Outcome<BackupWritten>> {
  try {
    const exported = await exportInWorker({ appVersion: await appVersion(), onProgress })
    if (!exported.ok) return { ok: false, message: `Sikkerhetskopien ble ikke lagret. ${exported.message}` }
    const { bytes, head } = exported.data
    // The user's name labels the copy for the other laptops that share the second folder.
    const userName = (await readDevice())?.userName ?? ''
    const result = await desktop().writeBackup(userName ? { reason, bytes, userName } : { reason, bytes })
    if (!result.ok) return { ok: false, message: `Sikkerhetskopien ble ikke lagret. ${hostErrorMessage(result)}` }
    await recordExport(head)
    useBackupsVersion.getState().bump()
    return { ok: true, data: result.data }
  } catch (error) {
    return { ok: false, message: `Sikkerhetskopien ble ikke lagret. ${error instanceof Error ? error.message : String(error)}` }
  }
}

/** The whole database to a file the user picks; `signal` stops it before the file is asked for. */
export async function exportEverything(onProgress?: ExportProgress, signal?: AbortSignal): Promise<Outcome<{ path: string }>> {
  try {
    const exported = await exportInWorker({ appVersion: await appVersion(), onProgress, signal })
    if (!exported.ok) return exported.cancelled ? exported : { ok: false, message: `Eksporten feilet. ${exported.message}` }
    const { bytes, head } = exported.data
    const suggestedName = `nfk-eksport-${todayInOslo()}.json`
    const result = await desktop().exportAll({ suggestedName, bytes })
    if (!result.ok) {
      return result.error === 'cancelled'
        ? { ok: false, message: 'Eksporten ble avbrutt.', cancelled: true }
        : { ok: false, message: `Eksporten ble ikke lagret. ${hostErrorMessage(result)}` }
    }
    await recordExport(head)
    return { ok: true, data: { path: result.data.path } }
  } catch (error) {
    return { ok: false, message: `Eksporten feilet. ${error instanceof Error ? error.message : String(error)}` }
  }
}
