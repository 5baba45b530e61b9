/**
 * The export file: a versioned envelope around every table. Bytes (attachments) travel as base64
 * inside `{ "$bytes": "..." }`, so the whole file is plain JSON.
 */
import { FORMAT_NAME, FORMAT_VERSION, type Envelope, type Row, type TableData } from '../../../electron/shared/export-envelope'

export { FORMAT_NAME, FORMAT_VERSION, type Envelope, type Row, type TableData }
/** Well above an export of 10,000 organisations and 100,000 attendance rows (~60 MB). */
export const MAX_IMPORT_BYTES = 536_870_912 // 512 MB

export type EnvelopeMeta = Omit<Envelope, 'data' | 'counts' | 'format' | 'version'>

const BYTES_KEY = '$bytes'

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

export function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0))
}

/** JSON replacer: bytes become `{ "$bytes": base64 }`. */
export function jsonReplacer(_key: string, value: unknown): unknown {
  return value instanceof Uint8Array ? { [BYTES_KEY]: toBase64(value) } : value
}

/** Whether an object (never null) is `{ "$bytes": base64 }` and nothing else. */
export function isBytesWrapper(value: object): value is { $bytes: string } {
  return typeof (value as Row)[BYTES_KEY] === 'string' && Object.keys(value).length === 1
}

/** Builds the envelope; tables are written in name order so the file is byte-stable. */
export function buildEnvelope(meta: EnvelopeMeta, data: TableData): Envelope {
  const sorted: TableData = {}
  const counts: Record<string, number> = {}
  for (const table of Object.keys(data).sort()) {
    sorted[table] = data[table] as Row[]
    counts[table] = sorted[table].length
  }
  return { format: FORMAT_NAME, version: FORMAT_VERSION, ...meta, counts, data: sorted }
}

/** One row per line inside each table: readable in a text editor, still compact. */
export function serializeEnvelope(envelope: Envelope): string {
  const { data, ...head } = envelope
  const parts: string[] = []
  for (const [table, rows] of Object.entries(data)) {
    const body = rows.map((row) => JSON.stringify(row, jsonReplacer)).join(',\n')
    parts.push(`${JSON.stringify(table)}: [${rows.length ? `\n${body}\n` : ''}]`)
  }
  const headText = JSON.stringify(head, null, 1).slice(0, -2)
  return `${headText},\n"data": {\n${parts.join(',\n')}\n}\n}\n`
}

/**
 * The same text as `serializeEnvelope`, built in slices that yield, so progress shows and a cancel
 * is heard between slices (a signal that aborts makes it throw the signal's reason).
 */
export async function serializeEnvelopeInSlices(
  envelope: Envelope,
  onProgress: (done: number, total: number) => void = () => {},
  signal?: AbortSignal,
): Promise<string> {
  const { data, ...head } = envelope
  const total = Object.values(data).reduce((sum, rows) => sum + rows.length, 0)
  const SLICE = 5_000
  let done = 0
  const parts: string[] = []
  for (const [table, rows] of Object.entries(data)) {
    const lines: string[] = []
    for (let i = 0; i < rows.length; i += SLICE) {
      for (const row of rows.slice(i, i + SLICE)) lines.push(JSON.stringify(row, jsonReplacer))
      done += Math.min(SLICE, rows.length - i)
      onProgress(done, total)
      await new Promise((resolve) => setTimeout(resolve, 0))
      signal?.throwIfAborted()
    }
    parts.push(`${JSON.stringify(table)}: [${rows.length ? `\n${lines.join(',\n')}\n` : ''}]`)
  }
  const headText = JSON.stringify(head, null, 1).slice(0, -2)
  return `${headText},\n"data": {\n${parts.join(',\n')}\n}\n}\n`
}

export function encodeEnvelope(envelope: Envelope): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(serializeEnvelope(envelope))
}
