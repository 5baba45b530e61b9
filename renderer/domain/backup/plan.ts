/**
 * The import preview: per table, which rows are new, changed, identical or in conflict, and what
 * would be written. Pure: the repository applies the plan in one transaction.
 *
 * Merge: rows match by id and the newer change wins (a deletion is a change). A row changed on both
 * sides since the last export both copies have seen (from their sync logs) is a conflict for the
 * user. Append-only tables (audit log, sync log, erasure ledger) are united. Timestamps compare as
 * instants. A row stamped more than a day after the file was exported (the other laptop's clock is
 * wrong), or more than a day ahead of this laptop's clock, never wins by its stamp: when the
 * other side differs it is a conflict, and the side with the plausible clock is proposed.
 *
 * Both modes: the erasure ledgers of both sides are united and applied to the file before
 * anything is compared, and every reference must resolve (merge: also against the local rows).
 */
import type { Envelope, Row, TableData } from './envelope'
import { applyLedger, formerTracesOf, ledgerOf, ledgerRows, liveOrganisationsOf, organisationTracesOf, phonesOf, tracesOf, type ErasedAnswerTraces, type ErasedCounts, type LiveOrganisation } from './erasure-ledger'
import type { ImportProblem } from './problems'
import { hasMerges, redirectMerged, resolvedMergesOf, type ForkChoices } from './merged-records'
import { dropRevivedForks, followDecidedForks, forkDescriber, settleForkMoves, type MergeFork } from './merge-forks-import'
import type { MergeKind } from '../organisation/merge-references'
import { settleMergesInPlan } from './merge-cycles-import'
import { fileEditsToLand, landInPlan } from './merged-edits-import'
import { eraseLocalRows, redirectLocalRows, sameRow } from './local-rows-import'
import { checkReferences } from './references'
import { emptyMergedIntoEmptiedOnImport, withEmptiedCopies } from './emptied-copies-import'
import { isAppendOnly } from './row-schemas'
import { instant } from './timestamps'

export { sameRow } from './local-rows-import'

export type ImportMode = 'replace' | 'merge'
export type TableCounts = { added: number; changed: number; identical: number; conflicts: number; keptLocal: number; removed: number }
/** Why a row needs the user: changed on both sides, stamped by a clock that looks wrong, or merged into two records. */
export type ConflictReason = 'both-changed' | 'incoming-clock' | 'local-clock' | 'merge-fork'
/** A conflict as the preview says it: the record, and per field that differs both values, all in words (no ids). */
export type ConflictWords = { record: string; fields: { field: string; local: string; incoming: string }[] }
/** `newer`: the side proposed (for a fork, the later merge); `fork`: both merges in words; `words`: filled for the preview. */
export type Conflict = { key: string; table: string; id: string; local: Row; incoming: Row; newer: 'local' | 'incoming'; reason: ConflictReason; fork?: MergeFork; words?: ConflictWords }
export type Resolution = 'local' | 'incoming'

/** A stamp this far past a clock's own "now" (one day) means the clock was wrong. */
export const CLOCK_SLACK_MS = 86_400_000

export type ImportPlan = {
  mode: ImportMode
  envelope: Envelope
  /** The file's tables with its lineage in the sync log and the united ledger applied: what replace writes. */
  incoming: TableData
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
  /** The united erasure ledger, written whole in both modes: it never shrinks. */
  ledger: Row[]
  /** Names and e-mails of the erased, from rows not yet erased: audit entries that mention them are anonymised. */
  traces: string[]
  /** Names and numbers of emptied organisations: entries about other things (a lunch, a registration) that quote them are anonymised. */
  quoted: string[]
  /** Organisations of either side not emptied: an entry anonymised for a person keeps the ids of those it quotes. */
  live: LiveOrganisation[]
  /** Phone numbers and organisations of the erased, from rows not yet erased: their applications' answers naming them are emptied. */
  answerTraces: ErasedAnswerTraces
  /** Person and organisation rows in the file that are erased for good, and how many of them still hold data. */
  erased: ErasedCounts
  /** Rows stamped by a clock that looks wrong: the file's (after its export time) and this laptop's (ahead of now). */
  clock: { incomingAhead: number; localAhead: number }
  /** Dangling references: the plan cannot be applied while there are any. */
  problems: ImportProblem[]
  problemCount: number
}

/** `forks`: forks the user decided (a re-plan with their choice); the later merge stands for the rest. */
export type PlanOptions = { now?: string; forks?: ForkChoices }

function emptyCounts(): TableCounts {
  return { added: 0, changed: 0, identical: 0, conflicts: 0, keptLocal: 0, removed: 0 }
}
function stamp(row: Row): number {
  return instant(row.updatedAt)
}
function own(data: TableData, table: string): Row[] {
  return Object.hasOwn(data, table) ? (data[table] as Row[]) : []
}

/** The sync points of a file: its sync log plus the export itself. */
export function fileLineage(envelope: Envelope): Row[] {
  const rows = envelope.data.syncLog ?? []
  return rows.some((r) => r.id === envelope.exportId)
    ? rows
    : [...rows, { id: envelope.exportId, at: envelope.exportedAt, installId: envelope.installId }]
}

/** The latest sync point both sides have seen, compared as instants; '' when none. */
export function sharedSince(local: Row[], incoming: Row[]): string {
  const mine = new Set(local.map((r) => String(r.id)))
  let latest = ''
  for (const r of incoming) if (mine.has(String(r.id)) && instant(r.at) > instant(latest)) latest = String(r.at)
  return latest
}

const SLICE = 5_000
/** The tables an erasure writes to. */
const LEDGER_TABLES: ReadonlySet<string> = new Set(['people', 'organisations', 'statusEvents', 'auditLog', 'applications'])
const isLedgerTable = (table: string): boolean => LEDGER_TABLES.has(table)

export function planImport(envelope: Envelope, local: TableData, mode: ImportMode, options: PlanOptions = {}): ImportPlan {
  const steps = planSteps(envelope, local, mode, options)
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value
}

/** The same plan, built in slices that yield to the window (a merge of 100,000 rows takes seconds). */
export async function planImportInSlices(
  envelope: Envelope,
  local: TableData,
  mode: ImportMode,
  onProgress: (done: number, total: number) => void = () => {},
  options: PlanOptions = {},
): Promise<ImportPlan> {
  const steps = planSteps(envelope, local, mode, options)
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value
    onProgress(step.value.done, step.value.total)
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
}

function* planSteps(envelope: Envelope, local: TableData, mode: ImportMode, options: PlanOptions): Generator<{ done: number; total: number }, ImportPlan> {
  const total = Object.values(envelope.data).reduce((sum, rows) => sum + rows.length, 0)
  let done = 0
  const ledger = ledgerOf(envelope.data, ledgerOf(local))
  // Duplicates merged into an organisation emptied on either side are emptied with it, as sync does.
  const copies = emptyMergedIntoEmptiedOnImport(local, envelope.data, ledger, options.forks)
  // People of an organisation emptied on either side join the ledger; the names of everyone in it
  // (from rows not yet erased) find the audit entries that mention them.
  const everyone = [...own(envelope.data, 'people'), ...own(local, 'people')]
  applyLedger({ people: everyone }, ledger)
  // An emptied organisation's name and number, as either side held them, find the entries quoting it.
  const emptiedOrgs = [...own(envelope.data, 'organisations'), ...own(local, 'organisations')].filter((o) => ledger.get(String(o.id))?.table === 'organisations')
  // Their former names and e-mails too, from either side's history of them (as the erasing laptop does).
  const erasedPeople = new Set([...ledger.values()].filter((e) => e.table === 'people').map((e) => e.id))
  const former = formerTracesOf([...own(envelope.data, 'auditLog'), ...own(local, 'auditLog')], erasedPeople)
  const traces = [...everyone.filter((p) => ledger.has(String(p.id))).flatMap(tracesOf), ...former]
  const quoted = emptiedOrgs.flatMap(organisationTracesOf)
  const live = liveOrganisationsOf([...own(envelope.data, 'organisations'), ...own(local, 'organisations')], ledger)
  const erasedRows = everyone.filter((p) => ledger.has(String(p.id)))
  const answerTraces = { phones: [...new Set(erasedRows.flatMap(phonesOf))], organisations: [...new Set(erasedRows.map((p) => String(p.organisationId)))] }
  const applied = applyLedger({ ...envelope.data, syncLog: fileLineage(envelope) }, ledger, traces, quoted, live, answerTraces)
  // References to a record joined into another (the duplicate merge, on either side) go to the
  // survivor; chains and cycles end as sync ends them (merge-cycles-import.ts).
  const { merges, revived, direct } = resolvedMergesOf(local, applied.data, options.forks)
  const describeFork = forkDescriber(local, applied.data)
  const incoming: TableData = withEmptiedCopies({ ...redirectMerged(applied.data, merges), erasures: ledgerRows(ledger) }, local, envelope.data, ledger, copies)
  const references = checkReferences(incoming, mode === 'merge' ? local : null)
  const sinceText = sharedSince(own(local, 'syncLog'), own(incoming, 'syncLog'))
  const since = instant(sinceText)
  const fileLimit = instant(envelope.exportedAt) + CLOCK_SLACK_MS
  const localLimit = instant(options.now ?? new Date().toISOString()) + CLOCK_SLACK_MS
  const plan: Omit<ImportPlan, 'ledger'> = {
    mode,
    envelope,
    incoming,
    sharedSince: sinceText,
    counts: {},
    puts: {},
    kept: {},
    removals: {},
    conflicts: [],
    traces,
    quoted,
    live,
    answerTraces,
    erased: applied.erased,
    clock: { incomingAhead: 0, localAhead: 0 },
    problems: references.problems,
    problemCount: references.total,
  }
  // Replace looks at every local table (to remove); merge also at the local tables the ledger may erase in.
  const localTables = mode === 'replace' ? Object.keys(local) : Object.keys(local).filter(isLedgerTable)
  const tables = new Set([...Object.keys(incoming), ...localTables])
  for (const table of [...tables].sort()) {
    const counts = emptyCounts()
    const puts: Row[] = []
    const kept: Row[] = []
    const mine = new Map(own(local, table).map((r) => [String(r.id), r]))
    const theirs = own(incoming, table)
    const theirIds = new Set<string>()
    const appendOnly = isAppendOnly(table)
    for (const row of theirs) {
      if (++done % SLICE === 0) yield { done, total }
      const id = String(row.id)
      theirIds.add(id)
      const existing = mine.get(id)
      const incomingAhead = !appendOnly && stamp(row) > fileLimit
      if (!existing) {
        if (incomingAhead) plan.clock.incomingAhead++
        counts.added++
        puts.push(row)
        continue
      }
      if (sameRow(existing, row)) {
        counts.identical++
        continue
      }
      const localAhead = !appendOnly && stamp(existing) > localLimit
      if (incomingAhead) plan.clock.incomingAhead++
      if (localAhead) plan.clock.localAhead++
      if (mode === 'replace') {
        counts.changed++
        puts.push(row)
      } else if (appendOnly) {
        counts.keptLocal++
      } else if (existing.erasedAt) {
        // Erased for good here: the tombstone stays (the file's row for it is one already).
        counts.keptLocal++
        kept.push(existing)
      } else if (row.erasedAt) {
        // Erased for good there: the erasure wins, so nobody comes back.
        counts.changed++
        puts.push(row)
      } else if (table === 'applications' && ledger.get(String(row.organisationId))?.table === 'organisations') {
        // An emptied organisation's application, emptied above as the emptying laptop empties it: the
        // emptying wins over an edit on either copy, so no conflict offers the answers back.
        counts.changed++
        puts.push(row)
      } else if (existing.mergedInto && row.mergedInto && existing.mergedInto !== row.mergedInto) {
        // Merged into two different records (a fork): made on both copies since they last shared an
        // export, the user decides, as in sync, the later merge proposed; otherwise one copy merged
        // again having seen the other's merge (a decision, an undo), and the later merge stands.
        const newer = direct[table as MergeKind]?.get(id) === row.mergedInto ? 'incoming' : 'local'
        if (stamp(existing) > since && stamp(row) > since) {
          counts.conflicts++
          plan.conflicts.push({ key: `${table}/${id}`, table, id, local: existing, incoming: row, newer, reason: 'merge-fork', fork: describeFork(table as MergeKind, existing, row) })
        } else if (newer === 'incoming') {
          counts.changed++
          puts.push(row)
        } else {
          counts.keptLocal++
          kept.push(existing)
        }
      } else if (existing.mergedInto) {
        // Joined into another here: the file's older copy of it never comes back as a second record.
        counts.keptLocal++
        kept.push(existing)
      } else if (row.mergedInto) {
        // Joined into another there: the merge wins, like an erasure.
        counts.changed++
        puts.push(row)
      } else if (incomingAhead || localAhead) {
        counts.conflicts++
        const reason = incomingAhead ? 'incoming-clock' : 'local-clock'
        plan.conflicts.push({ key: `${table}/${id}`, table, id, local: existing, incoming: row, newer: incomingAhead ? 'local' : 'incoming', reason })
      } else {
        const localChanged = stamp(existing) > since
        const incomingChanged = stamp(row) > since
        const newer = stamp(row) > stamp(existing) ? 'incoming' : 'local'
        if (localChanged && incomingChanged) {
          counts.conflicts++
          plan.conflicts.push({ key: `${table}/${id}`, table, id, local: existing, incoming: row, newer, reason: 'both-changed' })
        } else if (incomingChanged || (!localChanged && newer === 'incoming')) {
          counts.changed++
          puts.push(row)
        } else {
          counts.keptLocal++
          kept.push(existing)
        }
      }
    }
    // Nothing leaves the ledger: the file's side of it already holds every local line.
    if (mode === 'replace') {
      const removed = [...mine.keys()].filter((id) => !theirIds.has(id))
      counts.removed = removed.length
      if (removed.length) plan.removals[table] = removed
    }
    if (mode === 'merge') {
      // Conflicts are never about erased rows (those take the erasure's side above).
      const handled = new Set([...puts, ...kept].map((r) => String(r.id)))
      eraseLocalRows(table, mine, handled, ledger, [traces, quoted, live, answerTraces], counts, puts)
      if (hasMerges(merges)) redirectLocalRows(table, mine, new Set([...handled, ...puts.map((r) => String(r.id))]), merges, counts, puts)
    }
    plan.counts[table] = counts
    plan.puts[table] = puts
    if (kept.length) plan.kept[table] = kept
  }
  if (mode === 'merge') {
    dropRevivedForks(plan, revived)
    settleMergesInPlan(plan, local, incoming, merges, revived)
    followDecidedForks(plan, local, incoming, options.forks)
    settleForkMoves(plan, options.forks)
  }
  // The file's edits of a record merged away here land on its survivor (the same rule as sync).
  if (mode === 'merge' && hasMerges(merges)) landInPlan(plan, local, fileEditsToLand(incoming, local, merges, since))
  return { ...plan, ledger: ledgerRows(ledger) }
}

/**
 * The rows to write once the user has decided every conflict (default: the proposed side). A
 * decided conflict and a kept local row get `updatedAt = now`: the decision is a change that must
 * win over both old versions when the copies next merge, and a wrong clock's stamp is gone.
 */
export function resolvedPuts(plan: ImportPlan, resolutions: ReadonlyMap<string, Resolution>, now: string): TableData {
  const out: TableData = {}
  for (const [table, rows] of Object.entries(plan.puts)) out[table] = [...rows]
  const touch = (table: string, row: Row) => (out[table] ??= []).push({ ...row, updatedAt: now })
  for (const [table, rows] of Object.entries(plan.kept)) for (const row of rows) touch(table, row)
  for (const c of plan.conflicts) touch(c.table, (resolutions.get(c.key) ?? c.newer) === 'incoming' ? c.incoming : c.local)
  return out
}
