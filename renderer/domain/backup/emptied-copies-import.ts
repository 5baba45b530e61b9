/**
 * A merge import ends where sync ends for an organisation merged into one emptied (issue 16: an
 * erasure or an emptied trash wins over every edit). Emptying the trash empties the duplicates joined
 * into what it empties (trash-repo `copiesOf`), and sync empties one merged on a laptop that had not
 * heard of the emptying, or emptied where the merge had not arrived (sync-erased-duplicates.ts
 * `emptyMergedIntoEmptied`, `recordEmptiedCopies`). By file the merge and the emptying meet in the
 * import: the merge in the file and the emptying here, the other way round, or a chain (C into B in
 * one copy, B into A in the other, A emptied). Before, the duplicate stayed whole, name and notes,
 * with no history entry saying what became of it.
 *
 * The duplicate joins the united ledger, dated by the emptying its chain ends at, before the ledger
 * is applied: its row, people, status events and applications are emptied by the same rules as any
 * emptied organisation's, and its line travels in the ledger, as sync's do. Its history gets the one
 * entry sync writes (emptied-copy-entry.ts: same id, time and author), so a laptop that learns of it
 * by sync and by file holds one. Pure.
 */
import type { Row, TableData } from './envelope'
import { addToLedger, emptiedOrganisation, type Ledger } from './erasure-ledger'
import { emptiedCopyEntry, emptiedCopyEntryId, type EmptiedBy } from './emptied-copy-entry'
import { resolvedMergesOf, type ForkChoices } from './merged-records'

/**
 * Duplicates emptied by the import: for each, the emptied organisation its chain ends at (`emptied`:
 * whose emptying it takes) and the record its merge ends at (`survivor`, as chains are flattened).
 */
export type EmptiedCopies = ReadonlyMap<string, { emptied: string; survivor: string }>

/** Chains are flattened by every merge; the bound only guards against a broken row. */
const MAX_CHAIN = 50

const own = (data: TableData, table: string): Row[] => (Object.hasOwn(data, table) ? (data[table] as Row[]) : [])

/**
 * Adds to `ledger` every organisation of either copy, not emptied on either, whose merge (the one
 * that stands, as sync decides a fork: merged-records `resolvedMergesOf`) leads, step by step, to an
 * organisation the ledger empties; returns them. Nothing when neither copy emptied an organisation.
 */
export function emptyMergedIntoEmptiedOnImport(local: TableData, incoming: TableData, ledger: Ledger, forks?: ForkChoices): EmptiedCopies {
  const copies = new Map<string, { emptied: string; survivor: string }>()
  const emptied = new Set([...ledger.values()].filter((e) => e.table === 'organisations').map((e) => e.id))
  if (emptied.size === 0) return copies
  const { direct, merges } = resolvedMergesOf(local, incoming, forks)
  const edges = direct.organisations
  for (const [id, first] of edges) {
    if (ledger.has(id)) continue
    let to = first
    for (let i = 0; i < MAX_CHAIN && !emptied.has(to); i++) {
      const next = edges.get(to)
      if (next === undefined || next === id) break
      to = next
    }
    if (emptied.has(to)) copies.set(id, { emptied: to, survivor: merges.organisations.get(id) ?? to })
  }
  for (const [id, { emptied: to }] of copies) addToLedger(ledger, { id, table: 'organisations', erasedAt: (ledger.get(to) as { erasedAt: string }).erasedAt })
  return copies
}

/**
 * `data` (the file's tables, the ledger applied and merges followed) with each duplicate in `copies`
 * as sync leaves it, the same object when nothing changes: its emptied row keeps its merge, also one
 * made only here (the file's row, emptied, would drop it: a second record standing in the trash,
 * merged nowhere), and its history has the entry sync writes, unless either copy holds it already.
 * `local`, `incoming`: both copies as they were; their entries about each emptying say who emptied.
 */
export function withEmptiedCopies(data: TableData, local: TableData, incoming: TableData, ledger: Ledger, copies: EmptiedCopies): TableData {
  if (copies.size === 0) return data
  const erasedAt = (id: string) => (ledger.get(id) as { erasedAt: string }).erasedAt
  const mine = new Map(own(local, 'organisations').map((o) => [String(o.id), o]))
  const theirs = own(data, 'organisations')
  const organisations = theirs.map((o) => {
    const copy = copies.get(String(o.id))
    const here = mine.get(String(o.id))
    if (!copy || o.mergedInto === copy.survivor || typeof here?.mergedInto !== 'string') return o
    return emptiedOrganisation({ ...here, mergedInto: copy.survivor }, erasedAt(String(o.id)))
  })
  const rowsChanged = organisations.some((o, i) => o !== theirs[i])
  const by = emptiedByOf([own(local, 'auditLog'), own(incoming, 'auditLog')], new Set([...copies.values()].map((c) => c.emptied)))
  const wanted = new Map([...copies].map(([id, { emptied }]) => [emptiedCopyEntryId(id), emptiedCopyEntry(id, erasedAt(id), by(emptied))]))
  // One look at each entry, whatever the number of copies (a big file holds 100,000 entries).
  for (const entries of [own(local, 'auditLog'), own(incoming, 'auditLog'), own(data, 'auditLog')]) for (const e of entries) wanted.delete(String(e.id))
  const added: Row[] = [...wanted.values()]
  if (!rowsChanged && added.length === 0) return data
  const out: TableData = { ...data }
  if (rowsChanged) out.organisations = organisations
  if (added.length > 0) out.auditLog = [...own(data, 'auditLog'), ...added]
  return out
}

/**
 * Who emptied each of `ids`, by its own emptying entry: the earliest (by time, then id), as sync
 * chooses; nobody when none is known.
 */
function emptiedByOf(sides: readonly (readonly Row[])[], ids: ReadonlySet<string>): (id: string) => EmptiedBy {
  const first = new Map<string, Row>()
  for (const entries of sides) {
    for (const e of entries) {
      if (e.action !== 'erase' || e.table !== 'organisations' || !ids.has(String(e.entityId))) continue
      const known = first.get(String(e.entityId))
      if (!known || String(e.at).localeCompare(String(known.at)) < 0 || (e.at === known.at && String(e.id).localeCompare(String(known.id)) < 0)) first.set(String(e.entityId), e)
    }
  }
  return (id) => {
    const e = first.get(id)
    return { userName: typeof e?.userName === 'string' ? e.userName : '', installId: typeof e?.installId === 'string' ? e.installId : '' }
  }
}
