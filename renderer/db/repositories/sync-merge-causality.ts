/**
 * Who had seen what, for sync's merge rules (sync-stray-edits.ts): whether the writer of one change
 * had applied another when it wrote it, from the files' `seen` (and, for this laptop's unsent
 * changes, what it had applied then). Unknown: the clocks decide. Read only.
 */
import type { FileIndex } from '../../domain/sync/causality'
import type { SyncState } from '../../domain/sync/records'

/** A change: its stamp and the laptop that wrote it. */
export type Stamped = { ts: string; installId: string }

export function causality(files: FileIndex, me: string, state: SyncState) {
  /** What the writer of `x` had applied when it wrote x. */
  const seenBy = (x: Stamped): Record<string, number> | null => {
    const seq = files.seqOf(x.installId, x.ts)
    if (seq !== null) return files.seenOf(x.installId, seq)
    if (x.installId !== me) return null
    // This laptop's unsent change: what it had applied when the change was made.
    return (state.seenLog ?? []).find((e) => x.ts <= e.upTo)?.cursors ?? state.cursors
  }
  /** Whether the writer of `x` had applied `y` when it wrote x. */
  const hadSeen = (x: Stamped, y: Stamped): boolean => {
    if (x.installId === y.installId) return y.ts <= x.ts
    const seq = files.seqOf(y.installId, y.ts)
    if (seq === null) return y.installId === me ? false : y.ts <= x.ts
    const seen = seenBy(x)
    return seen ? (seen[y.installId] ?? 0) >= seq : y.ts <= x.ts
  }
  /**
   * Whether the merge knew of (or made) a change of the merged-away record. The merging laptop's own
   * changes of it are all before it: nothing edits a merged-away record after its merge there.
   */
  const mergeSaw = (merge: Stamped, edit: Stamped): boolean => merge.installId === edit.installId || hadSeen(merge, edit)
  return { hadSeen, mergeSaw }
}
