/**
 * Values cross Playwright's binding as JSON; Electron IPC uses structured clone, which keeps
 * Uint8Array. Bytes are wrapped here on both sides so handlers see what they would see in Electron.
 */
export type Wire = unknown

export function toWire(value: unknown): Wire {
  if (value instanceof Uint8Array) return { __u8: Buffer.from(value).toString('base64') }
  if (Array.isArray(value)) return value.map(toWire)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = toWire(v)
    return out
  }
  return value
}

export function fromWire(value: Wire): unknown {
  if (Array.isArray(value)) return value.map(fromWire)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (typeof record.__u8 === 'string' && Object.keys(record).length === 1) {
      return new Uint8Array(Buffer.from(record.__u8, 'base64'))
    }
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(record)) out[k] = fromWire(v)
    return out
  }
  return value
}
