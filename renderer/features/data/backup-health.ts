/**
 * Who made a backup and whether this laptop's data is safely copied, in words a secretary reads:
 * "Denne maskinen" or the other laptop's user, and a warning when the newest copy is old.
 */
import type { BackupInfo } from '../../../electron/shared/channels/backup'

/** Older than this, the newest backup of this laptop is worth a warning. */
export const STALE_AFTER_MS = 2 * 24 * 60 * 60 * 1000

/** A backup made by this laptop: its install id, or an older file without one in this laptop's own folder. */
export const isMine = (backup: BackupInfo, myInstallId: string | null): boolean =>
  backup.installId === null ? backup.folder === 'local' : backup.installId === myInstallId

/** "Denne maskinen", the other laptop's user name, or a short id when the other laptop had no user name. */
export function machineLabel(backup: BackupInfo, myInstallId: string | null): string {
  if (isMine(backup, myInstallId)) return 'Denne maskinen'
  if (backup.userName) return backup.userName
  return backup.installId ? `En annen maskin (${backup.installId.slice(0, 8)})` : 'Ukjent maskin'
}

export type BackupHealth = { kind: 'ok' } | { kind: 'none' } | { kind: 'stale'; newestAt: string; days: number }

/** Whether this laptop's newest verified backup is missing or more than two days old at `now`. */
export function backupHealth(backups: readonly BackupInfo[], myInstallId: string | null, now: Date): BackupHealth {
  const newest = backups.filter((b) => isMine(b, myInstallId)).reduce<string | null>((max, b) => (max === null || Date.parse(b.at) > Date.parse(max) ? b.at : max), null)
  if (newest === null) return { kind: 'none' }
  const age = now.getTime() - Date.parse(newest)
  if (age <= STALE_AFTER_MS) return { kind: 'ok' }
  return { kind: 'stale', newestAt: newest, days: Math.floor(age / (24 * 60 * 60 * 1000)) }
}
