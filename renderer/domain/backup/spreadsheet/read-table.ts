/**
 * Reads a spreadsheet into a header and rows of text: CSV (`;` or `,` detected; UTF-8 or the
 * Windows-1252 that Norwegian Excel writes, detected) or `.xlsx` (read-excel-file, no eval).
 */
import Papa from 'papaparse'
import { readSheet } from 'read-excel-file/browser'

export type SheetTable = { header: string[]; rows: string[][]; source: string }

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b

/** UTF-8 when the bytes are valid UTF-8 (with or without BOM); otherwise Windows-1252. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'UTF-8' | 'Windows-1252' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'UTF-8' }
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' }
  }
}

/** The separator used in the first line, outside quotes: `;` (Norwegian Excel) or `,`. */
export function detectDelimiter(text: string): ';' | ',' {
  let semicolons = 0
  let commas = 0
  let quoted = false
  for (const ch of text) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && ch === '\n') break
    else if (!quoted && ch === ';') semicolons++
    else if (!quoted && ch === ',') commas++
  }
  return semicolons >= commas && semicolons > 0 ? ';' : commas > 0 ? ',' : ';'
}

const cellText = (value: unknown): string => {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return String(value).trim()
}

function split(all: string[][], source: string): SheetTable {
  const nonEmpty = all.filter((r) => r.some((c) => c.trim() !== ''))
  const [header = [], ...rows] = nonEmpty
  return { header: header.map((h) => h.trim()), rows, source }
}

export async function readSpreadsheet(name: string, bytes: Uint8Array): Promise<SheetTable> {
  if (name.toLowerCase().endsWith('.xlsx') || isZip(bytes)) {
    const copy = bytes.slice()
    const data = await readSheet(copy.buffer)
    return split(data.map((row) => row.map(cellText)), 'Excel (.xlsx)')
  }
  const { text, encoding } = decodeText(bytes)
  const delimiter = detectDelimiter(text)
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy' })
  return split(parsed.data.map((row) => row.map((c) => c.trim())), `CSV (${encoding}, skilt med «${delimiter}»)`)
}
