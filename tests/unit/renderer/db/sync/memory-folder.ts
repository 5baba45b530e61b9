/**
 * A shared folder in memory with the same calls main offers (push, pull, ack, redact), and laptops
 * that each have their own database and clock. Tests switch laptops with `on(laptop)`, the way the
 * one database and the one clock of a program are switched.
 */
import { SNAPSHOT_EVERY, type SnapshotFileEntry, type SyncBatch, type SyncCursors, type SyncLaptop, type SyncSnapshotInfo } from '../../../../../electron/shared/channels/sync'
import { LANDED_TABLE, type JsonValue, type SyncMessage } from '../../../../../electron/shared/sync-message'
import { ok, type Result } from '../../../../../electron/shared/result'
import { useDatabase } from '../../../../../renderer/db/db'
import type { Organisation } from '../../../../../renderer/db/models'
import { NfkDatabase } from '../../../../../renderer/db/schema'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { joinSyncFolder } from '../../../../../renderer/db/repositories/sync-repo'
import { isSyncedTable } from '../../../../../renderer/domain/sync/fields'
import { syncRound, type RoundOutcome, type SyncApi } from '../../../../../renderer/features/sync/sync-round'
import { made } from '../../db-helpers'

let counter = 0

/** The cell a message is about: a landing's row names its cell (`table|row|field`). */
const cellOf = (m: SyncMessage) => (m.table === LANDED_TABLE ? m.row.split('|', 3).join('|') : `${m.table}|${m.row}|${m.field}`)

export class MemoryFolder implements SyncApi {
  readonly folderId = crypto.randomUUID()
  readonly files = new Map<string, SyncBatch[]>()
  private readonly batchIds = new Map<string, number>()
  /** Each laptop's newest file number (its files may have been pruned since). */
  private readonly lastSeq = new Map<string, number>()
  /** Laptops cut off from the folder (a partition): their calls fail as an unreachable folder does. */
  readonly offline = new Set<string>()
  /** Runs once before the next pull answers: a change made while a round is under way. */
  beforePull: (() => Promise<void>) | null = null
  /** Messages written since the newest snapshot before one is due (main's SNAPSHOT_EVERY). */
  snapshotEvery = SNAPSHOT_EVERY
  private sinceSnapshot = 0
  readonly snapshots: (SyncSnapshotInfo & { messages: SyncMessage[] })[] = []
  private draft: { token: string; installId: string; userName: string; covers: SyncCursors; clock: string; merkle: JsonValue; files?: SnapshotFileEntry[]; messages: SyncMessage[] } | null = null

  private refuse<T>(installId: string): Result<T> | null {
    return this.offline.has(installId) ? { ok: false, error: 'io-failed', detail: 'Synkroniseringsmappen er ikke tilgjengelig.' } : null
  }

  async syncPush(r: { installId: string; userName: string; batchId: string; seen: SyncCursors; messages: SyncMessage[] }) {
    const no = this.refuse<{ seq: number; name: string; count: number; alreadyWritten: boolean }>(r.installId)
    if (no) return no
    const known = this.batchIds.get(r.batchId)
    if (known) return ok({ seq: known, name: String(known), count: r.messages.length, alreadyWritten: true })
    const mine = this.files.get(r.installId) ?? []
    const seq = (this.lastSeq.get(r.installId) ?? 0) + 1
    this.lastSeq.set(r.installId, seq)
    mine.push({ installId: r.installId, userName: r.userName, appVersion: 'test', seq, writtenAt: new Date().toISOString(), seen: { ...r.seen }, messages: structuredClone(r.messages) })
    this.files.set(r.installId, mine)
    this.batchIds.set(r.batchId, seq)
    this.sinceSnapshot += r.messages.length
    return ok({ seq, name: String(seq), count: r.messages.length, alreadyWritten: false })
  }

  async syncPull(r: { installId: string; folderId: string; cursors: SyncCursors }) {
    const no = this.refuse<{ batches: SyncBatch[]; problems: []; more: boolean; laptops: SyncLaptop[] }>(r.installId)
    if (no) return no
    if (this.beforePull) await this.beforePull()
    const batches: SyncBatch[] = []
    for (const [id, list] of this.files) if (id !== r.installId) batches.push(...list.filter((b) => b.seq > (r.cursors[id] ?? 0)).map((b) => structuredClone(b)))
    // As main lists the group: every other laptop that has written to the folder (none is retired here).
    const laptops: SyncLaptop[] = [...this.lastSeq].filter(([id]) => id !== r.installId).map(([installId, lastSeq]) => ({ installId, userName: null, lastSeenAt: null, lastSeq, appVersion: 'test' }))
    return ok({ batches, problems: [] as [], more: false, laptops })
  }

  async syncAck(r: { installId: string }) {
    const due = this.sinceSnapshot >= this.snapshotEvery
    return this.refuse<{ syncedAt: string; pruned: number; messagesSinceSnapshot: number; snapshotDue: boolean }>(r.installId) ?? ok({ syncedAt: new Date().toISOString(), pruned: 0, messagesSinceSnapshot: this.sinceSnapshot, snapshotDue: due })
  }

  async syncSnapshotInfo(r: { installId: string }) {
    const no = this.refuse<{ snapshot: SyncSnapshotInfo | null; problems: [] }>(r.installId)
    if (no) return no
    const newest = this.snapshots.at(-1)
    return ok({ snapshot: newest ? { ...newest, messages: undefined } : null, problems: [] as [] })
  }

  async syncReadSnapshot(r: { installId: string; owner: string; name: string; offset: number; limit: number }) {
    const no = this.refuse<{ messages: SyncMessage[]; offset: number; total: number; done: boolean }>(r.installId)
    if (no) return no
    const snapshot = this.snapshots.find((s) => s.installId === r.owner && s.name === r.name)
    if (!snapshot) return { ok: false as const, error: 'not-found' as const, detail: 'Øyeblikksbildet finnes ikke.' }
    const messages = structuredClone(snapshot.messages.slice(r.offset, r.offset + r.limit))
    return ok({ messages, offset: r.offset, total: snapshot.messages.length, done: r.offset + messages.length >= snapshot.messages.length })
  }

  async syncBeginSnapshot(r: { installId: string; userName: string; covers: SyncCursors; clock: string; merkle: JsonValue; files?: SnapshotFileEntry[] }) {
    const no = this.refuse<{ token: string }>(r.installId)
    if (no) return no
    this.draft = { token: crypto.randomUUID(), installId: r.installId, userName: r.userName, covers: { ...r.covers }, clock: r.clock, merkle: structuredClone(r.merkle), files: structuredClone(r.files), messages: [] }
    return ok({ token: this.draft.token })
  }

  async syncAddSnapshotMessages(r: { token: string; messages: SyncMessage[] }) {
    if (this.draft?.token !== r.token) return { ok: false as const, error: 'not-found' as const, detail: 'Øyeblikksbildet finnes ikke lenger.' }
    this.draft.messages.push(...structuredClone(r.messages))
    return ok({ count: this.draft.messages.length })
  }

  async syncFinishSnapshot(r: { token: string }) {
    const draft = this.draft
    if (draft?.token !== r.token) return { ok: false as const, error: 'not-found' as const, detail: 'Øyeblikksbildet finnes ikke lenger.' }
    this.draft = null
    const seq = this.lastSeq.get(draft.installId) ?? 0
    const name = `snapshot-${String(seq).padStart(10, '0')}.nfksync`
    const covers = { ...draft.covers, [draft.installId]: seq }
    // Main writes a snapshot to a file named by its writer's newest file number, so a second one at the
    // same number replaces the first (it does not stand beside it with older contents).
    const same = this.snapshots.findIndex((s) => s.installId === draft.installId && s.name === name)
    if (same >= 0) this.snapshots.splice(same, 1)
    this.snapshots.push({ name, installId: draft.installId, userName: draft.userName, writtenAt: new Date().toISOString(), covers, count: draft.messages.length, clock: draft.clock, merkle: draft.merkle, files: draft.files, messages: draft.messages })
    this.sinceSnapshot = 0
    return ok({ seq, name, count: draft.messages.length })
  }

  /** Main's pruning, at its most: every message file the newest snapshot holds is gone. */
  pruneToSnapshot(): void {
    const newest = this.snapshots.at(-1)
    if (!newest) return
    for (const [id, list] of this.files) this.files.set(id, list.filter((b) => b.seq > (newest.covers[id] ?? 0)))
  }

  /**
   * Main's redaction (electron/main/sync/redact.ts): this laptop's own message files and snapshots,
   * a landing going with its cell.
   */
  async syncRedact(r: { installId: string; fields: { table: string; row: string; field: string }[] }) {
    const no = this.refuse<{ filesRewritten: number; messagesRedacted: number; filesSkipped: number }>(r.installId)
    if (no) return no
    const blank = new Set(r.fields.map((f) => `${f.table}|${f.row}|${f.field}`))
    let messagesRedacted = 0
    const redact = (messages: SyncMessage[]) =>
      messages.map((m) => {
        if (!blank.has(cellOf(m)) || m.redacted) return m
        messagesRedacted++
        return { ...m, value: null, redacted: true as const }
      })
    for (const file of this.files.get(r.installId) ?? []) file.messages = redact(file.messages)
    for (const snapshot of this.snapshots) if (snapshot.installId === r.installId) snapshot.messages = redact(snapshot.messages)
    return ok({ filesRewritten: 0, messagesRedacted, filesSkipped: 0 })
  }

  /** Every message ever written, as text: what a thief of the folder would read. */
  text(): string {
    return JSON.stringify([...this.files.values()])
  }

  /** Every message file and every snapshot, as text: all a thief of the folder would read. */
  allText(): string {
    return JSON.stringify([[...this.files.values()], this.snapshots])
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

/**
 * Kari and Ola in one folder, both holding what `seed` made on Kari's laptop before Ola joined (an
 * organisation, say): the start of most two-laptop stories. Ola's laptop is the running one after.
 */
export async function twoLaptops<T>(seed: () => Promise<T>): Promise<{ folder: MemoryFolder; kari: Laptop; ola: Laptop; seeded: T }> {
  const folder = new MemoryFolder()
  const kari = await laptop(folder, 'Kari')
  const seeded = await seed()
  await sync(folder, kari)
  const ola = await laptop(folder, 'Ola')
  await sync(folder, ola)
  return { folder, kari, ola, seeded }
}

/** A new organisation's form with only its name. */
export const org = (name: string) => ({ ...emptyOrganisationInput(), name })

/** Every row on `l` that travels, but the history: what every laptop must hold alike. */
export async function synced(l: Laptop): Promise<Record<string, unknown[]>> {
  on(l)
  const out: Record<string, unknown[]> = {}
  for (const t of l.db.tables) if (isSyncedTable(t.name) && t.name !== 'auditLog') out[t.name] = await t.orderBy(':id').toArray()
  return out
}

/**
 * "Bygg AS" three times (A, B, C: probable duplicates), made on the first named laptop and synced to
 * each of the others in turn, so every laptop starts from the same three records.
 */
export async function threeDuplicates<const N extends readonly string[]>(...names: N): Promise<{ folder: MemoryFolder; laptops: { [K in keyof N]: Laptop }; a: Organisation; b: Organisation; c: Organisation }> {
  const folder = new MemoryFolder()
  const laptops: Laptop[] = []
  let made3: Organisation[] = []
  for (const name of names) {
    const l = await laptop(folder, name)
    if (laptops.length === 0) made3 = [await made(createOrganisation(org('Bygg AS'))), await made(createOrganisation(org('Bygg as'))), await made(createOrganisation(org('BYGG AS')))]
    await sync(folder, l)
    laptops.push(l)
  }
  const [a, b, c] = made3 as [Organisation, Organisation, Organisation]
  return { folder, laptops: laptops as { [K in keyof N]: Laptop }, a, b, c }
}
