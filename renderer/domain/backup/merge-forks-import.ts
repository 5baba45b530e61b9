/**
 * A fork met by a merge import: one record merged into two different records, into A here and into
 * C in the file. Sync lists such a fork as a conflict of `mergedInto` that the user decides; the
 * import lists it too, in words: the record's name, both survivors' names, and who merged when (the
 * merge's own history entry on each side, when the copy has it). Unless the user chooses, the later
 * merge stands (`resolvedMergesOf`), as before; a choice is planned again with it (`PlanOptions.forks`),
 * so every reference follows the survivor chosen. Pure.
 */
import type { Row, TableData } from './envelope'
import { ORGANISATION_REFERENCES, PERSON_REFERENCES, type MergeKind, type Mover } from '../organisation/merge-references'
import type { ForkChoices, Revived } from './merged-records'

/** One side's merge: into which record (its name as that copy has it), when, and by whom if known. */
export type ForkSide = { survivorId: string; survivor: string; at: string; by: string | null }
export type MergeFork = { kind: MergeKind; local: ForkSide; incoming: ForkSide }

const own = (data: TableData, table: string): Row[] => (Object.hasOwn(data, table) ? (data[table] as Row[]) : [])
const text = (v: unknown): string => (typeof v === 'string' && v.trim() ? v : '(uten navn)')

const nameOf = (kind: MergeKind, id: string, first: TableData, second: TableData) =>
  text((own(first, kind).find((r) => r.id === id) ?? own(second, kind).find((r) => r.id === id))?.name)

/** Describes forks of one plan; the history is indexed once, on the first fork (they are rare). */
export function forkDescriber(local: TableData, incoming: TableData): (kind: MergeKind, mine: Row, theirs: Row) => MergeFork {
  let authors: Map<string, string> | null = null
  const authorsOf = () => {
    if (authors) return authors
    authors = new Map()
    for (const [side, data] of [['local', local], ['incoming', incoming]] as const) {
      for (const e of own(data, 'auditLog')) {
        const to = (e.changes as Record<string, { to?: unknown }> | undefined)?.mergedInto?.to
        if (typeof to === 'string' && typeof e.userName === 'string' && e.userName) authors.set(`${side}|${String(e.entityId)}|${to}`, e.userName)
      }
    }
    return authors
  }
  const sideOf = (side: 'local' | 'incoming', kind: MergeKind, row: Row): ForkSide => {
    const to = String(row.mergedInto)
    const [first, second] = side === 'local' ? [local, incoming] : [incoming, local]
    return { survivorId: to, survivor: nameOf(kind, to, first, second), at: String(row.updatedAt), by: authorsOf().get(`${side}|${String(row.id)}|${to}`) ?? null }
  }
  return (kind, mine, theirs) => ({ kind, local: sideOf('local', kind, mine), incoming: sideOf('incoming', kind, theirs) })
}

type Counts = { changed: number; keptLocal: number; conflicts: number }
type ForkConflict = { key: string; table: string; id: string; local: Row; incoming: Row; newer: 'local' | 'incoming'; reason: string; fork?: MergeFork }
type PlanParts = { puts: Record<string, Row[]>; kept: Record<string, Row[]>; conflicts: ForkConflict[]; counts: Record<string, Counts> }

/**
 * A forked record that a cycle brings back (its merge void: merge-cycles-import.ts) is no fork to
 * decide: its conflict goes back to what the plan did before forks were listed (the standing side's
 * row written or kept), and the cycle's rule takes it from there.
 */
export function dropRevivedForks(plan: PlanParts, revived: Revived): void {
  plan.conflicts = plan.conflicts.filter((c) => {
    if (c.reason !== 'merge-fork' || !revived[c.table as MergeKind]?.has(c.id)) return true
    const counts = plan.counts[c.table]
    if (counts) counts.conflicts--
    if (c.newer === 'incoming') {
      ;(plan.puts[c.table] ??= []).push(c.incoming)
      if (counts) counts.changed++
    } else {
      ;(plan.kept[c.table] ??= []).push(c.local)
      if (counts) counts.keptLocal++
    }
    return false
  })
}

/**
 * The forks the user decided against the proposed side, for planning again (`PlanOptions.forks`):
 * the plan's references follow the proposed survivor, so another choice needs a plan of its own.
 */
export function forkChoicesOf(conflicts: readonly { key: string; reason: string; newer: 'local' | 'incoming' }[], resolutions: ReadonlyMap<string, 'local' | 'incoming'>): Map<string, 'local' | 'incoming'> {
  const out = new Map<string, 'local' | 'incoming'>()
  for (const c of conflicts) {
    const chosen = resolutions.get(c.key)
    if (c.reason === 'merge-fork' && chosen && chosen !== c.newer) out.set(c.key, chosen)
  }
  return out
}

const MOVERS: Record<MergeKind, Readonly<Record<string, Mover | null>>> = { organisations: ORGANISATION_REFERENCES, people: PERSON_REFERENCES }

/**
 * After a fork decided against the later merge: rows both copies hold, that the chosen merge moved to
 * its survivor on one copy and the other merge to its own on the other, follow the chosen survivor
 * (the plan took the newer copy of each row, which is usually the other merge's). History stays where
 * it was written, as in sync. Rows only one copy holds keep what they name.
 */
export function followDecidedForks(plan: PlanParts, local: TableData, incoming: TableData, forks: ForkChoices | undefined): void {
  if (!forks || forks.size === 0) return
  for (const c of plan.conflicts) {
    const side = forks.get(c.key)
    if (!c.fork || !side) continue
    const chosen = c.fork[side].survivorId
    const other = c.fork[side === 'local' ? 'incoming' : 'local'].survivorId
    for (const [table, move] of Object.entries(MOVERS[c.fork.kind])) {
      if (!move || table === 'auditLog') continue
      const names = (row: Row | undefined, id: string) => !!row && move(row, id, id) !== null
      const follow = (row: Row, copy: Row | undefined): Row => (names(row, other) && names(copy, chosen) ? (move(row, other, chosen) ?? row) : row)
      const mine = new Map(own(local, table).map((r) => [String(r.id), r]))
      const theirs = new Map(own(incoming, table).map((r) => [String(r.id), r]))
      if (plan.puts[table]) plan.puts[table] = plan.puts[table].map((r) => follow(r, mine.get(String(r.id))))
      if (plan.kept[table]) plan.kept[table] = plan.kept[table].map((r) => follow(r, theirs.get(String(r.id))))
      for (const x of plan.conflicts) {
        if (x.table !== table || x.reason === 'merge-fork') continue
        x.local = follow(x.local, x.incoming)
        x.incoming = follow(x.incoming, x.local)
      }
    }
  }
}

/** The row without its stamp, keys in order: two copies of one row compare alike whatever wrote them. */
function content({ updatedAt: _u, ...rest }: Row): string {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sorted) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Row)[k])])) : v
  return JSON.stringify(sorted(rest))
}

/**
 * A row both merges of a fork moved (B's contact person: to A here, to C in the file) differs only
 * in that reference: it is no question of its own. Where the side the plan proposes already names
 * the survivor that stands, the conflict goes and that side is written or kept, the same outcome as
 * accepting it; the fork's own conflict is the one question.
 */
export function settleForkMoves(plan: PlanParts, forks: ForkChoices | undefined): void {
  const standing: { kind: MergeKind; stands: string; other: string }[] = []
  for (const c of plan.conflicts) {
    if (!c.fork) continue
    const side = forks?.get(c.key) ?? c.newer
    standing.push({ kind: c.fork.kind, stands: c.fork[side].survivorId, other: c.fork[side === 'local' ? 'incoming' : 'local'].survivorId })
  }
  if (standing.length === 0) return
  plan.conflicts = plan.conflicts.filter((x) => {
    if (x.reason !== 'both-changed') return true
    const proposed = x.newer === 'incoming' ? x.incoming : x.local
    const settled = standing.some(({ kind, stands, other }) => {
      const move = MOVERS[kind][x.table]
      if (!move || x.table === 'auditLog' || move(proposed, other, other) !== null || move(proposed, stands, stands) === null) return false
      const follow = (r: Row) => move(r, other, stands) ?? r
      return content(follow(x.local)) === content(follow(x.incoming))
    })
    if (!settled) return true
    const counts = plan.counts[x.table]
    if (counts) counts.conflicts--
    if (x.newer === 'incoming') {
      ;(plan.puts[x.table] ??= []).push(x.incoming)
      if (counts) counts.changed++
    } else {
      ;(plan.kept[x.table] ??= []).push(x.local)
      if (counts) counts.keptLocal++
    }
    return false
  })
}
