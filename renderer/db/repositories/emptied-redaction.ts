/**
 * What an emptied organisation left in this laptop's older sync files beyond its own row: the notes
 * of its status events (they often name it: "«name» invitert til signeringslunsj …") and its
 * applications' answers and source file. The erasure
 * blanks them in the database and new messages carry them blank (sync-repo `isErasedRow`), but the
 * files written before must be rewritten too. Called from sync-repo `erasuresToRedact`, next to the
 * fields of the erased rows themselves.
 *
 * Each event is done once, by its own id: an event may come under an organisation emptied long before
 * (a duplicate merged into it where the emptying had not arrived moves its events there, issue 16),
 * and its note in this laptop's files must go then (merged-into-emptied.test.ts: Kari wrote
 * «KLIMA AS invitert til signeringslunsj …» and learnt of the emptying before the merge).
 */
import type { ErasureRecord } from '../models'
import { ERASED_FIELDS } from '../../domain/sync/fields'
import { db } from '../db'

export type RedactedField = { table: string; row: string; field: string }

/** What an emptied organisation's application held of it (erasure-ledger `emptiedApplication`). */
const EMPTIED_APPLICATION_FIELDS = ['answers', 'source'] as const

/**
 * The erased fields of every status event of the emptied organisations among these ledger lines
 * that is not done yet, and the answers and source file of each of their applications not done yet
 * (the form's import, an edit, a join's publication sent them as given), with the rows' ids (to count
 * as done once blanked). An application is done once, by its own id, as an event is: one moved under
 * the organisation later, or edited where the emptying had not arrived, is found on a later round.
 */
export async function emptiedOrganisationFields(lines: readonly ErasureRecord[], done: ReadonlySet<string> = new Set()): Promise<{ ids: string[]; fields: RedactedField[] }> {
  const emptied = lines.filter((l) => l.table === 'organisations').map((l) => l.id)
  if (emptied.length === 0) return { ids: [], fields: [] }
  const events = (await db().statusEvents.where('organisationId').anyOf(emptied).toArray()).filter((e) => !done.has(e.id))
  const applications = (await db().applications.where('organisationId').anyOf(emptied).toArray()).filter((a) => !done.has(a.id))
  const fields = ERASED_FIELDS.statusEvents ?? []
  return {
    ids: [...events.map((e) => e.id), ...applications.map((a) => a.id)],
    fields: [...events.flatMap((e) => fields.map((field) => ({ table: 'statusEvents', row: e.id, field }))), ...applications.flatMap((a) => EMPTIED_APPLICATION_FIELDS.map((field) => ({ table: 'applications', row: a.id, field })))],
  }
}
