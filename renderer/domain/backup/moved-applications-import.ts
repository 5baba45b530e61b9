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

/** The parts of the import plan (plan.ts) this step reads and changes, by shape. */
type PlanParts = { conflicts: { table: string; local: Row; incoming: Row }[]; traces?: readonly string[]; answerTraces?: ErasedAnswerTraces }

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
