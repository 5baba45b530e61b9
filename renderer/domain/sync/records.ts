/**
 * What this laptop keeps about syncing (issue 16), in its own tables that never travel. See
 * electron/main/sync/README.md for the round these records serve.
 */
import type { JsonValue, SyncMessage } from '../../../electron/shared/sync-message'

/** Sync's own stores (the schema's version 6): this laptop's bookkeeping, never sent, exported or merged. */
export const SYNC_STORES = ['syncOutbox', 'syncCells', 'syncState', 'syncFiles', 'syncConflicts'] as const
export type SyncStore = (typeof SYNC_STORES)[number]

/** A change waiting to be written to the folder, keyed by its stamp (`id`); `batchId` once a push has taken it. */
export type OutboxMessage = SyncMessage & { id: string; batchId?: string }

/**
 * The newest message applied to one cell (a field, or one element of a set field), and who wrote it.
 * `messageValue`: the value that message holds, kept only when the row holds another that sync
 * derived from it (a reference pointed at a merge's survivor, a revived record's `mergedInto`;
 * sync-merge-graph.ts), so it can be derived again when the merges change. Never sent.
 * `oldBlanking`: the message is an older version's blanking of a person merge, no edit of the person
 * (sync-old-blanking.ts).
 */
export type SyncCell = { id: string; ts: string; installId: string; messageValue?: unknown; landed?: LandedEdit; oldBlanking?: true }

/**
 * On a survivor's cell that holds an edit of a record merged into it (landed by sync, no message):
 * that record, and the survivor's own winning change it replaced, so the landing can be taken back
 * when that record turns out to belong to another survivor (a fork's later merge). Never sent.
 */
export type LandedEdit = { from: string; own: { value: unknown; ts: string; installId: string } | null }

/** One applied file (or one of this laptop's pushed files): which stamps it holds and what its writer had seen. */
export type SyncFileRecord = {
  id: string
  installId: string
  userName: string
  seq: number
  firstTs: string
  lastTs: string
  seen: Record<string, number>
}

/** This laptop's sync state: whether it records changes at all, its clock and its cursors. */
export type SyncState = {
  id: 'this'
  enabled: boolean
  installId: string
  userName: string
  folderId: string | null
  /** `saveClock()` of the HLC clock, saved with every change it stamped. */
  clock: string | null
  /** Applied sequence number per other laptop. */
  cursors: Record<string, number>
  /** Open conflicts, so a local save looks for conflicts to settle only when there are some. */
  openConflicts: number
  /** Erased rows whose values this laptop has already blanked in its own files. */
  redactedIds: string[]
  /**
   * What this laptop had applied when it made its unsent changes: at each apply while changes
   * waited, the stamp they were all made by (`upTo`) and the cursors before that apply. A file's
   * `seen` must not claim its changes saw what arrived after them, or a true conflict goes unseen.
   */
  seenLog: { upTo: string; cursors: Record<string, number> }[]
  /** The batch taken for a push and its `seen`, so a retry after a crash sends the same file. */
  pending: { batchId: string; seen: Record<string, number> } | null
  lastSyncAt: string | null
  /** Problems of the last round, in Norwegian (a clock too far ahead, a file not readable). */
  problems: string[]
}

/** The state of a laptop that does not sync (yet): nothing recorded, no folder, no cursors. */
export const blankSyncState = (installId: string, userName: string): SyncState => ({
  id: 'this',
  enabled: false,
  installId,
  userName,
  folderId: null,
  clock: null,
  cursors: {},
  openConflicts: 0,
  redactedIds: [],
  seenLog: [],
  pending: null,
  lastSyncAt: null,
  problems: [],
})

/** One side of a true conflict: the value, its stamp and who wrote it. */
export type ConflictSide = { ts: string; installId: string; userName: string; value: JsonValue; op: 'set' | 'add' | 'remove' }

/**
 * The same field changed on two laptops, neither having seen the other's change. Its id is made of
 * the cell and both stamps, so each laptop that detects it lists it once. `winner` is the side the
 * latest clock chose (what the data holds until someone decides).
 */
export type SyncConflict = {
  id: string
  cell: string
  table: string
  row: string
  field: string
  sides: [ConflictSide, ConflictSide]
  detectedAt: string
  /** Set once a later change that had seen both sides wrote the field (a decision, here or elsewhere). */
  settledAt: string | null
  settledBy: string | null
}
