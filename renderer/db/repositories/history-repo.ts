/**
 * A record's change history as its page shows it: its own audit entries, and the entries still kept
 * under records merged into it (the duplicate merge, through chains).
 *
 * The merge moves the history this laptop knows to the survivor. An entry another laptop wrote about
 * the merged-away record before it learnt of the merge arrives later and stays under that record:
 * sync never moves history (`UNMOVED` in sync-merged-away.ts), since an erasure elsewhere may
 * anonymise the entry before or after a move, which would leave the laptops different. So the
 * survivor's history is read here from every record whose merge chain ends at it, and such entries
 * say which duplicate they were written about. The result follows from synced rows only (entries and
 * `mergedInto`), so every laptop shows the same history.
 *
 * The records merged in are found through the merges' own entries (`mergedFrom`, written on the
 * survivor and moved or read along with its history), each checked against the record's
 * `mergedInto` chain as it stands now: a merge undone, or a fork or cycle that sync settled the
 * other way, brings nothing in. This reads only the history involved, never the whole table.
 */
import { db } from '../db'
import type { AuditEntry } from '../models'
import type { MergeKind } from '../../domain/organisation/merge-references'

/** `duplicate`: the merged-away record the entry was written about, when it is not this record. */
export type HistoryEntry = AuditEntry & { duplicate?: { id: string; name: string } }

/** Longer chains than this do not happen (sync flattens them); the bound only guards a broken row. */
const MAX_CHAIN = 50

const newestFirst = (x: AuditEntry, y: AuditEntry) => y.at.localeCompare(x.at) || (y.seq ?? 0) - (x.seq ?? 0) || x.id.localeCompare(y.id)

/** Ids a merge or its undo named in an entry's changes (`mergedFrom`: the record merged in). */
function mergedFromIds(entry: AuditEntry): string[] {
  const change = entry.changes.mergedFrom
  return change ? [change.from, change.to].filter((v): v is string => typeof v === 'string') : []
}

/** The merged-away record's own entry about its merge: the survivor's entry already says it. */
const isOwnMergeEntry = (entry: AuditEntry) => Object.hasOwn(entry.changes, 'mergedInto')

export async function recordHistory(kind: MergeKind, id: string): Promise<HistoryEntry[]> {
  const d = db()
  const table = kind === 'organisations' ? d.organisations : d.people
  const entriesOf = (entityId: string) => d.auditLog.where('[table+entityId]').equals([kind, entityId]).toArray()
  /** The record a merged-away record's chain ends at, or null when it is not merged away (or the chain is broken). */
  const survivorOf = async (start: string): Promise<{ survivor: string | null; name: string }> => {
    const first = await table.get(start)
    let row = first
    for (let i = 0; i < MAX_CHAIN && row?.mergedInto; i++) {
      const next = await table.get(row.mergedInto)
      if (!next) return { survivor: null, name: first?.name ?? '' }
      row = next
    }
    return { survivor: row && first?.mergedInto && !row.mergedInto ? row.id : null, name: first?.name ?? '' }
  }

  return d.transaction('r', [d.auditLog, table], async () => {
    const own = await entriesOf(id)
    const out: HistoryEntry[] = [...own]
    const visited = new Set([id])
    const queue = own.flatMap(mergedFromIds)
    while (queue.length > 0) {
      const candidate = queue.shift() as string
      if (visited.has(candidate)) continue
      visited.add(candidate)
      const entries = await entriesOf(candidate)
      // Followed even when it is not merged into this record: a record merged into it may be.
      queue.push(...entries.flatMap(mergedFromIds))
      const { survivor, name } = await survivorOf(candidate)
      if (survivor !== id) continue
      for (const entry of entries) if (!isOwnMergeEntry(entry)) out.push({ ...entry, duplicate: { id: candidate, name } })
    }
    return out.sort(newestFirst)
  })
}
