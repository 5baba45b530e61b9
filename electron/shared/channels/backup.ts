import { z } from 'zod'
import { BACKUP_NAME_SHAPE, BACKUP_REASONS } from '../backup-names'
import { defineChannel } from './define'
import { MAX_FILE_BYTES } from './files'

export const backupReason = z.enum(BACKUP_REASONS)
export type BackupReason = z.infer<typeof backupReason>

export type BackupInfo = {
  name: string
  /** When the backup was written (ISO). */
  at: string
  reason: BackupReason
  sizeBytes: number
  counts: Record<string, number>
  /** The laptop that wrote it; null for files written before backups carried it. */
  installId: string | null
  /** That laptop's user, as it was when the backup was written; null when unknown. */
  userName: string | null
  /** In this laptop's own data folder, or only in the shared second folder. */
  folder: 'local' | 'second'
}

export type BackupWritten = {
  name: string
  path: string
  /** The copy in the user's chosen second folder, if one is set and it worked. */
  secondPath: string | null
  /** Why the second copy failed, if it did. */
  secondError: string | null
}

export type BackupStatus = {
  lastBackupAt: string | null
  /** A backup that failed while the app closed last time; reported once. */
  failedOnClose: { at: string; message: string } | null
}

const bytes = z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_BYTES, 'for stor')
const backupName = z.string().max(200).regex(BACKUP_NAME_SHAPE, 'ukjent sikkerhetskopi')

export const backupChannels = {
  /** "Eksporter alt": main asks where, writes atomically, reads back and checks before saying ok. */
  exportAll: defineChannel<{ path: string; name: string }>()(z.object({ suggestedName: z.string().min(1).max(255), bytes }).strict()),
  /**
   * The renderer hands main the data; main checks it, keeps it in its data folder and the chosen
   * second folder, and labels it with the laptop's install id (from the file) and user name.
   */
  writeBackup: defineChannel<BackupWritten>()(
    z.object({ reason: backupReason, bytes, userName: z.string().max(200).optional() }).strict(),
  ),
  listBackups: defineChannel<BackupInfo[]>()(z.object({}).strict()),
  readBackup: defineChannel<{ name: string; bytes: Uint8Array }>()(z.object({ name: backupName }).strict()),
  backupStatus: defineChannel<BackupStatus>()(z.object({}).strict()),
  /** The page's answer when main asked for a backup before closing. */
  closeBackupDone: defineChannel<{ received: boolean }>()(
    z.object({ ok: z.boolean(), message: z.string().max(2_000).optional() }).strict(),
  ),
}
