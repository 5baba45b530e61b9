/**
 * The history entry sync writes about a duplicate it empties with the organisation it was merged
 * into (issue 16, sync-erased-duplicates.ts): «En virksomhet ble slettet for godt da papirkurven ble
 * tømt», as emptying the trash writes for each duplicate joined into what it empties (trash-repo).
 *
 * Every laptop that sees the merge and the emptying together empties the duplicate, each as its own
 * change, so the entry is the same row with the same content wherever it is written: its id follows
 * from the duplicate's id, its time is the emptying's (the duplicate's ledger line), its author the
 * one who emptied the trash (the survivor's own entry says who). Two writes land on one row and agree
 * field by field, and a merge import finds the same id on both sides.
 *
 * It names nothing (the erasure's own wording, no changes), so a later anonymisation
 * (`anonymisedEntry`) leaves it as it is. Pure.
 */
import type { AuditEntry } from '../record'
import { ORGANISATION_ERASE_SUMMARY } from './erasure-ledger'

/** Who emptied the trash, as the survivor's own entry about it says. */
export type EmptiedBy = { userName: string; installId: string }

const FNV_OFFSET = 0x6c62272e07bb014262b821756295c58dn
const FNV_PRIME = 0x0000000001000000000000000000013bn
const MASK = (1n << 128n) - 1n

/** FNV-1a, 128 bits, of the text's UTF-16 code units: deterministic, synchronous (no await inside a Dexie transaction). */
function fnv128(text: string): bigint {
  let hash = FNV_OFFSET
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i))
    hash = (hash * FNV_PRIME) & MASK
  }
  return hash
}

/**
 * The entry's id: a UUID (the export format checks it) of version 8, the version for ids made by
 * one's own rule, so it never equals a random (version 4) id the app makes for other entries.
 */
export function emptiedCopyEntryId(organisationId: string): string {
  const hex = fnv128(`emptied-copy-entry:${organisationId}`).toString(16).padStart(32, '0')
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** The entry about duplicate `organisationId` emptied at `erasedAt` (its ledger line's date) by `by`. */
export function emptiedCopyEntry(organisationId: string, erasedAt: string, by: EmptiedBy): AuditEntry {
  return {
    id: emptiedCopyEntryId(organisationId),
    at: erasedAt,
    table: 'organisations',
    entityId: organisationId,
    action: 'erase',
    changes: {},
    summary: ORGANISATION_ERASE_SUMMARY,
    userName: by.userName,
    installId: by.installId,
  }
}
