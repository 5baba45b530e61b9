/**
 * What an emptied organisation left in this laptop's older sync files beyond its own row: the notes
 * of its status events (they often name it: "«name» invitert til signeringslunsj …"). The erasure
 * blanks them in the database and new messages carry them blank (sync-repo `isErasedRow`), but the
 * files written before must be rewritten too. Called from sync-repo `erasuresToRedact`, next to the
 * fields of the erased rows themselves.
 */
import type { ErasureRecord } from '../models'
import { ERASED_FIELDS } from '../../domain/sync/fields'
import { db } from '../db'

export type RedactedField = { table: string; row: string; field: string }

/** The erased fields of every status event of the organisations among these new ledger lines. */
export async function emptiedOrganisationFields(lines: readonly ErasureRecord[]): Promise<RedactedField[]> {
  const emptied = lines.filter((l) => l.table === 'organisations').map((l) => l.id)
  if (emptied.length === 0) return []
  const events = await db().statusEvents.where('organisationId').anyOf(emptied).toArray()
  const fields = ERASED_FIELDS.statusEvents ?? []
  return events.flatMap((e) => fields.map((field) => ({ table: 'statusEvents', row: e.id, field })))
}
