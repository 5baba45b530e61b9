/**
 * One field-level change as it travels between laptops through the shared folder (issue 16).
 * Main checks the shape (the folder is written by other laptops and is untrusted input); what a
 * message means is the renderer's business (renderer/lib/sync, electron/main/sync/README.md).
 * Imports nothing from Electron or Node: main, preload and renderer all use it.
 */
import { z } from 'zod'

/** An HLC timestamp as `@actual-app/crdt` prints it: ISO time, 4 hex counter, 16 hex node. */
export const SYNC_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z-[0-9A-F]{4}-[0-9a-fA-F]{16}$/
/** Install ids are lowercase UUIDs; the clock's node id is derived from them. */
export const INSTALL_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
/** Table and field names: plain identifiers (what they may be is checked by the renderer). */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]{0,63}$/

/** How deep and how big a message's value may be: deeper than any row the app writes, far below a stack overflow. */
export const VALUE_LIMITS = { depth: 16, stringLength: 200_000, items: 10_000 } as const

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue }

/**
 * Why a value is not a plain JSON value within the limits, or null when it is. Iterative, so a
 * value nested 20,000 deep is refused instead of overflowing the stack.
 */
export function jsonValueProblem(value: unknown): string | null {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }]
  while (stack.length > 0) {
    const { value: v, depth } = stack.pop() as { value: unknown; depth: number }
    if (v === null || typeof v === 'boolean') continue
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return 'tallet er ikke endelig'
      continue
    }
    if (typeof v === 'string') {
      if (v.length > VALUE_LIMITS.stringLength) return `teksten er lengre enn ${VALUE_LIMITS.stringLength} tegn`
      continue
    }
    if (typeof v !== 'object') return 'verdien er ikke JSON'
    if (depth >= VALUE_LIMITS.depth) return `verdien er nøstet dypere enn ${VALUE_LIMITS.depth} nivåer`
    const proto = Object.getPrototypeOf(v)
    const children = Array.isArray(v) ? v : proto === Object.prototype || proto === null ? Object.values(v) : null
    if (children === null) return 'verdien er ikke JSON'
    if (children.length > VALUE_LIMITS.items) return `verdien har flere enn ${VALUE_LIMITS.items} deler`
    for (const child of children) stack.push({ value: child, depth: depth + 1 })
  }
  return null
}

export const jsonValue = z.custom<JsonValue>((v) => jsonValueProblem(v) === null, { message: 'ugyldig verdi' })

/**
 * A snapshot's message of this table keeps a landing beside its cell (renderer
 * sync-snapshot-landings.ts): its row is the cell's key, `table|row|field`, so an erasure of that row
 * or field redacts it too (redact.ts). No laptop has such a table; one that does not know it skips it.
 */
export const LANDED_TABLE = 'syncLanded'

/**
 * `set` replaces a field; `add` and `remove` put one element into or out of a field that is a set
 * (lists of ids or names), so two laptops can both add. `redacted` marks a message whose value was
 * erased after it was written: it keeps its timestamp (the merkle trie counts it) but no content.
 */
export const syncMessage = z
  .object({
    table: z.string().regex(IDENTIFIER),
    row: z.string().min(1).max(200),
    field: z.string().regex(IDENTIFIER),
    op: z.enum(['set', 'add', 'remove']),
    value: jsonValue,
    timestamp: z.string().regex(SYNC_TIMESTAMP),
    redacted: z.literal(true).optional(),
  })
  .strict()

export type SyncMessage = z.infer<typeof syncMessage>
export const installId = z.string().regex(INSTALL_ID, 'ugyldig installasjons-id')

// Kept here too for the code that already names laptops through this module.
export { laptopName } from './laptop-name'
