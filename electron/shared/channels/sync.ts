/**
 * Sync through a shared folder (issue 16). Main does the file work; the renderer stamps, applies and
 * keeps its cursors (what it has applied of each laptop) in Dexie, in the same transaction as the
 * messages they describe. See electron/main/sync/README.md for the round: push, pull, apply, ack.
 */
import { z } from 'zod'
import { installId, jsonValue, syncMessage, type JsonValue, type SyncMessage } from '../sync-message'
import { defineChannel } from './define'

/** The most messages one file (and one push) holds; more go in the next file. */
export const MAX_MESSAGES_PER_FILE = 20_000
/** A snapshot is due when this many messages were written since the newest one. */
export const SNAPSHOT_EVERY = 10_000

/** Applied sequence number per laptop (install id), as the renderer keeps them. */
export const cursors = z
  .record(installId, z.number().int().min(0).max(Number.MAX_SAFE_INTEGER))
  .refine((c) => Object.keys(c).length <= 200, 'for mange maskiner')
export type SyncCursors = z.infer<typeof cursors>

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'ugyldig id')
const userName = z.string().max(200)
const messages = z.array(syncMessage).min(1).max(MAX_MESSAGES_PER_FILE)
const rowRef = z.object({ table: z.string().min(1).max(64), row: z.string().min(1).max(200) }).strict()
const fieldRef = rowRef.extend({ field: z.string().min(1).max(64) }).strict()
/**
 * The files a snapshot's cells came from, as its writer keeps them (its file index): a joining
 * laptop needs them to tell whether a later change had seen a snapshot cell (a true conflict).
 */
export const snapshotFiles = z
  .array(
    z
      .object({ installId, userName, seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER), firstTs: z.string().max(60), lastTs: z.string().max(60), seen: cursors })
      .strict(),
  )
  .max(200_000)
export type SnapshotFileEntry = z.infer<typeof snapshotFiles>[number]
const snapshotName = z.string().max(40).regex(/^snapshot-\d{10}\.nfksync$/, 'ukjent øyeblikksbilde')

/** Another laptop in the group, as its own files in the folder describe it. */
export type SyncLaptop = {
  installId: string
  userName: string | null
  /** When it last finished a sync round (or, failing that, wrote a file). */
  lastSeenAt: string | null
  lastSeq: number
  appVersion: string | null
}

export type SyncStatus = {
  /** The chosen folder; null when this laptop does not sync. */
  folder: string | null
  /** The folder's identity: cursors belong to one folder, so a new folder starts them afresh. */
  folderId: string | null
  reachable: boolean
  /** Why syncing cannot run now, in Norwegian; null when it can. */
  problem: string | null
  /** Another laptop took this one out of the group (its files are in `pensjonert/`). */
  retired: boolean
  /** When this laptop last finished a sync round. */
  lastSyncAt: string | null
  /** This laptop's last written file. */
  lastSeq: number
  laptops: SyncLaptop[]
  messagesSinceSnapshot: number
  snapshotDue: boolean
}

export type SyncProblemKind = 'unreadable' | 'gap' | 'newer-version' | 'invalid' | 'folder-gone' | 'needs-snapshot'
/** Something that stopped reading one laptop's files this round; `message` is ready to show. */
export type SyncProblem = { kind: SyncProblemKind; installId: string | null; userName: string | null; seq: number | null; message: string }

/** One file of another laptop's changes, whole and checked. Apply in seq order, then move that laptop's cursor to `seq`. */
export type SyncBatch = {
  installId: string
  userName: string
  appVersion: string
  seq: number
  writtenAt: string
  /** What the writer had applied of each laptop when it wrote the file (for telling true conflicts). */
  seen: SyncCursors
  messages: SyncMessage[]
}

export type SyncPullResult = {
  batches: SyncBatch[]
  problems: SyncProblem[]
  /** More files are waiting: apply these, ack, and pull again. */
  more: boolean
  /**
   * The other active laptops, or null when the folder could not be looked over after the read: who
   * is in the group is then unknown (not "nobody"), and a snapshot that waits on another laptop waits.
   */
  laptops: SyncLaptop[] | null
}

export type SyncSnapshotInfo = {
  name: string
  /** The laptop that wrote it (pass as `owner` to syncReadSnapshot). */
  installId: string
  userName: string
  writtenAt: string
  /** The state holds every laptop's messages up to these sequence numbers: set the cursors to them once applied. */
  covers: SyncCursors
  count: number
  /** `serializeClock` of the writer's clock, and its merkle trie, when the snapshot was written. */
  clock: string
  merkle: JsonValue
  /** The writer's file index (absent in snapshots written before it was kept). */
  files?: SnapshotFileEntry[]
}

const me = { installId }
const inFolder = { installId, folderId: uuid }

export const syncChannels = {
  syncStatus: defineChannel<SyncStatus>()(z.object(me).strict()),
  /** Settings → Synkronisering: the folder dialog; main remembers the folder and gives it an identity. */
  syncChooseFolder: defineChannel<SyncStatus>()(z.object({ ...me, userName }).strict()),
  /** Stop syncing on this laptop; the folder and its files stay as they are. */
  syncLeaveFolder: defineChannel<SyncStatus>()(z.object(me).strict()),
  /**
   * Writes one new file of this laptop's changes. A retried `batchId` (the renderer crashed before
   * marking the batch sent) returns the file already written instead of writing it twice.
   */
  syncPush: defineChannel<{ seq: number; name: string; count: number; alreadyWritten: boolean }>()(
    z.object({ installId, userName, batchId: uuid, seen: cursors, messages }).strict(),
  ),
  /** The other laptops' files after the given cursors, checked, up to about `maxMessages` messages. */
  syncPull: defineChannel<SyncPullResult>()(
    z.object({ ...inFolder, cursors, maxMessages: z.number().int().min(1).max(200_000).optional() }).strict(),
  ),
  /** After the renderer applied a pull and stored its cursors: main publishes them and tidies this laptop's old files. */
  syncAck: defineChannel<{ syncedAt: string; pruned: number; messagesSinceSnapshot: number; snapshotDue: boolean }>()(
    z.object({ ...inFolder, userName, cursors }).strict(),
  ),
  /** The snapshot a new laptop should join from, or null when the files since the start are all there. */
  syncSnapshotInfo: defineChannel<{ snapshot: SyncSnapshotInfo | null; problems: SyncProblem[] }>()(z.object(inFolder).strict()),
  syncReadSnapshot: defineChannel<{ messages: SyncMessage[]; offset: number; total: number; done: boolean }>()(
    z.object({ ...inFolder, owner: installId, name: snapshotName, offset: z.number().int().min(0), limit: z.number().int().min(1).max(MAX_MESSAGES_PER_FILE) }).strict(),
  ),
  /** A snapshot is written in parts (it may hold a million messages): begin, add, finish. */
  syncBeginSnapshot: defineChannel<{ token: string }>()(
    z.object({ ...inFolder, userName, covers: cursors, clock: z.string().max(100_000), merkle: jsonValue, files: snapshotFiles.optional() }).strict(),
  ),
  syncAddSnapshotMessages: defineChannel<{ count: number }>()(z.object({ token: uuid, messages }).strict()),
  syncFinishSnapshot: defineChannel<{ seq: number; name: string; count: number }>()(z.object({ token: uuid }).strict()),
  /** Rewrites this laptop's files with the values of erased rows and fields blanked (their timestamps stay). */
  syncRedact: defineChannel<{ filesRewritten: number; messagesRedacted: number; filesSkipped: number }>()(
    z
      .object({ installId, rows: z.array(rowRef).max(100_000), fields: z.array(fieldRef).max(100_000) })
      .strict()
      .refine((r) => r.rows.length + r.fields.length > 0, 'ingenting å fjerne'),
  ),
  /** Takes a lost laptop's files out of the folder (into `pensjonert/`), after the user confirms. */
  syncRetireLaptop: defineChannel<{ retired: string }>()(z.object({ installId, target: installId }).strict()),
}

export type { SyncMessage, JsonValue }
