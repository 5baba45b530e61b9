/**
 * A merge import of an older file after a duplicate merge here (issue 16): the file may hold edits
 * of the merged-away record's own fields made after the last export both copies saw. The record
 * stays deleted (plan.ts keeps it); its edits land on the survivor by the same rule as sync
 * (`landStrayEdit`, domain/organisation/merged-edits.ts). The file knows only its row's `updatedAt`,
 * so "later" and "concurrent" are judged row by row, as the rest of the import does; a synced laptop
 * then narrows a conflict to the fields its cells cannot settle (domain/sync/import-merge.ts). Pure.
 */
import type { Row, TableData } from './envelope'
import type { Merges } from './merged-records'
import { instant } from './timestamps'
import { LANDING_FIELDS, landStrayEdit } from '../organisation/merged-edits'

/** What lands on one survivor: values to take, and values in conflict with its own (the file's side). */
export type Landed = { table: 'organisations' | 'people'; id: string; writes: Row; disputed: Row; at: string; laterHere: boolean; inFile: boolean }

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
const own = (data: TableData, table: string): Row[] => (Object.hasOwn(data, table) ? (data[table] as Row[]) : [])

/** The file's edits of records merged away here, per survivor. `since`: the last export both copies saw (ms). */
export function fileEditsToLand(incoming: TableData, local: TableData, merges: Merges, since: number): Landed[] {
  const out = new Map<string, Landed>()
  for (const table of ['organisations', 'people'] as const) {
    const mine = new Map(own(local, table).map((r) => [String(r.id), r]))
    const theirs = new Map(own(incoming, table).map((r) => [String(r.id), r]))
    for (const [id, edited] of theirs) {
      const here = mine.get(id)
      const survivorId = merges[table].get(id)
      if (!here?.mergedInto || !survivorId || edited.mergedInto || edited.erasedAt || here.erasedAt) continue
      const survivor = mine.get(survivorId)
      if (!survivor || survivor.erasedAt) continue
      const file = theirs.get(survivorId)
      const editAt = instant(edited.updatedAt)
      const survivorAt = instant(survivor.updatedAt)
      for (const field of LANDING_FIELDS[table]) {
        // An edit: the file's value differs from the one the merged-away record holds here.
        if (same(edited[field], here[field])) continue
        // Changed here since the shared export, and not to the value the file has for the survivor.
        const concurrent = survivorAt > since && (!file || !same(file[field], survivor[field]))
        const landing = landStrayEdit(
          { value: edited[field], seenByMerge: !(editAt > since) },
          { value: survivor[field], concurrent, laterThanEdit: concurrent && survivorAt > editAt },
          same,
        )
        if (!landing.write && !landing.conflict) continue
        const key = `${table}|${survivorId}`
        const entry = out.get(key) ?? { table, id: survivorId, writes: {}, disputed: {}, at: String(edited.updatedAt), laterHere: false, inFile: !!file }
        if (landing.conflict) entry.disputed[field] = edited[field]
        else entry.writes[field] = edited[field]
        if (editAt > instant(entry.at)) entry.at = String(edited.updatedAt)
        entry.laterHere ||= landing.conflict && !landing.write
        out.set(key, entry)
      }
    }
  }
  return [...out.values()]
}

/** The parts of the import plan (plan.ts) this step changes, by shape: plan.ts calls this module. */
type Counts = { changed: number; identical: number; conflicts: number; keptLocal: number }
type PlanConflict = { key: string; table: string; id: string; local: Row; incoming: Row; newer: 'local' | 'incoming'; reason: string }
type PlanParts = { puts: Record<string, Row[]>; kept: Record<string, Row[]>; conflicts: PlanConflict[]; counts: Record<string, Counts> }

/**
 * Writes the landed edits into the plan: onto the survivor's row wherever the plan left it (written,
 * kept or untouched), and a conflict for the user where its own value was changed here too.
 */
export function landInPlan(plan: PlanParts, local: TableData, landed: readonly Landed[]): void {
  for (const l of landed) {
    const counts = plan.counts[l.table]
    const conflict = plan.conflicts.find((c) => c.table === l.table && c.id === l.id)
    if (conflict) {
      // The survivor itself differs in the file: both sides of that question carry the edits.
      conflict.local = { ...conflict.local, ...l.writes }
      conflict.incoming = { ...conflict.incoming, ...l.writes, ...l.disputed }
      continue
    }
    const puts = (plan.puts[l.table] ??= [])
    const put = puts.findIndex((r) => r.id === l.id)
    const kept = plan.kept[l.table]?.findIndex((r) => r.id === l.id) ?? -1
    const base = put >= 0 ? (puts[put] as Row) : kept >= 0 ? (plan.kept[l.table]?.[kept] as Row) : own(local, l.table).find((r) => r.id === l.id)
    if (!base) continue
    if (put >= 0) puts.splice(put, 1)
    if (kept >= 0) plan.kept[l.table]?.splice(kept, 1)
    const written = { ...base, ...l.writes }
    if (Object.keys(l.disputed).length === 0) {
      puts.push({ ...written, updatedAt: instant(l.at) > instant(base.updatedAt) ? l.at : base.updatedAt })
      if (counts && put < 0) {
        counts.changed++
        if (kept >= 0) counts.keptLocal--
        else if (l.inFile) counts.identical--
      }
      continue
    }
    plan.conflicts.push({ key: `${l.table}/${l.id}`, table: l.table, id: l.id, local: written, incoming: { ...written, ...l.disputed, updatedAt: l.at }, newer: l.laterHere ? 'local' : 'incoming', reason: 'both-changed' })
    if (counts) {
      counts.conflicts++
      if (put >= 0) counts.changed--
      else if (kept >= 0) counts.keptLocal--
      else if (l.inFile) counts.identical--
    }
  }
}
