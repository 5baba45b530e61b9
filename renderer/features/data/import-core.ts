/**
 * One import, from the file's bytes to the written rows, driven by messages: the Data page runs it
 * in a Web Worker (import.worker.ts), so parsing 44 MB, checking every row, comparing and writing
 * never hold the window's thread; where no worker can start (unit tests), it runs in-thread.
 * The file and the plan stay here; the page receives the preview only (counts, conflicts, problems).
 */
import { useDatabase, databaseName } from '../../db/db'
import { applyImport, readAllTables, type ImportOutcome } from '../../db/repositories/backup-repo'
import { setClock } from '../../db/repositories/base'
import { localFieldTimes } from '../../db/repositories/sync-import-repo'
import { NfkDatabase } from '../../db/schema'
import type { Envelope, TableData } from '../../domain/backup/envelope'
import { forkChoicesOf } from '../../domain/backup/merge-forks-import'
import type { ForkChoices } from '../../domain/backup/merged-records'
import { planImportInSlices, type ImportMode, type ImportPlan, type Resolution } from '../../domain/backup/plan'
import type { ImportProblem } from '../../domain/backup/problems'
import { readExportFile } from '../../domain/backup/read-file'
import { conflictInWords, lookupIn } from '../../domain/sync/conflict-words'
import { mergeConflictsByField } from '../../domain/sync/import-merge'

/**
 * What the preview shows of a plan: everything but the rows themselves, and for 'Erstatt alt' on a
 * synced laptop some names of the organisations the others would lose.
 */
export type PlanPreview = Omit<ImportPlan, 'envelope' | 'incoming' | 'puts' | 'kept' | 'removals' | 'ledger' | 'traces' | 'quoted' | 'answerTraces'> & {
  envelope: Omit<Envelope, 'data'>
  lostNames: string[]
}

export type ImportRequest =
  /** `now`: the page's clock, so stamps and clock checks agree with the window (and its tests). */
  | { type: 'prepare'; bytes: Uint8Array; databaseName: string; mode: ImportMode; now: number }
  /** `resolutions`: the user's choices so far; a fork decided against its proposal is planned with it. */
  | { type: 'mode'; mode: ImportMode; resolutions?: [string, Resolution][]; now: number }
  /** A fork decided another way: planned again at once, so the preview's counts follow the choice. */
  | { type: 'forks'; resolutions: [string, Resolution][]; now: number }
  | { type: 'apply'; resolutions: [string, Resolution][]; now: number }
  | { type: 'cancel' }

export type ImportReply =
  | { type: 'progress'; label: string; done: number; total: number }
  | { type: 'preview'; plan: PlanPreview; upgradedFrom: number | null }
  | { type: 'unreadable'; problem: ImportProblem }
  | { type: 'applied'; outcome: ImportOutcome }
  | { type: 'refused'; problems: ImportProblem[] }
  | { type: 'cancelled' }
  | { type: 'failed'; stage: 'prepare' | 'apply'; quota: boolean }

export function previewOf(plan: ImportPlan, local: TableData = {}): PlanPreview {
  const { envelope, incoming: _incoming, puts: _puts, kept: _kept, removals: _removals, ledger: _ledger, traces: _traces, quoted: _quoted, answerTraces: _answerTraces, ...rest } = plan
  const { data: _data, ...head } = envelope
  return { ...rest, conflicts: inWords(plan, local), envelope: head, lostNames: lostNames(plan, local) }
}

/** Each conflict with its record and differing fields in words, names as this laptop knows them (else as the file has them). */
function inWords(plan: ImportPlan, local: TableData): ImportPlan['conflicts'] {
  if (plan.conflicts.length === 0) return plan.conflicts
  const lookup = lookupIn(local, plan.incoming)
  return plan.conflicts.map((c) => (c.fork ? c : { ...c, words: conflictInWords(c, lookup) }))
}

/** Names of organisations the file does not have, for the synced laptop's replace preview. */
function lostNames(plan: ImportPlan, local: TableData): string[] {
  const gone = new Set(plan.removals.organisations ?? [])
  if (gone.size === 0) return []
  return (local.organisations ?? []).filter((o) => gone.has(String(o.id))).slice(0, 8).map((o) => String(o.name))
}

/** On a synced laptop, rows changed on both sides are settled field by field, as sync settles them (issue 16). */
async function byField(plan: ImportPlan): Promise<ImportPlan> {
  // Nothing to settle (replace, or no row changed on both sides): the plan as it is, with no extra read.
  if (plan.mode !== 'merge' || plan.conflicts.length === 0) return plan
  return mergeConflictsByField(plan, await localFieldTimes(plan))
}

/** Stamps made here follow the page's clock, which may differ from this thread's (tests set it). */
function followClock(now: number): void {
  const offset = now - Date.now()
  setClock(() => new Date(Date.now() + offset))
}
const nowIsoOf = (now: number): string => new Date(now).toISOString()

type ForkProposal = { key: string; reason: string; newer: Resolution }
const sameChoices = (a: ForkChoices, b: ForkChoices): boolean => a.size === b.size && [...a].every(([key, side]) => b.get(key) === side)

/** The message handler of one import session; `post` carries replies back to the page. */
export function createImportCore(post: (reply: ImportReply) => void): (request: ImportRequest) => Promise<void> {
  let envelope: Envelope | null = null
  let local: TableData = {}
  let plan: ImportPlan | null = null
  let upgradedFrom: number | null = null
  let abort = new AbortController()
  /** The forks as first proposed (planned with no choice): a choice is told from its proposal by these. */
  let proposals: ForkProposal[] = []
  let proposalsKnown = false
  /** The choices the current plan was made with: 'Slå sammen' writes that plan when they still hold. */
  let chosen: ForkChoices = new Map()
  const progress = (label: string) => (done: number, total: number) => post({ type: 'progress', label, done, total })

  const planned = async (mode: ImportMode, now: number, forks: ForkChoices = new Map()) => {
    // The settled plan stays here: 'Slå sammen' writes the fields as settled, not the whole rows.
    plan = envelope && (await byField(await planImportInSlices(envelope, local, mode, progress('Sammenligner med dataene her'), { now: nowIsoOf(now), forks })))
    chosen = forks
    if (plan && mode === 'merge' && forks.size === 0) {
      proposals = plan.conflicts.filter((c) => c.reason === 'merge-fork').map(({ key, reason, newer }) => ({ key, reason, newer }))
      proposalsKnown = true
    }
    return plan
  }
  /** Plans with the user's fork choices: once, with the proposals known (a big file plans for seconds). */
  const replan = async (mode: ImportMode, now: number, resolutions: readonly [string, Resolution][] = []) => {
    const choices = () => (mode === 'merge' ? forkChoicesOf(proposals, new Map(resolutions)) : new Map<string, Resolution>())
    const before = proposalsKnown
    let fresh = await planned(mode, now, before ? choices() : new Map())
    // The first merge plan told the proposals: the choices are planned in a second one.
    if (fresh && !before && choices().size > 0) fresh = await planned(mode, now, choices())
    if (fresh) post({ type: 'preview', plan: previewOf(fresh, local), upgradedFrom })
  }

  return async (request) => {
    if (request.type === 'cancel') {
      abort.abort()
      return
    }
    abort = new AbortController()
    followClock(request.now)
    if (request.type === 'prepare') {
      try {
        // In the worker the database is opened here, by name; in-thread the page's own is in use.
        if (databaseName() !== request.databaseName) useDatabase(new NfkDatabase(request.databaseName))
        const read = await readExportFile(request.bytes, (done, total, label) => post({ type: 'progress', label, done, total }))
        if (!read.ok) {
          post({ type: 'unreadable', problem: read.problem })
          return
        }
        envelope = read.envelope
        upgradedFrom = read.upgradedFrom
        local = await readAllTables()
        await replan(request.mode, request.now)
      } catch (error) {
        console.error('prepareImport', error)
        post({ type: 'failed', stage: 'prepare', quota: false })
      }
      return
    }
    if (request.type === 'mode' || request.type === 'forks') {
      try {
        const mode = request.type === 'mode' ? request.mode : plan?.mode
        if (mode) await replan(mode, request.now, request.resolutions)
      } catch (error) {
        console.error('planImport', error)
        post({ type: 'failed', stage: 'prepare', quota: false })
      }
      return
    }
    if (!plan) return
    try {
      const resolutions = new Map(request.resolutions)
      // The preview was planned with the user's fork choices ('forks'): that plan is what the user saw
      // and what is written. Only choices it was not planned with (none from the page) plan again here.
      const forks = plan.mode === 'merge' ? forkChoicesOf(proposals, resolutions) : new Map<string, Resolution>()
      if (!sameChoices(forks, chosen)) await planned(plan.mode, request.now, forks)
      if (!plan) return
      const outcome = await applyImport(plan, resolutions, (done, total, label) => post({ type: 'progress', label, done, total }), abort.signal)
      if (outcome.ok) post({ type: 'applied', outcome: outcome.data })
      else if (outcome.error === 'cancelled') post({ type: 'cancelled' })
      else post({ type: 'refused', problems: [...(outcome.problems ?? [])] })
    } catch (error) {
      console.error('applyImport', error)
      post({ type: 'failed', stage: 'apply', quota: error instanceof Error && error.name === 'QuotaExceededError' })
    }
  }
}
