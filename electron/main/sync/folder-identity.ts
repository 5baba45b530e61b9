/**
 * The identity of a sync folder, `nfk-sync/synkmappe.json`. The renderer keeps its cursors per
 * folder id: pointed at a new, empty folder, every laptop starts its sequence afresh, and cursors
 * from the old folder must not make it skip the new files. Written once, by the first laptop.
 */
import { randomUUID } from 'node:crypto'
import path from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from '../files/atomic-write'
import { FOLDER_FILE } from './sync-names'
import { errorCode, type SyncFs } from './sync-fs'

export const FOLDER_FORMAT = 'nfk-sekretariat-synkmappe'
const identity = z.object({ format: z.literal(FOLDER_FORMAT), folderId: z.uuid(), createdAt: z.string() })

/** The identity file is there but cannot be read as one (a sync client may still be copying it). */
export class FolderIdentityError extends Error {
  constructor() {
    super('synkroniseringsmappens identitetsfil (synkmappe.json) kan ikke leses')
    this.name = 'FolderIdentityError'
  }
}

/** The folder's id; null when the folder has none yet. Never guesses over an unreadable file. */
export async function readFolderId(fs: SyncFs, syncDir: string): Promise<string | null> {
  let bytes: Uint8Array
  try {
    bytes = await fs.readFile(path.join(syncDir, FOLDER_FILE))
  } catch (error) {
    // A missing file is "no identity yet"; any other failure (the share went away) is the caller's to report.
    if (errorCode(error) === 'ENOENT') return null
    throw error
  }
  try {
    const parsed = identity.safeParse(JSON.parse(new TextDecoder().decode(bytes)))
    if (parsed.success) return parsed.data.folderId
  } catch {
    // falls through to the refusal below
  }
  throw new FolderIdentityError()
}

/** The folder's id, created when the folder has none yet. */
export async function ensureFolderId(fs: SyncFs, syncDir: string, now: Date): Promise<string> {
  await fs.mkdir(syncDir)
  const known = await readFolderId(fs, syncDir)
  if (known) return known
  const folderId = randomUUID()
  await writeFileAtomic(path.join(syncDir, FOLDER_FILE), JSON.stringify({ format: FOLDER_FORMAT, folderId, createdAt: now.toISOString() }), { fs })
  return folderId
}
