/**
 * What one folder of backups holds. A backup counts as verified only when its sidecar (`.meta`,
 * written after the read-back check passed) is there: a file without one failed its check, was cut
 * off by a crash, or is still being written by another laptop. The sidecar holds the counts and the
 * user name, so listing never parses large files.
 */
import { readdir, readFile } from 'node:fs/promises'
import { z } from 'zod'
import { parseBackupName, type BackupName } from '../../shared/backup-names'

export const SIDECAR = '.meta'

export type FolderEntry = BackupName & { name: string; verified: boolean }
export type Sidecar = { counts: Record<string, number>; userName: string | null }

/** Every backup in the folder, verified or not; an unreadable folder holds none. */
export async function scanFolder(folder: string): Promise<FolderEntry[]> {
  let names: string[]
  try {
    names = await readdir(folder)
  } catch {
    return []
  }
  const present = new Set(names)
  const entries: FolderEntry[] = []
  for (const name of names) {
    const parsed = parseBackupName(name)
    if (parsed) entries.push({ ...parsed, name, verified: present.has(name + SIDECAR) })
  }
  return entries
}

// Sidecars in a shared folder come from other laptops: read them as untrusted.
const sidecarSchema = z.object({
  counts: z.record(z.string(), z.number().int().nonnegative()).catch({}),
  userName: z.string().trim().max(200).nullable().catch(null).transform((n) => n || null),
})

export async function readSidecar(file: string): Promise<Sidecar> {
  try {
    const parsed = sidecarSchema.safeParse(JSON.parse(await readFile(file + SIDECAR, 'utf8')))
    if (parsed.success) return parsed.data
  } catch {
    // Unreadable or not JSON: the backup is still listed, without counts.
  }
  return { counts: {}, userName: null }
}

export const sidecarText = (sidecar: Sidecar & { installId: string | null }): string => JSON.stringify(sidecar)
