/**
 * Backup file names: `nfk-sikkerhetskopi-<time>-<install id>-<reason>.json`. The time sorts and is
 * valid on Windows; the install id says which laptop wrote it, so one laptop never rotates another's
 * files in a shared folder. Files written before install ids were added have none and still parse.
 * The one definition: main names and parses backups with it, the IPC contract checks names with it.
 */

/** Why a backup was written; the last part of its name. */
export const BACKUP_REASONS = ['daily', 'close', 'before-import', 'before-upgrade', 'manual'] as const
export type BackupReason = (typeof BACKUP_REASONS)[number]

export const BACKUP_NAME_PREFIX = 'nfk-sikkerhetskopi-'
/** The shape any backup name has, checked at the IPC edge before main parses it in full. */
export const BACKUP_NAME_SHAPE = new RegExp(`^${BACKUP_NAME_PREFIX}[0-9A-Za-z-]+\\.json$`)

const STAMP = String.raw`(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z`
const INSTALL = '[0-9a-z](?:[0-9a-z-]{0,62}[0-9a-z])?'
const REASONS = BACKUP_REASONS.join('|')
const NAME = new RegExp(`^${BACKUP_NAME_PREFIX}${STAMP}-(?:(${INSTALL})-)?(${REASONS})\\.json$`)
const INSTALL_ID = new RegExp(`^${INSTALL}$`)

export type BackupName = { at: string; installId: string | null; reason: BackupReason }

/** `2026-11-28T20:30:49.123Z` → `2026-11-28T20-30-49-123Z`. */
export const stampOf = (iso: string): string => iso.replace(/[:.]/g, '-')

/** An install id that can stand in a file name as it is (the app's ids are lowercase UUIDs). */
export const isInstallId = (id: string): boolean => INSTALL_ID.test(id)

export function backupName(at: string, installId: string | null, reason: BackupReason): string {
  return `${BACKUP_NAME_PREFIX}${stampOf(at)}-${installId ? `${installId}-` : ''}${reason}.json`
}

/** The time, laptop and reason a backup's name carries; null for any other file. */
export function parseBackupName(name: string): BackupName | null {
  const match = NAME.exec(name)
  if (!match) return null
  const [, hour, minute, second, ms, installId, reason] = match
  const at = `${hour}:${minute}:${second}.${ms}Z`
  // 2026-02-30 and 25:00 match the pattern; only a real instant that prints the same is a time.
  if (Number.isNaN(Date.parse(at)) || new Date(at).toISOString() !== at) return null
  return { at, installId: installId ?? null, reason: reason as BackupReason }
}
