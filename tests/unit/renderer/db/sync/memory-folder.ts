/**
 * A shared folder in memory with the same calls main offers (push, pull, ack, redact), and laptops
 * that each have their own database and clock. Tests switch laptops with `on(laptop)`, the way the
 * one database and the one clock of a program are switched.
 */
import type { SyncBatch, SyncCursors } from '../../../../../electron/shared/channels/sync'
import type { SyncMessage } from '../../../../../electron/shared/sync-message'
import { ok, type Result } from '../../../../../electron/shared/result'
import { useDatabase } from '../../../../../renderer/db/db'
import { NfkDatabase } from '../../../../../renderer/db/schema'
import { joinSyncFolder } from '../../../../../renderer/db/repositories/sync-repo'
import { syncRound, type RoundOutcome, type SyncApi } from '../../../../../renderer/features/sync/sync-round'

let counter = 0

export class MemoryFolder implements SyncApi {
  readonly folderId = crypto.randomUUID()
  readonly files = new Map<string, SyncBatch[]>()
  private readonly batchIds = new Map<string, number>()
  /** Laptops cut off from the folder (a partition): their calls fail as an unreachable folder does. */
  readonly offline = new Set<string>()
  /** Runs once before the next pull answers: a change made while a round is under way. */
  beforePull: (() => Promise<void>) | null = null

  private refuse<T>(installId: string): Result<T> | null {
    return this.offline.has(installId) ? { ok: false, error: 'io-failed', detail: 'Synkroniseringsmappen er ikke tilgjengelig.' } : null
  }

  async syncPush(r: { installId: string; userName: string; batchId: string; seen: SyncCursors; messages: SyncMessage[] }) {
    const no = this.refuse<{ seq: number; name: string; count: number; alreadyWritten: boolean }>(r.installId)
    if (no) return no
    const known = this.batchIds.get(r.batchId)
    if (known) return ok({ seq: known, name: String(known), count: r.messages.length, alreadyWritten: true })
    const mine = this.files.get(r.installId) ?? []
    const seq = mine.length + 1
    mine.push({ installId: r.installId, userName: r.userName, appVersion: 'test', seq, writtenAt: new Date().toISOString(), seen: { ...r.seen }, messages: structuredClone(r.messages) })
    this.files.set(r.installId, mine)
    this.batchIds.set(r.batchId, seq)
    return ok({ seq, name: String(seq), count: r.messages.length, alreadyWritten: false })
  }

  async syncPull(r: { installId: string; folderId: string; cursors: SyncCursors }) {
    const no = this.refuse<{ batches: SyncBatch[]; problems: []; more: boolean; laptops: [] }>(r.installId)
    if (no) return no
    if (this.beforePull) await this.beforePull()
    const batches: SyncBatch[] = []
    for (const [id, list] of this.files) if (id !== r.installId) batches.push(...list.filter((b) => b.seq > (r.cursors[id] ?? 0)).map((b) => structuredClone(b)))
    return ok({ batches, problems: [] as [], more: false, laptops: [] as [] })
  }

  async syncAck(r: { installId: string }) {
    return this.refuse<{ syncedAt: string; pruned: number; messagesSinceSnapshot: number; snapshotDue: boolean }>(r.installId) ?? ok({ syncedAt: new Date().toISOString(), pruned: 0, messagesSinceSnapshot: 0, snapshotDue: false })
  }

  async syncRedact(r: { installId: string; fields: { table: string; row: string; field: string }[] }) {
    const no = this.refuse<{ filesRewritten: number; messagesRedacted: number; filesSkipped: number }>(r.installId)
    if (no) return no
    const blank = new Set(r.fields.map((f) => `${f.table}|${f.row}|${f.field}`))
    let messagesRedacted = 0
    for (const file of this.files.get(r.installId) ?? []) {
      file.messages = file.messages.map((m) => {
        if (!blank.has(`${m.table}|${m.row}|${m.field}`) || m.redacted) return m
        messagesRedacted++
        return { ...m, value: null, redacted: true as const }
      })
    }
    return ok({ filesRewritten: 0, messagesRedacted, filesSkipped: 0 })
  }

  /** Every message ever written, as text: what a thief of the folder would read. */
  text(): string {
    return JSON.stringify([...this.files.values()])
  }
}

export type Laptop = { name: string; db: NfkDatabase; installId: string }

/** A laptop with its own database; it has chosen the folder and answered the first-start question. */
export async function laptop(folder: MemoryFolder, name: string): Promise<Laptop> {
  const db = useDatabase(new NfkDatabase(`sync-${Date.now()}-${counter++}`))
  await db.open()
  const installId = crypto.randomUUID()
  await db.device.put({ id: 'this', installId, userName: name, createdAt: new Date().toISOString() })
  await joinSyncFolder(folder.folderId, name)
  return { name, db, installId }
}

/** Makes this laptop the running program: its database (its clock follows on the next write). */
export function on(l: Laptop): Laptop {
  useDatabase(l.db)
  return l
}

export async function sync(folder: MemoryFolder, l: Laptop): Promise<RoundOutcome> {
  on(l)
  return syncRound(folder, l.name)
}
