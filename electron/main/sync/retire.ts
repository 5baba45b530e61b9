/**
 * Retiring a lost laptop: its folder moves to `nfk-sync/pensjonert/`, where no laptop reads it and
 * none waits for it before pruning. Moving (not deleting) keeps its files if it was a mistake: move
 * the folder back and the laptop is in the group again.
 */
import path from 'node:path'
import { RETIRED_DIR } from './sync-names'
import { errorCode, type SyncFs } from './sync-fs'

async function exists(fs: SyncFs, target: string): Promise<boolean> {
  try {
    await fs.stat(target)
    return true
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false
    throw error
  }
}

/** Moves the laptop's folder into pensjonert/ (under a dated name if it was retired before); returns the new folder's name. */
export async function retireLaptop(fs: SyncFs, syncDir: string, target: string, now: Date): Promise<string> {
  const retiredDir = path.join(syncDir, RETIRED_DIR)
  await fs.mkdir(retiredDir)
  let name = target
  if (await exists(fs, path.join(retiredDir, name))) name = `${target}-${now.toISOString().replace(/[:.]/g, '-')}`
  await fs.rename(path.join(syncDir, target), path.join(retiredDir, name))
  return `${RETIRED_DIR}/${name}`
}

/** Whether another laptop has retired this one (its folder is in pensjonert/). */
export async function isRetired(fs: SyncFs, syncDir: string, me: string): Promise<boolean> {
  return exists(fs, path.join(syncDir, RETIRED_DIR, me))
}

export { exists }
