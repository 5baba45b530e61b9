/**
 * Shapes every stored record shares, and the records no single concept owns (files, the audit log).
 * Every record has a UUID key, `updatedAt`, and `deletedAt` (soft delete), so a merge can tell a
 * deletion from a record never seen. Timestamps are ISO strings; date-only values are `YYYY-MM-DD`;
 * text is stored in Unicode NFC.
 */

/** An ISO timestamp in UTC, as `toISOString()` writes it. */
export type Iso = string

/** `YYYY-MM-DD` */
export type DateOnly = string

export type BaseRecord = {
  id: string
  createdAt: Iso
  updatedAt: Iso
  deletedAt: Iso | null
}

export type Attachment = BaseRecord & {
  ownerTable: string
  ownerId: string
  name: string
  mimeType: string
  bytes: Uint8Array
}

export type AuditAction = 'create' | 'update' | 'delete' | 'restore' | 'import' | 'erase'

export type AuditEntry = {
  id: string
  at: Iso
  table: string
  entityId: string
  action: AuditAction
  /** Changed fields: previous and new values. */
  changes: Record<string, { from: unknown; to: unknown }>
  summary: string
  userName: string
  installId: string
  /**
   * Write order within this session, to order entries stamped in the same millisecond (two writes
   * in one transaction often are). Not indexed; absent on entries from older versions.
   */
  seq?: number
  /**
   * Set only on an entry anonymised for an erased person while it also quoted organisations (by name
   * or number) that were not emptied: their ids, so emptying one later still finds it and it says
   * «slettet virksomhet», as where the emptying came first (erasure-ledger `erasedKindOf`).
   */
  quotedOrganisations?: string[]
}
