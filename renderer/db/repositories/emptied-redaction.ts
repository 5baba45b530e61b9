/**
 * What an emptied organisation left in this laptop's older sync files beyond its own row: the notes
 * of its status events (they often name it: "«name» invitert til signeringslunsj …"). The erasure
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

/**
 * The erased fields of every status event of the emptied organisations among these ledger lines
 * that is not done yet, with the events' ids (to count as done once blanked).
 */
export async function emptiedOrganisationFields(lines: readonly ErasureRecord[], done: ReadonlySet<string> = new Set()): Promise<{ ids: string[]; fields: RedactedField[] }> {
  const emptied = lines.filter((l) => l.table === 'organisations').map((l) => l.id)
  if (emptied.length === 0) return { ids: [], fields: [] }
  const events = (await db().statusEvents.where('organisationId').anyOf(emptied).toArray()).filter((e) => !done.has(e.id))
  const fields = ERASED_FIELDS.statusEvents ?? []
  return { ids: events.map((e) => e.id), fields: events.flatMap((e) => fields.map((field) => ({ table: 'statusEvents', row: e.id, field }))) }
}
