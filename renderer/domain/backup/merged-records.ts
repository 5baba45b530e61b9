/**
 * Records joined by the duplicate merge stay as deleted rows with `mergedInto` (the survivor's id).
 * An import reads them from both sides and points every reference of the rows it writes at the
 * survivor, so an older file's registrations, people and history land on the one record, and the
 * merged-away record never comes back as a second one. Pure, like the rest of the planner.
 */
import type { Row, TableData } from './envelope'
import { ORGANISATION_REFERENCES, PERSON_REFERENCES, type MergeKind, type Mover } from '../organisation/merge-references'
import { resolveMerges, type MergeEdge } from '../organisation/merge-chains'
import { instant } from './timestamps'

/** Per kind: merged-away id → survivor id (chains followed to the end). */
export type Merges = Record<MergeKind, Map<string, string>>
/** A fork the user decided in the import preview: `organisations/<id>` → the copy whose merge stands. */
export type ForkChoices = ReadonlyMap<string, 'local' | 'incoming'>

const MOVERS: Record<MergeKind, Readonly<Record<string, Mover | null>>> = { organisations: ORGANISATION_REFERENCES, people: PERSON_REFERENCES }

export function mergesOf(...sides: TableData[]): Merges {
  const merges: Merges = { organisations: new Map(), people: new Map() }
  for (const kind of ['organisations', 'people'] as const) {
    const direct = merges[kind]
    for (const data of sides) {
      for (const row of Object.hasOwn(data, kind) ? (data[kind] as Row[]) : []) {
        if (typeof row.mergedInto === 'string' && row.mergedInto !== row.id) direct.set(String(row.id), row.mergedInto)
      }
    }
    // A into B, then B into C: A's references go to C. A cycle (two laptops merging opposite ways) stops where it began.
    for (const [from] of direct) {
      let to = direct.get(from) as string
      const seen = new Set([from])
      while (direct.has(to) && !seen.has(to)) {
        seen.add(to)
        to = direct.get(to) as string
      }
      if (to !== from) direct.set(from, to)
    }
  }
  return merges
}

/** Per kind: records whose merge was void (a cycle's earliest) → the stamp of their cycle's latest merge. */
export type Revived = Record<MergeKind, Map<string, string>>

/**
 * The merges of both sides by the rule sync uses (merge-chains.ts `resolveMerges`): a chain ends at
 * its last record, and a cycle (two copies merging opposite ways) keeps its latest merge, the record
 * the earliest had merged away standing again (`revived`). A file holds no sync stamps: each merge
 * is dated by its row's `updatedAt`, which the merge wrote. A record merged into two different
 * records (a fork: B into A on one copy, B into C on the other) goes with the later merge, as in sync
 * where the later `mergedInto` wins; equal stamps fall to the larger survivor id, so both directions
 * of the import choose the same. The preview lists the fork as a conflict; a side the user chose
 * there (`chosen`) stands instead, as a decided sync conflict does. `direct`: the merge chosen for each merged-away record, before
 * chains are followed (the planner keeps the copy of the row that made it).
 */
export function resolvedMergesOf(local: TableData, incoming: TableData, chosen: ForkChoices = new Map()): { merges: Merges; revived: Revived; direct: Merges } {
  const merges: Merges = { organisations: new Map(), people: new Map() }
  const revived: Revived = { organisations: new Map(), people: new Map() }
  const direct: Merges = { organisations: new Map(), people: new Map() }
  for (const kind of ['organisations', 'people'] as const) {
    const edges = new Map<string, MergeEdge>()
    const picked = new Set<string>()
    for (const [side, data] of [['local', local], ['incoming', incoming]] as const) {
      for (const row of Object.hasOwn(data, kind) ? (data[kind] as Row[]) : []) {
        const id = String(row.id)
        if (typeof row.mergedInto !== 'string' || row.mergedInto === id || picked.has(id)) continue
        const at = instant(row.updatedAt)
        const edge = { to: row.mergedInto, stamp: Number.isFinite(at) ? new Date(at).toISOString() : '' }
        const other = edges.get(id)
        // The user's choice in a fork (the import preview lists it as a conflict) stands over the rule.
        if (chosen.get(`${kind}/${id}`) === side) picked.add(id)
        if (!other || picked.has(id) || later(edge, other)) edges.set(id, edge)
      }
    }
    for (const [id, edge] of edges) direct[kind].set(id, edge.to)
    const resolved = resolveMerges(edges)
    merges[kind] = resolved.survivors
    revived[kind] = resolved.revived
  }
  return { merges, revived, direct }
}

/** Of two merges of one record, whether `a` is the one that stands: the later, then the larger survivor id (never arrival order). */
const later = (a: MergeEdge, b: MergeEdge): boolean => (a.stamp !== b.stamp ? a.stamp > b.stamp : a.to > b.to)

export const hasMerges = (merges: Merges): boolean => merges.organisations.size > 0 || merges.people.size > 0

/** The row with every reference to a merged-away record pointed at its survivor; the same object when none. */
export function redirectRow(table: string, row: Row, merges: Merges): Row {
  let out = row
  for (const kind of ['organisations', 'people'] as const) {
    const move = Object.hasOwn(MOVERS[kind], table) ? MOVERS[kind][table] : null
    if (!move || merges[kind].size === 0) continue
    for (const [from, to] of merges[kind]) out = move(out, from, to) ?? out
  }
  return out
}

/** The tables with their references redirected; only changed tables get new arrays. */
export function redirectMerged(data: TableData, merges: Merges): TableData {
  if (!hasMerges(merges)) return data
  const out: TableData = { ...data }
  for (const [table, rows] of Object.entries(data)) {
    let changed = false
    const next = rows.map((row) => {
      const moved = redirectRow(table, row, merges)
      if (moved !== row) changed = true
      return moved
    })
    if (changed) out[table] = next
  }
  return out
}
