/**
 * One sync round (electron/main/sync/README.md): push the outbox, pull and apply the other laptops'
 * files, push what applying produced, blank erased values in this laptop's own older files, and ack.
 * Main does the file work behind `api`; tests give an in-memory folder with the same calls.
 */
import type { Result } from '../../../electron/shared/ipc-contract'
import { applyBatches } from '../../db/repositories/sync-apply-repo'
import { erasuresToRedact, markBatchSent, markRedacted, readSyncState, recordRound, takeOutboxBatch } from '../../db/repositories/sync-repo'
import type { JoinProgress } from '../../db/repositories/sync-snapshot-repo'
import { hostErrorMessage } from '../../lib/desktop'
import type { SyncApi } from './sync-api'
import { joinIfNew, writeSnapshot } from './snapshots'

export type { SyncApi } from './sync-api'
export type RoundOutcome = { ran: boolean; pushed: number; applied: number; conflicts: number; problems: string[] }

const MAX_PULLS = 100

const problemOf = (r: Extract<Result<unknown>, { ok: false }>): string => r.detail ?? hostErrorMessage(r)

async function pushAll(api: SyncApi, userName: string, problems: string[]): Promise<number> {
  let pushed = 0
  for (;;) {
    const state = await readSyncState()
    const batch = await takeOutboxBatch()
    if (!state || !batch) return pushed
    const r = await api.syncPush({ installId: state.installId, userName, batchId: batch.batchId, seen: batch.seen, messages: batch.messages })
    if (!r.ok) {
      // The outbox keeps the batch (with its id): the next round sends it, never twice.
      problems.push(problemOf(r))
      return pushed
    }
    await markBatchSent(batch.batchId, r.data.seq, batch.seen)
    pushed += batch.messages.length
  }
}

export async function syncRound(api: SyncApi, userName: string, joining: JoinProgress = () => {}): Promise<RoundOutcome> {
  const start = await readSyncState()
  if (!start?.enabled || !start.folderId) return { ran: false, pushed: 0, applied: 0, conflicts: 0, problems: [] }
  const { installId, folderId } = start
  const problems: string[] = []
  let pushed = await pushAll(api, userName, problems)
  let applied = 0
  let conflicts = 0
  if (problems.length === 0) {
    // A new laptop starts from the newest snapshot; the files after it come in the pulls below.
    applied += await joinIfNew(api, joining, problems)
    for (let i = 0; i < MAX_PULLS; i++) {
      const state = await readSyncState()
      if (!state) break
      const r = await api.syncPull({ installId, folderId, cursors: state.cursors })
      if (!r.ok) {
        problems.push(problemOf(r))
        break
      }
      const outcome = await applyBatches(r.data.batches)
      applied += outcome.applied
      conflicts += outcome.conflicts
      problems.push(...outcome.problems, ...r.data.problems.map((p) => p.message))
      if (!r.data.more || outcome.files === 0) break
    }
    pushed += await pushAll(api, userName, problems)
    const clean = problems.length === 0
    // Blanking re-records the live values it took out of the files (markRedacted), such as an entry
    // this round anonymised and pushed: they go out now, so a laptop that pulls before this one's next
    // round never finds the blanks without them (seed 1701361281, path 290). Before a snapshot is
    // written: blanking reaches this laptop's snapshots too, and one written first would lose a cell
    // whose value another laptop wrote (not sent again from here) and whose file it covers, so a laptop
    // joining from it would never get that value (an application of the erased's organisation).
    if (await redactOwnFiles(api, installId, problems)) pushed += await pushAll(api, userName, problems)
    const state = await readSyncState()
    if (state && clean) {
      const acked = await api.syncAck({ installId, folderId, userName, cursors: state.cursors })
      if (!acked.ok) problems.push(problemOf(acked))
      else if (acked.data.snapshotDue) {
        const failed = await writeSnapshot(api, userName)
        if (failed) problems.push(failed)
      }
    }
  }
  await recordRound([...new Set(problems)])
  return { ran: true, pushed, applied, conflicts, problems: [...new Set(problems)] }
}

/**
 * Values of rows erased since the last round are blanked in this laptop's own older files. True when
 * the blanking is done and recorded (its re-sent values are then in the outbox).
 */
async function redactOwnFiles(api: SyncApi, installId: string, problems: string[]): Promise<boolean> {
  const redaction = await erasuresToRedact()
  if (redaction.fields.length === 0) return false
  // Main takes at most 100,000 fields a call; the rest waits for the next round.
  const r = await api.syncRedact({ installId, rows: [], fields: redaction.fields.slice(0, 100_000) })
  if (!r.ok) problems.push(problemOf(r))
  if (!r.ok || redaction.fields.length > 100_000) return false
  await markRedacted(redaction)
  return true
}
