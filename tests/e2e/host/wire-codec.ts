/**
 * The test host's wire format, one function for both ends: the host (Node) and the page's preload
 * stand-in, where it is injected as source text, so it must stay self-contained (no imports, no
 * outer names). Electron IPC passes values by structured clone; the Playwright binding carries
 * strings only, so each message becomes one JSON text:
 * - a Uint8Array becomes `{ "__u8": base64 }` (the handlers get bytes, as in Electron);
 * - a long string that occurred earlier in the same message becomes `{ "__s": n }`, its n-th long
 *   string. A batch of 130 contracts repeats its template's paragraphs in every model: 417 KB of
 *   JSON, of which 250 KB are repeats. Structured clone does not pay per byte of text as this
 *   bridge does (serialising, escaping and parsing it in three processes), so the repeats are sent
 *   once and the receiver gets equal strings back, in the same shapes.
 */
export type WireCodec = {
  toWire: (value: unknown) => string | undefined
  fromWire: (wire: unknown) => unknown
}
export type Base64 = { encode: (bytes: Uint8Array) => string; decode: (text: string) => Uint8Array }

export function wireCodec(base64: Base64): WireCodec {
  // Shorter strings cost less to repeat than a reference.
  const LONG = 24
  const BYTES = '__u8'
  const REPEAT = '__s'
  // oxlint-disable-next-line unicorn/consistent-function-scoping -- the page gets this function's source alone
  const onlyKey = (record: Record<string, unknown>, key: string) => Object.hasOwn(record, key) && Object.keys(record).length === 1

  const toWire = (value: unknown): string | undefined => {
    const seen = new Map<string, number>()
    return JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
      // Node's Buffer turns itself into { type, data } before the replacer sees it: look at the original.
      const original = key === '' ? v : this[key]
      if (original instanceof Uint8Array) return { [BYTES]: base64.encode(original) }
      if (typeof v !== 'string' || v.length < LONG || key === BYTES) return v
      const earlier = seen.get(v)
      if (earlier !== undefined) return { [REPEAT]: earlier }
      seen.set(v, seen.size)
      return v
    })
  }

  const fromWire = (wire: unknown): unknown => {
    if (typeof wire !== 'string') return wire
    // A reviver is called for every value: only a message that carries bytes or repeats pays for it.
    if (!wire.includes(`"${BYTES}":`) && !wire.includes(`"${REPEAT}":`)) return JSON.parse(wire)
    // JSON.parse visits values in the order JSON.stringify wrote them, so the n-th long string seen
    // here is the n-th the sender numbered.
    const long: string[] = []
    return JSON.parse(wire, (key, v: unknown) => {
      if (typeof v === 'string') {
        if (v.length >= LONG && key !== BYTES) long.push(v)
        return v
      }
      const record = v as Record<string, unknown> | null
      if (!record || typeof record !== 'object' || Array.isArray(record)) return v
      if (typeof record[BYTES] === 'string' && onlyKey(record, BYTES)) return base64.decode(record[BYTES])
      if (typeof record[REPEAT] === 'number' && onlyKey(record, REPEAT)) {
        const repeated = long[record[REPEAT]]
        if (repeated === undefined) throw new Error(`wire: no string ${record[REPEAT]} before its repeat`)
        return repeated
      }
      return v
    })
  }
  return { toWire, fromWire }
}
