/**
 * Reads an export file: decodes, parses, upgrades older formats and validates every row, in chunks
 * that yield so the window never freezes. Never throws: every problem comes back as a typed,
 * Norwegian message saying what is wrong and where.
 */
import { FORMAT_NAME, FORMAT_VERSION, MAX_IMPORT_BYTES, reviveBytes, type Envelope, type Row, type TableData } from './envelope'
import { findForbiddenKey, schemaFor } from './row-schemas'
import { upgradeEnvelope } from './upgrade'

export type ImportProblemCode =
  | 'too-large'
  | 'not-text'
  | 'not-json'
  | 'truncated'
  | 'foreign'
  | 'too-new'
  | 'invalid-envelope'
  | 'invalid-row'
  | 'duplicate-id'
  | 'forbidden-key'

export type ImportProblem = { code: ImportProblemCode; message: string; table?: string; row?: number; field?: string }
export type ReadResult = { ok: true; envelope: Envelope; upgradedFrom: number | null } | { ok: false; problem: ImportProblem }
export type Progress = (done: number, total: number, label: string) => void

const CHUNK = 2_000
const yieldToWindow = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
const fail = (problem: ImportProblem): ReadResult => ({ ok: false, problem })

function parseJson(bytes: Uint8Array): { value: unknown } | ImportProblem {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { code: 'not-text', message: 'Filen er ikke en eksportfil fra NFK Sekretariat (den er ikke tekst i UTF-8).' }
  }
  try {
    return { value: JSON.parse(text) }
  } catch (error) {
    const trimmed = text.trim()
    if (trimmed.startsWith('{') && /end of (JSON )?(data|input)|Unterminated|Expected/i.test(String(error)) && !trimmed.endsWith('}')) {
      return { code: 'truncated', message: 'Filen er avkuttet: den slutter før dataene er ferdige. Den ble kanskje ikke ferdig kopiert.' }
    }
    return { code: 'not-json', message: 'Filen er ikke en eksportfil fra NFK Sekretariat (den er ikke gyldig JSON).' }
  }
}

export async function readExportFile(bytes: Uint8Array, onProgress: Progress = () => {}): Promise<ReadResult> {
  try {
    return await readUnsafe(bytes, onProgress)
  } catch (error) {
    return fail({ code: 'invalid-envelope', message: `Filen kunne ikke leses: ${error instanceof Error ? error.message : String(error)}` })
  }
}

async function readUnsafe(bytes: Uint8Array, onProgress: Progress): Promise<ReadResult> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return fail({ code: 'too-large', message: `Filen er for stor (over ${Math.round(MAX_IMPORT_BYTES / 1024 / 1024)} MB).` })
  }
  onProgress(0, 1, 'Leser filen')
  await yieldToWindow()
  const parsed = parseJson(bytes)
  if ('code' in parsed) return fail(parsed)
  const raw = parsed.value
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || (raw as Row).format !== FORMAT_NAME) {
    return fail({ code: 'foreign', message: 'Filen er ikke en eksportfil fra NFK Sekretariat (den er laget av et annet program).' })
  }
  const head = raw as Row
  const version = head.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail({ code: 'invalid-envelope', message: 'Filen mangler et gyldig formatversjonsnummer.' })
  }
  if (version > FORMAT_VERSION) {
    return fail({
      code: 'too-new',
      message: `Filen er laget av en nyere versjon av programmet (format ${version}; dette programmet kjenner ${FORMAT_VERSION}). Oppdater programmet og prøv igjen.`,
    })
  }
  const forbiddenHead = findForbiddenKey(Object.fromEntries(Object.entries(head).filter(([k]) => k !== 'data' && k !== 'tables')))
  if (forbiddenHead) return fail({ code: 'forbidden-key', message: `Filen inneholder en ulovlig nøkkel (${forbiddenHead.join('.')}).` })
  const upgraded = upgradeEnvelope(head, version)
  if ('problem' in upgraded) return fail({ code: 'invalid-envelope', message: upgraded.problem })
  const envelope = upgraded.envelope

  const tables = Object.keys(envelope.data)
  const total = tables.reduce((sum, t) => sum + (envelope.data[t]?.length ?? 0), 0)
  let done = 0
  const validated: TableData = {}
  for (const table of tables) {
    if (table === '__proto__' || table === 'constructor' || table === 'prototype') {
      return fail({ code: 'forbidden-key', message: `Filen inneholder en ulovlig tabell (${table}).`, table })
    }
    const rows: unknown = envelope.data[table]
    if (!Array.isArray(rows)) return fail({ code: 'invalid-envelope', message: `Tabellen «${table}» er ikke en liste.`, table })
    if (envelope.counts[table] !== undefined && envelope.counts[table] !== rows.length) {
      return fail({
        code: 'invalid-envelope',
        message: `Tabellen «${table}» skal ha ${envelope.counts[table]} rader, men har ${rows.length}. Filen er skadet.`,
        table,
      })
    }
    const schema = schemaFor(table)
    const seen = new Set<string>()
    const out: Row[] = []
    for (let i = 0; i < rows.length; i++) {
      const row: unknown = rows[i]
      const where = { table, row: i + 1 }
      const forbidden = findForbiddenKey(row)
      if (forbidden) {
        return fail({ code: 'forbidden-key', message: `${place(where, forbidden.join('.'))}: ulovlig nøkkel «${forbidden.at(-1)}».`, ...where, field: forbidden.join('.') })
      }
      const revived = reviveBytes(row)
      const result = schema.safeParse(revived)
      if (!result.success) {
        const issue = result.error.issues[0]
        const field = issue?.path.join('.') ?? ''
        return fail({ code: 'invalid-row', message: `${place(where, field)}: ${issue?.message ?? 'ugyldig rad'}.`, ...where, field })
      }
      // Keep the row as written (zod would reorder its keys), so a round trip is byte-stable.
      const value = revived as Row
      const id = String(value.id)
      if (seen.has(id)) {
        return fail({ code: 'duplicate-id', message: `${place(where, 'id')}: id ${id} finnes to ganger.`, ...where, field: 'id' })
      }
      seen.add(id)
      out.push(value)
      done++
      if (done % CHUNK === 0) {
        onProgress(done, total, 'Kontrollerer radene')
        await yieldToWindow()
      }
    }
    validated[table] = out
  }
  onProgress(total, total, 'Kontrollerer radene')
  return { ok: true, envelope: { ...envelope, data: validated }, upgradedFrom: version < FORMAT_VERSION ? version : null }
}

function place(where: { table: string; row: number }, field: string): string {
  return `Tabell «${where.table}», rad ${where.row}${field ? `, felt «${field}»` : ''}`
}
