/**
 * An edit made elsewhere to a record the duplicate merge has joined into another (issue 16): on a
 * laptop that had not yet seen the merge, or in an older export file imported in merge mode. The
 * merged-away record stays deleted; its edit lands on the survivor, weighed like any edit of the
 * survivor's own field. One rule for both paths: sync's apply (db/repositories/sync-merged-redirect.ts)
 * and the import planner (domain/backup/merged-edits-import.ts). Pure.
 */
import { ORGANISATION_MERGE_FIELDS, PERSON_MERGE_FIELDS } from './merge-plan'
import type { MergeKind } from './merge-references'

/**
 * The fields whose edits land on the survivor: the record's own content, the ones the merge lets
 * the user choose. Not the bookkeeping (`deletedAt`, `mergedInto`, stamps: the merged-away record
 * stays deleted), and not what follows from moved rows (status from status events) or is united by
 * the merge (fees, assessments; roles land element by element: LANDING_SETS).
 */
export const LANDING_FIELDS: Readonly<Record<MergeKind, readonly string[]>> = {
  organisations: ORGANISATION_MERGE_FIELDS.map((f) => f.key),
  people: PERSON_MERGE_FIELDS.map((f) => f.key),
}

/**
 * Set fields the merge unites (a person's roles): a role given to the merged-away record elsewhere
 * joins the survivor's, element by element (sync-merged-away.ts).
 */
export const LANDING_SETS: Readonly<Record<MergeKind, readonly string[]>> = {
  organisations: [],
  people: ['roles'],
}

export const isMergeKind = (table: string): table is MergeKind => table === 'organisations' || table === 'people'
export const landsAsElement = (table: string, field: string): boolean => isMergeKind(table) && LANDING_SETS[table].includes(field)
export const landsOnSurvivor = (table: string, field: string): boolean => isMergeKind(table) && LANDING_FIELDS[table].includes(field)

/** The edit of the merged-away record's field. */
export type StrayEdit = {
  value: unknown
  /** The merge was made knowing this edit: the merger chose the survivor's values with it in view. */
  seenByMerge: boolean
}

/** The survivor's own value of the same field, as this laptop holds it. */
export type SurvivorField = {
  value: unknown
  /** The survivor's value was changed where the edit was not known, and the edit made where that change was not known. */
  concurrent: boolean
  /** The survivor's value is the later change (by the clock, or because it had seen the edit). */
  laterThanEdit: boolean
}

/** What happens to the survivor: take the edit's value, and whether the pair is a true conflict. */
export type Landing = { write: boolean; conflict: boolean }

/**
 * Per field, the latest change wins, as everywhere in sync. An edit the merge had seen was weighed by
 * the user in the merge dialog: it does not land again. The same value is no change. Two changes
 * made without knowledge of each other, with different values, are a true conflict (listed once,
 * like any other); the latest still holds until someone decides.
 */
export function landStrayEdit(edit: StrayEdit, survivor: SurvivorField, same: (a: unknown, b: unknown) => boolean): Landing {
  if (edit.seenByMerge || same(edit.value, survivor.value)) return { write: false, conflict: false }
  return { write: !survivor.laterThanEdit, conflict: survivor.concurrent }
}

/** Merged-away id → survivor id, chains followed to the end (A into B, then B into C: A lands on C). */
export function survivorOf(merges: ReadonlyMap<string, string>, id: string): string | null {
  let to = merges.get(id)
  if (to === undefined) return null
  const seen = new Set([id])
  while (merges.has(to) && !seen.has(to)) {
    seen.add(to)
    to = merges.get(to) as string
  }
  return to === id ? null : to
}

/**
 * What a person merged away holds blank (merge-repo.ts): it keeps only a name, so its e-mail never
 * matches again. The blanking follows from its `mergedInto` on every laptop and is never sent as
 * changes (sync-tombstone.ts): a record a cycle revives, or an undo, holds its own values again.
 */
export const PERSON_TOMBSTONE: Readonly<Record<string, string>> = { title: '', email: '', phone: '' }
/** Set fields a merged-away person holds empty. */
export const PERSON_TOMBSTONE_SETS: readonly string[] = ['roles']
export const isTombstoneField = (table: string, field: string): boolean => table === 'people' && (Object.hasOwn(PERSON_TOMBSTONE, field) || PERSON_TOMBSTONE_SETS.includes(field))
