/**
 * Joining from a snapshot and writing one (electron/main/sync/README.md step 4). Main reads and
 * writes the file; the renderer applies it (db/repositories/sync-snapshot-repo.ts).
 */
import type { Result } from '../../../electron/shared/ipc-contract'
import { MAX_MESSAGES_PER_FILE } from '../../../electron/shared/channels/sync'
import type { JsonValue, SyncMessage } from '../../../electron/shared/sync-message'
import { readSyncState, unsentCount } from '../../db/repositories/sync-repo'
import { applySnapshot, snapshotFileIndex, snapshotPage, type JoinProgress } from '../../db/repositories/sync-snapshot-repo'
import { laptopsHoldingBackSnapshot } from '../../db/repositories/sync-snapshot-wait'
import { ensureClock, saveClock } from '../../lib/sync/clock'
import { currentTrie } from '../../lib/sync/merkle'
import { hostErrorMessage } from '../../lib/desktop'
import type { SyncApi } from './sync-api'

const problemOf = (r: Extract<Result<unknown>, { ok: false }>): string => r.detail ?? hostErrorMessage(r)

/** A laptop that has applied nothing of the group yet joins from the newest snapshot, if there is one. */
export async function joinIfNew(api: SyncApi, progress: JoinProgress, problems: string[]): Promise<number> {
  const state = await readSyncState()
  if (!state?.enabled || !state.folderId || Object.keys(state.cursors).length > 0) return 0
  const info = await api.syncSnapshotInfo({ installId: state.installId, folderId: state.folderId })
  if (!info.ok) {
    problems.push(problemOf(info))
    return 0
  }
  const snapshot = info.data.snapshot
  if (!snapshot || snapshot.installId === state.installId) return 0
  const messages: SyncMessage[] = []
  progress(0, snapshot.count)
  for (let offset = 0; ; ) {
    const page = await api.syncReadSnapshot({ installId: state.installId, folderId: state.folderId, owner: snapshot.installId, name: snapshot.name, offset, limit: MAX_MESSAGES_PER_FILE })
    if (!page.ok) {
      // Nothing applied yet: the files are read as usual, or the join is tried again next round.
      problems.push(problemOf(page))
      return 0
    }
    for (const m of page.data.messages) messages.push(m)
    offset += page.data.messages.length
    if (page.data.done || page.data.messages.length === 0) break
  }
  const joined = await applySnapshot({ installId: snapshot.installId, userName: snapshot.userName, covers: snapshot.covers, merkle: snapshot.merkle, files: snapshot.files }, messages, progress)
  if (joined.problem) problems.push(joined.problem)
  return joined.applied
}

/**
 * Whether a laptop still in the group may have to empty answers naming someone erased that this
 * laptop holds as it wrote them (domain/sync/snapshot-wait.ts): the snapshot waits for its next file.
 * Only then is main asked which laptops are in the group (a pull's `laptops`, retired ones left
 * out): a retired laptop holds nothing back; one that never syncs again does until it is retired.
 * A pull that fails, or that could not look over the folder after its read (`laptops: null`), says
 * nothing about who is retired: the snapshot waits.
 */
async function heldBack(api: SyncApi, state: { installId: string; folderId: string; cursors: Record<string, number> }): Promise<boolean> {
  const waiting = await laptopsHoldingBackSnapshot({ me: state.installId, cursors: state.cursors })
  if (waiting.length === 0) return false
  const pulled = await api.syncPull({ installId: state.installId, folderId: state.folderId, cursors: state.cursors, maxMessages: 1 })
  if (!pulled.ok || pulled.data.laptops === null) return true
  const inGroup = new Set(pulled.data.laptops.map((l) => l.installId))
  return waiting.some((id) => inGroup.has(id))
}

/**
 * After an ack that says one is due and a push that emptied the outbox: this laptop writes a snapshot.
 * It waits (main says it is due again after the next round's ack) while the outbox is not empty, or
 * while another laptop's answers held here may still name someone erased (`heldBack`).
 */
export async function writeSnapshot(api: SyncApi, userName: string): Promise<string | null> {
  const state = await readSyncState()
  if (!state?.enabled || !state.folderId || (await unsentCount()) > 0) return null
  if (await heldBack(api, { installId: state.installId, folderId: state.folderId, cursors: state.cursors })) return null
  ensureClock(state.installId, state.clock)
  const begun = await api.syncBeginSnapshot({ installId: state.installId, folderId: state.folderId, userName, covers: state.cursors, clock: saveClock(), merkle: currentTrie() as unknown as JsonValue, files: await snapshotFileIndex() })
  if (!begun.ok) return problemOf(begun)
  for (let after: string | null = null; ; ) {
    const page = await snapshotPage(after, MAX_MESSAGES_PER_FILE)
    if (page.messages.length > 0) {
      const added = await api.syncAddSnapshotMessages({ token: begun.data.token, messages: page.messages })
      if (!added.ok) return problemOf(added)
    }
    if (page.last === null) break
    after = page.last
  }
  const finished = await api.syncFinishSnapshot({ token: begun.data.token })
  return finished.ok ? null : problemOf(finished)
}
