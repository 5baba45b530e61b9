/**
 * Person merges written by an older version (issue 16, old-merge-blanking.test.ts). That version
 * blanked the merged-away person's title, e-mail and phone as ordinary field messages: set to '', by
 * the merging laptop, in the same file and millisecond as its `mergedInto`, after it. Every laptop
 * applies them as edits (they stay the person's cells), but they are no edit of the person: in a fork
 * (the person later merged into another survivor) they must not land there like a stray edit, or the
 * survivor's own title, e-mail and phone are emptied.
 *
 * They are told apart by their shape, and the recognition is kept in the cell (`oldBlanking`), since
 * the shape needs the merge's stamp, which a later merge replaces:
 * - an apply marks such a message's cell as it takes it (`blankingIn`: the merge is in the same file);
 * - the laptop that wrote the file never applies it, and one that joined from a snapshot holds the
 *   cells without the file: each sees the shape in its stored cells while the merge's cell still holds
 *   that merge (`storedBlanking`: same author, millisecond and file by the file records, which every
 *   laptop keeps, its own pushed files too), and marks them before an apply replaces that cell;
 * - a snapshot carries the mark (sync-snapshot-landings.ts).
 * A person a cycle of merges revives still shows the blanks: the writer kept no values beside them.
 */
import type { SyncBatch } from '../../../electron/shared/channels/sync'
import type { SyncMessage } from '../../../electron/shared/sync-message'
import { PERSON_TOMBSTONE } from '../../domain/organisation/merged-edits'
import type { FileIndex } from '../../domain/sync/causality'
import type { Row } from '../../domain/backup/envelope'
import { cellKey, decodeValue } from '../../domain/sync/fields'
import type { SyncCell } from '../../domain/sync/records'
import { heldValue } from './sync-cells'

const ms = (ts: string) => ts.slice(0, 24)
const node = (ts: string) => ts.slice(-16)

/** A field the older version blanked with a message (roles it removed never land: only additions do). */
export const isBlankedField = (table: string, field: string): boolean => table === 'people' && Object.hasOwn(PERSON_TOMBSTONE, field)

/** A stamp in the merge's millisecond, after it, by the same laptop. */
const afterMergeInItsMillisecond = (ts: string, merge: string): boolean => ts > merge && ms(ts) === ms(merge) && node(ts) === node(merge)

const perFile = new WeakMap<SyncBatch, Map<string, string[]>>()

/** Whether a message of this file is the older version's blanking of a merge in the same file. */
export function blankingIn(batch: SyncBatch, m: SyncMessage): boolean {
  if (m.op !== 'set' || m.redacted || !isBlankedField(m.table, m.field) || decodeValue(m.value) !== '') return false
  let merges = perFile.get(batch)
  if (!merges) {
    merges = new Map()
    for (const x of batch.messages) if (x.table === 'people' && x.field === 'mergedInto' && x.op === 'set') merges.set(x.row, [...(merges.get(x.row) ?? []), x.timestamp])
    perFile.set(batch, merges)
  }
  return (merges.get(m.row) ?? []).some((merge) => afterMergeInItsMillisecond(m.timestamp, merge))
}

/**
 * Whether a stored cell of a person's blanked field holds the older version's blanking: marked so, or
 * (`merge`: the person's `mergedInto` cell as stored) blank, by the merge's author, in its millisecond
 * and in the same file.
 */
export function storedBlanking(cell: SyncCell, held: unknown, merge: SyncCell | null | undefined, files: FileIndex): boolean {
  if (cell.oldBlanking) return true
  if (!merge || held !== '' || cell.installId !== merge.installId || !afterMergeInItsMillisecond(cell.ts, merge.ts)) return false
  const seq = files.seqOf(cell.installId, cell.ts)
  return seq !== null && seq === files.seqOf(merge.installId, merge.ts)
}

/** What `markStoredBlankings` reads and writes of an apply (sync-apply-repo.ts). */
type Marking = {
  files: FileIndex
  cells: Map<string, SyncCell | null>
  cellOf: (key: string) => Promise<SyncCell | null>
  storedCells: (keys: readonly string[]) => Promise<(SyncCell | undefined)[]>
  storedRow: (id: string) => Promise<Row | undefined>
}

/**
 * Before an apply may replace these people's `mergedInto` cells: their stored blankings are marked
 * while the merge's stamp still tells them (on the laptop that wrote them, or joined with them from a
 * snapshot), as an apply of their file marks them on the other laptops.
 */
export async function markStoredBlankings(v: Marking, ids: Iterable<string>): Promise<void> {
  const fields = Object.keys(PERSON_TOMBSTONE)
  for (const id of new Set(ids)) {
    const [merge] = await v.storedCells([cellKey('people', id, 'mergedInto')])
    if (!merge) continue
    const stored = await v.storedCells(fields.map((field) => cellKey('people', id, field)))
    let row: Row | undefined
    for (const [i, field] of fields.entries()) {
      const cell = stored[i]
      if (!cell || cell.oldBlanking || !afterMergeInItsMillisecond(cell.ts, merge.ts)) continue
      row ??= await v.storedRow(id)
      if (!storedBlanking(cell, heldValue(cell, row?.[field]), merge, v.files)) continue
      // Unless this apply replaced it.
      const now = await v.cellOf(cell.id)
      if (now?.ts === cell.ts) v.cells.set(cell.id, { ...now, oldBlanking: true })
    }
  }
}
