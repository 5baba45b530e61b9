/**
 * The import preview: per table, which rows are new, changed, identical or in conflict, and what
 * would be written. Pure: the repository applies the plan in one transaction.
 *
 * Merge: rows match by id and the newer change wins (a deletion is a change). A row changed on both
 * sides since the last export both copies have seen (from their sync logs) is a conflict for the
 * user. Append-only tables (audit log, sync log) are united.
 */
import type { Envelope, Row, TableData } from './envelope'
import { jsonReplacer } from './envelope'
import { APPEND_ONLY_TABLES } from './row-schemas'

export type ImportMode = 'replace' | 'merge'
export type TableCounts = { added: number; changed: number; identical: number; conflicts: number; keptLocal: number; removed: number }
export type Conflict = { key: string; table: string; id: string; local: Row; incoming: Row; newer: 'local' | 'incoming' }
export type Resolution = 'local' | 'incoming'

export type ImportPlan = {
  mode: ImportMode
  envelope: Envelope
  /** Time of the last export both copies had seen; '' when they share none. */
  sharedSince: string
  counts: Record<string, TableCounts>
  /** Rows to put, per table, before conflicts are resolved. */
  puts: TableData
  /** Local rows that differ from the file and stay (merge): re-stamped, so the next merge sees them. */
  kept: TableData
  /** Ids to remove, per table (replace mode only). */
  removals: Record<string, string[]>
  conflicts: Conflict[]
}

const emptyCounts = (): TableCounts => ({ added: 0, changed: 0, identical: 0, conflicts: 0, keptLocal: 0, removed: 0 })
/** Key order does not matter: the same record written by two programs is the same. */
function canonical(value: unknown): unknown {
  if (value instanceof Uint8Array) return jsonReplacer('', value)
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    const record = value as Row
    return Object.fromEntries(Object.keys(record).sort().map((k) => [k, canonical(record[k])]))
  }
  return value
}
// Plain stringify first (bytes compare as index maps, which is exact); key order only on a miss.
export const sameRow = (a: Row, b: Row): boolean =>
  JSON.stringify(a) === JSON.stringify(b) || JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
const stamp = (row: Row): string => (typeof row.updatedAt === 'string' ? row.updatedAt : '')

/** The sync points of a file: its sync log plus the export itself. */
export function fileLineage(envelope: Envelope): Row[] {
  const rows = envelope.data.syncLog ?? []
  return rows.some((r) => r.id === envelope.exportId)
    ? rows
    : [...rows, { id: envelope.exportId, at: envelope.exportedAt, installId: envelope.installId }]
}

export function sharedSince(local: Row[], incoming: Row[]): string {
  const mine = new Set(local.map((r) => String(r.id)))
  let latest = ''
  for (const r of incoming) if (mine.has(String(r.id)) && String(r.at) > latest) latest = String(r.at)
  return latest
}

const SLICE = 5_000

export function planImport(envelope: Envelope, local: TableData, mode: ImportMode): ImportPlan {
  const steps = planSteps(envelope, local, mode)
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value
}

/** The same plan, built in slices that yield to the window (a merge of 100,000 rows takes seconds). */
export async function planImportInSlices(envelope: Envelope, local: TableData, mode: ImportMode, onProgress: (done: number, total: number) => void = () => {}): Promise<ImportPlan> {
  const steps = planSteps(envelope, local, mode)
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value
    onProgress(step.value.done, step.value.total)
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
}

function* planSteps(envelope: Envelope, local: TableData, mode: ImportMode): Generator<{ done: number; total: number }, ImportPlan> {
  const total = Object.values(envelope.data).reduce((sum, rows) => sum + rows.length, 0)
  let done = 0
  const incomingData: TableData = { ...envelope.data, syncLog: fileLineage(envelope) }
  const since = sharedSince(local.syncLog ?? [], incomingData.syncLog ?? [])
  const plan: ImportPlan = { mode, envelope, sharedSince: since, counts: {}, puts: {}, kept: {}, removals: {}, conflicts: [] }
  const tables = new Set([...Object.keys(incomingData), ...(mode === 'replace' ? Object.keys(local) : [])])
  for (const table of [...tables].sort()) {
    const counts = emptyCounts()
    const puts: Row[] = []
    const kept: Row[] = []
    const mine = new Map((local[table] ?? []).map((r) => [String(r.id), r]))
    const theirs = incomingData[table] ?? []
    const theirIds = new Set<string>()
    for (const row of theirs) {
      if (++done % SLICE === 0) yield { done, total }
      const id = String(row.id)
      theirIds.add(id)
      const existing = mine.get(id)
      if (!existing) {
        counts.added++
        puts.push(row)
      } else if (sameRow(existing, row)) {
        counts.identical++
      } else if (mode === 'replace') {
        counts.changed++
        puts.push(row)
      } else if (APPEND_ONLY_TABLES.has(table)) {
        counts.keptLocal++
      } else if (existing.erasedAt || row.erasedAt) {
        // Erased for good on one side: the erasure always wins, so nobody comes back.
        if (existing.erasedAt && (!row.erasedAt || stamp(existing) >= stamp(row))) {
          counts.keptLocal++
          kept.push(existing)
        } else {
          counts.changed++
          puts.push(row)
        }
      } else {
        const localChanged = stamp(existing) > since
        const incomingChanged = stamp(row) > since
        const newer = stamp(row) > stamp(existing) ? 'incoming' : 'local'
        if (localChanged && incomingChanged) {
          counts.conflicts++
          plan.conflicts.push({ key: `${table}/${id}`, table, id, local: existing, incoming: row, newer })
        } else if (incomingChanged || (!localChanged && newer === 'incoming')) {
          counts.changed++
          puts.push(row)
        } else {
          counts.keptLocal++
          kept.push(existing)
        }
      }
    }
    if (mode === 'replace') {
      const removed = [...mine.keys()].filter((id) => !theirIds.has(id))
      counts.removed = removed.length
      if (removed.length) plan.removals[table] = removed
    }
    plan.counts[table] = counts
    plan.puts[table] = puts
    if (kept.length) plan.kept[table] = kept
  }
  anonymiseErased(plan, local)
  return plan
}

/** Audit entries arriving from the other copy about a person erased on either side say "slettet person". */
function anonymiseErased(plan: ImportPlan, local: TableData): void {
  const erased = new Set<string>()
  for (const rows of [local.people ?? [], plan.envelope.data.people ?? []]) for (const r of rows) if (r.erasedAt) erased.add(String(r.id))
  if (erased.size === 0 || !plan.puts.auditLog) return
  plan.puts.auditLog = plan.puts.auditLog.map((e) => (erased.has(String(e.entityId)) ? { ...e, summary: 'slettet person', changes: {} } : e))
}

/**
 * The rows to write once the user has decided every conflict (default: the newer side). A decided
 * conflict and a kept local row get `updatedAt = now`: the decision is a change that must win over
 * both old versions when the copies next merge.
 */
export function resolvedPuts(plan: ImportPlan, resolutions: ReadonlyMap<string, Resolution>, now: string): TableData {
  const out: TableData = {}
  for (const [table, rows] of Object.entries(plan.puts)) out[table] = [...rows]
  const touch = (table: string, row: Row) => (out[table] ??= []).push({ ...row, updatedAt: now })
  for (const [table, rows] of Object.entries(plan.kept)) for (const row of rows) touch(table, row)
  for (const c of plan.conflicts) touch(c.table, (resolutions.get(c.key) ?? c.newer) === 'incoming' ? c.incoming : c.local)
  return out
}
