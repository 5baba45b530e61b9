/**
 * Reading the other laptops' new files. For each laptop, files are read in sequence order from the
 * one after the renderer's cursor; reading stops at the first file that is missing, not whole, not
 * well-formed or from a newer version, so a later file is never applied before an earlier one and
 * nothing is skipped. What stopped it is reported; the next round tries again from the same place.
 */
import type { SyncBatch, SyncCursors, SyncProblem } from '../../shared/channels/sync'
import type { FileReader } from './laptop-files'
import { listFiles, listLaptops } from './laptop-files'
import { readManifest, type Manifest } from './manifest'
import { problem } from './sync-problems'
import { errorCode, type SyncFs } from './sync-fs'

export type PullInput = { syncDir: string; me: string; cursors: SyncCursors; maxMessages: number }
export type PullOutput = { batches: SyncBatch[]; problems: SyncProblem[]; more: boolean }

/** The folder vanished (a share went offline, a sync client unmounted it) rather than one file. */
class FolderGone extends Error {}

async function present(fs: SyncFs, target: string): Promise<boolean> {
  try {
    await fs.stat(target)
    return true
  } catch {
    return false
  }
}

export async function pullNew(fs: SyncFs, reader: FileReader, input: PullInput): Promise<PullOutput> {
  const { syncDir, me, cursors } = input
  const out: PullOutput = { batches: [], problems: [], more: false }
  let budget = input.maxMessages
  try {
    const laptops = await listLaptops(fs, syncDir).catch((error: unknown) => {
      throw new FolderGone('listing', { cause: error })
    })
    for (const installId of laptops) {
      if (installId === me) continue
      if (budget <= 0) {
        out.more ||= await hasFilesAfter(fs, syncDir, installId, cursors[installId] ?? 0)
        continue
      }
      budget -= await pullLaptop(fs, reader, syncDir, installId, cursors[installId] ?? 0, budget, out)
    }
  } catch (error) {
    if (!(error instanceof FolderGone)) throw error
    out.problems.push(problem('folder-gone', null, null))
  }
  return out
}

async function hasFilesAfter(fs: SyncFs, syncDir: string, installId: string, cursor: number): Promise<boolean> {
  const files = await listFiles(fs, syncDir, installId).catch(() => null)
  return files !== null && files.messages.some((s) => s > cursor)
}

/** Reads one laptop's files after `cursor` into `out`; returns how many messages it took. */
async function pullLaptop(fs: SyncFs, reader: FileReader, syncDir: string, installId: string, cursor: number, budget: number, out: PullOutput): Promise<number> {
  const gone = async (error: unknown) => {
    if (!(await present(fs, syncDir))) throw new FolderGone('reading', { cause: error })
  }
  const files = await listFiles(fs, syncDir, installId).catch(async (error: unknown) => {
    await gone(error)
    // The laptop's own folder went (retired while we read): nothing more from it this round.
    return null
  })
  if (!files) return 0
  const manifest: Manifest | null = await readManifest(fs, files.dir, installId)
  const who = { installId, userName: manifest?.userName ?? null }
  const seqs = new Set(files.messages)
  const last = files.messages.at(-1) ?? 0
  let taken = 0
  for (let seq = cursor + 1; seq <= last; seq++) {
    if (taken > 0 && taken >= budget) {
      out.more = true
      break
    }
    if (!seqs.has(seq)) {
      const joining = cursor === 0 && seq < (files.messages[0] ?? 0)
      out.problems.push(problem(joining ? 'needs-snapshot' : 'gap', who, seq))
      break
    }
    let decoded
    try {
      decoded = await reader.read(syncDir, installId, 'messages', seq)
    } catch (error) {
      await gone(error)
      out.problems.push(problem('unreadable', who, seq, errorCode(error) === 'ENOENT' ? 'filen forsvant mens den ble lest' : 'filen kunne ikke leses'))
      break
    }
    if (!decoded.ok) {
      const reason = decoded.fault === 'newer-version' && decoded.appVersion ? `${decoded.reason}, app ${decoded.appVersion}` : decoded.reason
      out.problems.push(problem(decoded.fault, who, seq, reason))
      break
    }
    const file = decoded.file
    who.userName = file.userName || who.userName
    out.batches.push({ installId, userName: file.userName, appVersion: file.appVersion, seq, writtenAt: file.writtenAt, seen: file.seen, messages: file.messages })
    taken += file.count
  }
  return taken
}
