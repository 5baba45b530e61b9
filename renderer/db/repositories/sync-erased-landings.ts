/**
 * An erasure wins over every edit of the record it erases (issue 16), also over an edit that had
 * landed on the record's survivor after a duplicate merge (sync-stray-edits.ts, `land`).
 *
 * The eraser redacts its edits of the erased record from the folder, so a laptop that had not landed
 * such an edit before the erasure reached it never can. A laptop that had landed it must take it back
 * when the erasure arrives, or it keeps a value nobody else can ever have (and one erased, besides):
 * the survivor's own change stands again, as it does when a fork takes a landing back (`unland`), and
 * a conflict the landing raised goes, since its side is gone on every laptop.
 *
 * Found by the property test (seed -1348431237): Ola noted "Nei" on an organisation and emptied it
 * from the trash; Kari, who had merged it into its duplicate meanwhile, pulled the note before the
 * emptying and landed it on the survivor, where it stayed. Ola and Per never had it.
 */
import type { Row } from '../../domain/backup/envelope'
import type { Ledger } from '../../domain/backup/erasure-ledger'
import { LANDING_FIELDS } from '../../domain/organisation/merged-edits'
import type { MergeKind } from '../../domain/organisation/merge-references'
import { cellKey } from '../../domain/sync/fields'
import type { SyncCell, SyncConflict } from '../../domain/sync/records'
import type { db } from '../db'
import { giveBackElements } from './sync-landed-elements'

type Apply = {
  d: ReturnType<typeof db>
  rows: Map<string, Row | null>
  dirty: Set<string>
  cells: Map<string, SyncCell | null>
  conflicts: Map<string, SyncConflict>
}

/** Chains are flattened by sync; the bound only guards against a broken row. */
const MAX_CHAIN = 50

export async function takeBackErasedLandings(v: Apply, ledger: Ledger, erasedBefore: ReadonlySet<string>): Promise<void> {
  const rowOf = async (kind: MergeKind, id: string): Promise<Row | null> => {
    const key = `${kind}|${id}`
    if (!v.rows.has(key)) v.rows.set(key, ((await v.d.table(kind).get(id)) as Row | undefined) ?? null)
    return v.rows.get(key) ?? null
  }
  const cellOf = async (key: string): Promise<SyncCell | null> => {
    if (!v.cells.has(key)) v.cells.set(key, (await v.d.syncCells.get(key)) ?? null)
    return v.cells.get(key) ?? null
  }

  /** Open conflicts on the survivor's cell with a side among `stamps` go: that side was the erased record's edit. */
  const dropConflicts = async (key: string, stamps: ReadonlySet<string>): Promise<void> => {
    for (const c of v.conflicts.values()) if (c.cell === key && c.sides.some((s) => stamps.has(s.ts))) v.conflicts.delete(c.id)
    for (const c of await v.d.syncConflicts.where('cell').equals(key).toArray()) if (c.sides.some((s) => stamps.has(s.ts))) await v.d.syncConflicts.delete(c.id)
  }

  /**
   * The survivor's fields that hold a landed edit of `from` get the survivor's own change back. A
   * landing that lost to the survivor's own concurrent change left only a conflict, whose side is the
   * erased record's edit as its cell stood before this apply (the erasure's blanking comes after it).
   */
  const unland = async (kind: MergeKind, survivor: string, from: string): Promise<void> => {
    const row = await rowOf(kind, survivor)
    if (!row) return
    let next = row
    for (const field of LANDING_FIELDS[kind]) {
      const key = cellKey(kind, survivor, field)
      const cell = await cellOf(key)
      const before = await v.d.syncCells.get(cellKey(kind, from, field))
      const stamps = new Set(before ? [before.ts] : [])
      const own = cell?.landed?.from === from ? cell.landed.own : null
      if (cell && own) {
        stamps.add(cell.ts)
        next = { ...next, [field]: own.value }
        v.cells.set(key, { id: key, ts: own.ts, installId: own.installId })
      }
      // (A landing with no change of the survivor's own to go back to is what every laptop would hold.)
      if (stamps.size > 0) await dropConflicts(key, stamps)
    }
    // Roles landed from it (sync-landed-elements.ts): an element cell given back to none is gone.
    const put = async (key: string, cell: SyncCell | null) => {
      v.cells.set(key, cell)
      if (!cell) await v.d.syncCells.delete(key)
    }
    next = (await giveBackElements(kind, next, from, { cellOf, put })).row
    if (next === row) return
    v.rows.set(`${kind}|${survivor}`, next)
    v.dirty.add(`${kind}|${survivor}`)
  }

  for (const e of ledger.values()) {
    if (erasedBefore.has(e.id) || (e.table !== 'organisations' && e.table !== 'people')) continue
    const kind = e.table
    // Landed on the survivor the chain ends at; on one it passes, if that took the edit before it was merged away too.
    let survivor = (await rowOf(kind, e.id))?.mergedInto
    const passed = new Set([e.id])
    for (let i = 0; i < MAX_CHAIN && typeof survivor === 'string' && !passed.has(survivor); i++) {
      passed.add(survivor)
      await unland(kind, survivor, e.id)
      survivor = (await rowOf(kind, survivor))?.mergedInto
    }
  }
}
