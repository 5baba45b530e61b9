/**
 * A snapshot carries the landings of the cells it holds (sync-stray-edits.ts, `land`): a survivor's
 * cell that holds an edit of a record merged into it sends, besides its value, which record the edit
 * came from and the survivor's own change it replaced. Without them a laptop that joined from the
 * snapshot holds the landed value as the survivor's own, and cannot give it back when the survivor is
 * merged away itself, a fork moves the edit elsewhere, or an erasure takes it back, as every other
 * laptop does (seed -333969202, path 104: Per's note "Ja" of a record merged into Klima as stayed on
 * Klima as on Siv, who joined from Kari's snapshot and merged Klima as away; the others gave it back).
 *
 * A cell holding an older version's blanking of a person merge (sync-old-blanking.ts) carries that
 * mark the same way: a joiner whose cell of the person's merge holds a later merge cannot tell it.
 *
 * They travel as messages of a table no laptop has (`LANDED_TABLE`, keyed by the cell, so an erasure
 * redacts them with their row): a laptop that does not know them skips them, as any table it lacks.
 */
import { LANDED_TABLE, type JsonValue, type SyncMessage } from '../../../electron/shared/sync-message'
import { decodeValue, encodeValue } from '../../domain/sync/fields'
import type { LandedEdit, SyncCell } from '../../domain/sync/records'
import { cellReader } from './sync-cells'
import type { db } from '../db'

/** The landing a cell holds, as a message beside the cell's own. */
export function landedMessage(cell: SyncCell): SyncMessage | null {
  const l = cell.landed
  if (!l) return null
  const own = l.own ? { value: encodeValue(l.own.value) as JsonValue, ts: l.own.ts, installId: l.own.installId } : null
  return { table: LANDED_TABLE, row: cell.id, field: 'landed', op: 'set', value: { from: l.from, own }, timestamp: cell.ts }
}

/** An older version's blanking the cell holds, as a message beside the cell's own. */
export function oldBlankingMessage(cell: SyncCell): SyncMessage | null {
  return cell.oldBlanking ? { table: LANDED_TABLE, row: cell.id, field: 'oldBlanking', op: 'set', value: true, timestamp: cell.ts } : null
}

/** The landing a message holds, or null when it is not one (the folder is untrusted input). */
function landingOf(m: SyncMessage): LandedEdit | null {
  if (m.table !== LANDED_TABLE || m.field !== 'landed' || m.op !== 'set' || m.redacted) return null
  const v = m.value as { from?: unknown; own?: unknown } | null
  if (!v || typeof v !== 'object' || typeof v.from !== 'string') return null
  if (v.own === null) return { from: v.from, own: null }
  const own = v.own as { value?: JsonValue; ts?: unknown; installId?: unknown } | undefined
  if (!own || typeof own !== 'object' || typeof own.ts !== 'string' || typeof own.installId !== 'string') return null
  return { from: v.from, own: { value: decodeValue(own.value as JsonValue), ts: own.ts, installId: own.installId } }
}

/**
 * After a join's cells are written: each landing the snapshot brought is kept on its cell, if the
 * cell holds the very change the snapshot's did (the stamp names it; a newer one here is not landed).
 */
export async function restoreLandings(cells: ReturnType<typeof db>['syncCells'], messages: readonly SyncMessage[]): Promise<void> {
  const landings = messages.flatMap((m): { key: string; ts: string; mark: Partial<SyncCell> }[] => {
    if (m.table === LANDED_TABLE && m.field === 'oldBlanking' && m.op === 'set' && m.value === true && !m.redacted) return [{ key: m.row, ts: m.timestamp, mark: { oldBlanking: true } }]
    const landed = landingOf(m)
    return landed ? [{ key: m.row, ts: m.timestamp, mark: { landed } }] : []
  })
  if (landings.length === 0) return
  const held = await cellReader(cells)(landings.map((l) => l.key))
  const out = new Map<string, SyncCell>()
  landings.forEach((l, i) => {
    const cell = out.get(l.key) ?? held[i]
    if (cell && cell.ts === l.ts) out.set(l.key, { ...cell, ...l.mark })
  })
  if (out.size > 0) await cells.bulkPut([...out.values()])
}
