/**
 * Values cross Playwright's binding as JSON; Electron IPC uses structured clone, which keeps
 * Uint8Array. Bytes are wrapped here on both sides so handlers see what they would see in Electron.
 *
 * Each message is one JSON string (the page's stand-in makes and reads the same): Playwright then
 * carries a single string instead of walking and rebuilding every value of a large message, a cost
 * the structured clone of Electron's IPC does not have.
 */
export type Wire = string | undefined

export function toWire(value: unknown): Wire {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
    // Node's Buffer turns itself into { type, data } before the replacer sees it: look at the original.
    const original = key === '' ? v : this[key]
    return original instanceof Uint8Array ? { __u8: Buffer.from(original.buffer, original.byteOffset, original.byteLength).toString('base64') } : v
  })
}

export function fromWire(wire: unknown): unknown {
  if (typeof wire !== 'string') return wire
  // A reviver is called for every value: only a message that carries bytes pays for it.
  if (!wire.includes('"__u8":')) return JSON.parse(wire)
  return JSON.parse(wire, (_key, v: unknown) => {
    const record = v as Record<string, unknown> | null
    if (!record || typeof record !== 'object' || typeof record.__u8 !== 'string' || Object.keys(record).length !== 1) return v
    return new Uint8Array(Buffer.from(record.__u8, 'base64'))
  })
}
