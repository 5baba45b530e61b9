/**
 * What this laptop may remove of its own files (it never touches another laptop's). A message file
 * goes when the snapshot new laptops join from holds it and every other active laptop has applied
 * it, so neither a new laptop nor an old one can miss it. The newest file stays, so the next number
 * and a retried push can always be read back. An own snapshot goes when a newer one holds all it held.
 * A laptop whose manifest cannot be read counts as having applied nothing: it holds pruning back.
 */
import type { SyncCursors } from '../../shared/channels/sync'
import { dominates, type SnapshotHead } from './snapshots'

export type PruneInput = {
  me: string
  ownMessages: number[]
  ownSnapshots: SnapshotHead[]
  /** The snapshot new laptops join from now. */
  joinFrom: SnapshotHead | null
  /** Every other active laptop, with what its manifest says it has applied (null: unreadable). */
  others: { installId: string; applied: SyncCursors | null }[]
}

export function prunable(input: PruneInput): { messages: number[]; snapshots: number[] } {
  const { me, joinFrom } = input
  if (!joinFrom) return { messages: [], snapshots: [] }
  const newest = input.ownMessages.at(-1) ?? 0
  const limit = Math.min(joinFrom.covers[me]?.seq ?? 0, ...input.others.map((o) => o.applied?.[me] ?? 0))
  const messages = input.ownMessages.filter((s) => s <= limit && s < newest)
  const snapshots = input.ownSnapshots
    .filter((s) => !(s.owner === joinFrom.owner && s.seq === joinFrom.seq) && dominates(joinFrom, s))
    .map((s) => s.seq)
  return { messages, snapshots }
}
