/**
 * A merge import that meets an application held under two different organisations (issue 16): one
 * copy moved it (a duplicate merge, a correction) while the other emptied its organisation or erased
 * someone of it. Sync weighs each field on its own: the move is a change of `organisationId` only,
 * and the emptying or the erasure a change of the answers only, so the application ends in the
 * organisation the move chose with the answers emptied (sync-erased-answers.ts). The planner empties
 * a row by the organisation that row names, so a question between the two copies would still offer
 * the answers back on the side naming the other organisation. Both sides of it are emptied here by
 * the same rules (erasure-ledger `emptiedApplication`, `withoutAnswersNaming`), each keeping its
 * own stamp, so all that is left to decide is the organisation: by the field rule on a synced laptop
 * (domain/sync/import-merge.ts), by the user elsewhere. Pure.
 */
import type { Row, TableData } from './envelope'
import { emptiedApplication, ledgerOf, withoutAnswersNaming, type ErasedAnswerTraces } from './erasure-ledger'
import { redirectRow, type Merges } from './merged-records'
import { instant } from './timestamps'

/** The parts of the import plan (plan.ts) this step reads and changes, by shape. */
type PlanConflict = { key: string; table: string; id: string; local: Row; incoming: Row; newer: 'local' | 'incoming'; reason: string }
type PlanParts = { conflicts: PlanConflict[]; traces?: readonly string[]; answerTraces?: ErasedAnswerTraces }
type Counts = { changed: number; conflicts: number }

/** `incoming`: the file's tables as planned, with the united ledger as its `erasures`. */
export function emptyMovedApplications(plan: PlanParts, incoming: TableData): void {
  const ledger = ledgerOf({ erasures: incoming.erasures ?? [] })
  const named = new Set(plan.answerTraces?.organisations ?? [])
  for (const c of plan.conflicts) {
    if (c.table !== 'applications') continue
    const organisations = [String(c.local.organisationId), String(c.incoming.organisationId)]
    if (organisations[0] === organisations[1]) continue
    const emptiedAt = organisations.map((id) => ledger.get(id)).find((e) => e?.table === 'organisations')?.erasedAt
    if (emptiedAt !== undefined) {
      const emptied = (row: Row): Row => ({ ...emptiedApplication(row, emptiedAt), updatedAt: row.updatedAt })
      c.local = emptied(c.local)
      c.incoming = emptied(c.incoming)
    } else if (organisations.some((id) => named.has(id))) {
      // Whichever organisation a side holds it under: the erased named it where the eraser looked.
      const traces = { traces: plan.traces ?? [], phones: plan.answerTraces?.phones ?? [], organisations: new Set(organisations) }
      c.local = withoutAnswersNaming(c.local, traces, String(c.local.updatedAt)) ?? c.local
      c.incoming = withoutAnswersNaming(c.incoming, traces, String(c.incoming.updatedAt)) ?? c.incoming
    }
  }
}

/**
 * The planner writes the file's row of an emptied organisation's application whatever this laptop
 * did, as the emptying wins over every edit. It wins over the answers only: where this laptop moved
 * the application to another organisation since the copies last shared an export, the organisation
 * is a true difference, decided as any other (sync takes the later move, and lists it when neither
 * laptop had seen the other's). It becomes a question, both sides emptied; a synced laptop settles
 * it by its field times (domain/sync/import-merge.ts). Call after this laptop's rows name survivors.
 */
export function askWhereEmptiedApplicationsBelong(plan: PlanParts & { puts: Record<string, Row[]>; counts: Record<string, Counts>; sharedSince?: string }, local: TableData, incoming: TableData, merges: Merges): void {
  const puts = plan.puts.applications
  if (!puts?.length) return
  const ledger = ledgerOf({ erasures: incoming.erasures ?? [] })
  // No organisation emptied on either copy (the common case): nothing to look up in a big file.
  if (![...ledger.values()].some((e) => e.table === 'organisations')) return
  const since = plan.sharedSince ? instant(plan.sharedSince) : Number.NaN
  const mine = new Map((Object.hasOwn(local, 'applications') ? (local.applications as Row[]) : []).map((r) => [String(r.id), r]))
  const counts = plan.counts.applications
  plan.puts.applications = puts.filter((row) => {
    const emptied = ledger.get(String(row.organisationId))
    const here = mine.get(String(row.id))
    if (emptied?.table !== 'organisations' || !here) return true
    const held = redirectRow('applications', here, merges)
    // Unchanged here since the shared export (or none shared: the planner's rule stands), or held alike.
    if (String(held.organisationId) === String(row.organisationId) || !(instant(held.updatedAt) > since)) return true
    const ours: Row = { ...emptiedApplication(held, emptied.erasedAt), updatedAt: held.updatedAt }
    const newer = instant(row.updatedAt) > instant(held.updatedAt) ? 'incoming' : 'local'
    plan.conflicts.push({ key: `applications/${String(row.id)}`, table: 'applications', id: String(row.id), local: ours, incoming: row, newer, reason: 'both-changed' })
    if (counts) {
      counts.changed--
      counts.conflicts++
    }
    return false
  })
}
