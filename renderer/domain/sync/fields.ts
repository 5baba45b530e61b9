/**
 * What a field-level sync message is about (issue 16): which tables travel, which fields are sets,
 * how a stored value becomes a JSON message value and back, and the changes between two versions
 * of a row. Pure: the Dexie middleware (renderer/db/sync-middleware.ts) and the apply step use it.
 */
import type { JsonValue } from '../../../electron/shared/sync-message'
import { LOCAL_TABLES, UNSYNCED_DATA_TABLES } from './laptop-tables'

/**
 * What is never sent: this laptop's own tables and the data tables kept apart from sync, both from
 * the one list in laptop-tables.ts. Everything else (including tables added later) travels.
 */
const NEVER_SENT: ReadonlySet<string> = new Set([...LOCAL_TABLES, ...UNSYNCED_DATA_TABLES])
export const isSyncedTable = (table: string): boolean => !NEVER_SENT.has(table)

/**
 * Lists of ids or names that are sets: each element is added or removed on its own, so two laptops
 * that both add keep both. Stored in a canonical order (sorted), so every laptop holds the same array.
 */
export const SET_FIELDS: Readonly<Record<string, readonly string[]>> = {
  people: ['roles'],
  events: ['invitedOrganisationIds'],
}
export const isSetField = (table: string, field: string): boolean => SET_FIELDS[table]?.includes(field) ?? false

/** What erasure blanks, per table: these values are never sent for an erased row. */
export const ERASED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  people: ['name', 'title', 'email', 'phone', 'roles'],
  organisations: ['name', 'orgNumber', 'address', 'website', 'notes', 'partnerFee', 'certification', 'criteria', 'expectations'],
  statusEvents: ['note'],
  auditLog: ['summary', 'changes'],
  // An erased person's lines in the invitation log keep date and kind, never name, address or file.
  invitationLog: ['recipientName', 'email', 'fileName'],
}

/** Bookkeeping that every edit changes: the latest clock decides it without asking anyone. */
const NEVER_CONFLICTS: ReadonlySet<string> = new Set(['updatedAt', 'createdAt'])
export const canConflict = (field: string): boolean => !NEVER_CONFLICTS.has(field)

/** Fields that are not the record's content: the key. */
const KEY_FIELD = 'id'

export type FieldChange = { table: string; row: string; field: string; op: 'set' | 'add' | 'remove'; value: JsonValue }

/** A field that is missing on the row (removed, or never set), as a message value. */
export const ABSENT: JsonValue = { $absent: true }
const isTagged = (v: unknown, tag: string): v is Record<string, JsonValue> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 1 && tag in v

function toBase64(bytes: Uint8Array): string {
  let text = ''
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(text)
}
function fromBase64(text: string): Uint8Array {
  const raw = atob(text)
  const out = new Uint8Array(raw.length)
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i)
  return out
}

/** A stored value as JSON: bytes become `{ $bytes }`, a missing field `{ $absent: true }`. */
export function encodeValue(value: unknown): JsonValue {
  if (value === undefined) return ABSENT
  if (value instanceof Uint8Array) return { $bytes: toBase64(value) }
  if (value === null || typeof value !== 'object') return value as JsonValue
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : encodeValue(v)))
  const out: Record<string, JsonValue> = {}
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = encodeValue(v)
  return out
}

/** The stored value of a message value; `undefined` means the field is removed from the row. */
export function decodeValue(value: JsonValue): unknown {
  if (isTagged(value, '$absent')) return undefined
  if (isTagged(value, '$bytes') && typeof value.$bytes === 'string') return fromBase64(value.$bytes)
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map(decodeValue)
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeValue(v as JsonValue)]))
}

/** JSON with sorted keys: the same value is the same text on every laptop. */
export function stableText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Uint8Array)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}
export const sameValue = (a: unknown, b: unknown): boolean => stableText(encodeValue(a)) === stableText(encodeValue(b))

/** A set field's elements in canonical order, without repeats. */
export function canonicalSet(values: readonly unknown[]): unknown[] {
  const seen = new Map<string, unknown>()
  for (const v of values) seen.set(stableText(encodeValue(v)), v)
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v)
}

/** The row with its set fields in canonical order (what every laptop stores). */
export function canonicalRow<T>(table: string, row: T): T {
  const fields = SET_FIELDS[table]
  if (!fields || typeof row !== 'object' || row === null) return row
  let out = row as Record<string, unknown>
  for (const f of fields) {
    const v = out[f]
    if (Array.isArray(v)) {
      const c = canonicalSet(v)
      if (c.some((x, i) => x !== v[i]) || c.length !== v.length) out = { ...out, [f]: c }
    }
  }
  return out as T
}

/** The key of one cell: a field of a row, or one element of a set field. */
export function cellKey(table: string, row: string, field: string, element?: JsonValue): string {
  const base = `${table}|${row}|${field}`
  return element === undefined ? base : `${base}|${stableText(element)}`
}
export const fieldKey = (table: string, row: string, field: string): string => `${table}|${row}|${field}`

/**
 * One change per top-level field that differs between `before` and `after` (undefined: no row).
 * Set fields give one `add` or `remove` per element. The key is not a field.
 */
export function fieldChanges(table: string, row: string, before: Record<string, unknown> | undefined, after: Record<string, unknown> | undefined): FieldChange[] {
  const a = before ?? {}
  const b = after ?? {}
  const out: FieldChange[] = []
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => f !== KEY_FIELD && /^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(f)).sort()
  for (const field of fields) {
    const from = a[field]
    const to = b[field]
    if (isSetField(table, field) && (Array.isArray(from) || from === undefined) && (Array.isArray(to) || to === undefined)) {
      // The field itself coming or going is a `set` (to [] or absent); its elements are adds and removes.
      if ((from === undefined) !== (to === undefined)) out.push({ table, row, field, op: 'set', value: to === undefined ? ABSENT : [] })
      const had = new Map((from ?? []).map((v: unknown) => [stableText(encodeValue(v)), v]))
      const has = new Map((to ?? []).map((v: unknown) => [stableText(encodeValue(v)), v]))
      for (const [k, v] of has) if (!had.has(k)) out.push({ table, row, field, op: 'add', value: encodeValue(v) })
      for (const [k, v] of had) if (!has.has(k)) out.push({ table, row, field, op: 'remove', value: encodeValue(v) })
      continue
    }
    if (!sameValue(from, to) || (from === undefined) !== (to === undefined)) out.push({ table, row, field, op: 'set', value: encodeValue(to) })
  }
  return out
}
