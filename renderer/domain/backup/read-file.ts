/**
 * Reads an export file: decodes, parses, upgrades older formats and checks every row as the app
 * will read it, in chunks that yield so the window never freezes. Never throws: every problem
 * comes back as a Norwegian message saying what is wrong and where (table, row, field).
 * References between tables are checked by the planner, which also knows the local data.
 */
import type { z } from 'zod'
import { FORMAT_NAME, FORMAT_VERSION, MAX_IMPORT_BYTES, type Envelope, type Row, type TableData } from './envelope'
import { describeInspectProblem, inspectValue } from './inspect'
import { fieldLabel, place, rowProblem, type ImportProblem } from './problems'
import { schemaFor } from './row-schemas'
import { upgradeEnvelope } from './upgrade'
import { norwegianIssue } from './zod-messages'

export type { ImportProblem, ImportProblemCode } from './problems'
export type ReadResult = { ok: true; envelope: Envelope; upgradedFrom: number | null } | { ok: false; problem: ImportProblem }
export type Progress = (done: number, total: number, label: string) => void

const CHUNK = 2_000
function yieldToWindow(): Promise<void> {
  return new Promise<void>((resolve) => setTimeout(resolve, 0))
}
function fail(problem: ImportProblem): ReadResult {
  return { ok: false, problem }
}

function parseJson(bytes: Uint8Array): { value: unknown } | ImportProblem {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { code: 'not-text', message: 'Filen er ikke en eksportfil fra NFK Sekretariat (den er ikke tekst i UTF-8).' }
  }
  try {
    return { value: JSON.parse(text) }
  } catch {
    const trimmed = text.trim()
    // Valid JSON up to where it stops: a file cut off while copying, not some other text.
    if (trimmed.startsWith('{') && !trimmed.endsWith('}')) {
      return { code: 'truncated', message: 'Filen er avkuttet: den slutter før dataene er ferdige. Den ble kanskje ikke ferdig kopiert.' }
    }
    return { code: 'not-json', message: 'Filen er ikke en eksportfil fra NFK Sekretariat (den er ikke gyldig JSON).' }
  }
}

export async function readExportFile(bytes: Uint8Array, onProgress: Progress = () => {}): Promise<ReadResult> {
  try {
    return await readUnsafe(bytes, onProgress)
  } catch (error) {
    // A slip in this code, not in the file: the user gets a Norwegian sentence, the console the cause.
    console.error('readExportFile', error)
    return fail({ code: 'unexpected', message: 'Filen kunne ikke kontrolleres på grunn av en uventet feil i programmet.' })
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
  // Only an object can carry the format name: null, lists, numbers and text all end here.
  const head = parsed.value as Row | null
  if (head?.format !== FORMAT_NAME) {
    return fail({ code: 'foreign', message: 'Filen er ikke en eksportfil fra NFK Sekretariat (den er laget av et annet program).' })
  }
  const version = Number.isInteger(head.version) ? (head.version as number) : 0
  if (version < 1) {
    return fail({ code: 'invalid-envelope', message: 'Filen mangler et gyldig formatversjonsnummer.' })
  }
  if (version > FORMAT_VERSION) {
    return fail({
      code: 'too-new',
      message: `Filen er laget av en nyere versjon av programmet (format ${version}; dette programmet kjenner ${FORMAT_VERSION}). Oppdater programmet og prøv igjen.`,
    })
  }
  for (const key of Object.keys(head)) {
    if (key === 'data' || key === 'tables') continue
    const checked = inspectValue(head[key])
    if (!checked.ok) {
      const path = [key, ...checked.path]
      const code = checked.kind === 'bad-bytes' ? 'invalid-envelope' : checked.kind
      return fail({ code, message: `Filens hode, felt «${fieldLabel(path)}»: ${describeInspectProblem(checked)}.`, field: path.join('.') })
    }
    head[key] = checked.value
  }
  const upgraded = upgradeEnvelope(head, version)
  if ('problem' in upgraded) return fail({ code: 'invalid-envelope', message: upgraded.problem })
  const envelope = upgraded.envelope

  const tables: { table: string; rows: unknown[]; schema: z.ZodType }[] = []
  for (const table of Object.keys(envelope.data)) {
    const checked = checkTable(envelope, table)
    if ('code' in checked) return fail(checked)
    tables.push(checked)
  }
  const total = tables.reduce((sum, t) => sum + t.rows.length, 0)
  let done = 0
  const validated: TableData = {}
  for (const { table, rows, schema } of tables) {
    const seen = new Set<string>()
    for (let i = 0; i < rows.length; i++) {
      const row = i + 1
      const checked = inspectValue(rows[i])
      if (!checked.ok) {
        const code = checked.kind === 'bad-bytes' ? 'invalid-row' : checked.kind
        return fail(rowProblem(code, table, row, checked.path.join('.'), describeInspectProblem(checked)))
      }
      const result = schema.safeParse(checked.value, { error: norwegianIssue })
      if (!result.success) {
        // zod reports at least one issue whenever it fails.
        const issue = result.error.issues[0] as z.core.$ZodIssue
        return fail(rowProblem('invalid-row', table, row, issue.path.join('.'), issue.message))
      }
      // Keep the row as written (zod would reorder its keys), so a round trip is byte-stable.
      const value = checked.value as Row
      const id = String(value.id)
      if (seen.has(id)) return fail(rowProblem('duplicate-id', table, row, 'id', `id ${id} finnes to ganger`))
      seen.add(id)
      rows[i] = value
      done++
      if (done % CHUNK === 0) {
        onProgress(done, total, 'Kontrollerer radene')
        await yieldToWindow()
      }
    }
    validated[table] = rows as Row[]
  }
  onProgress(total, total, 'Kontrollerer radene')
  return { ok: true, envelope: { ...envelope, data: validated }, upgradedFrom: version === FORMAT_VERSION ? null : version }
}

/** Refuses a table the app does not know, that is no list, or whose length disagrees with the file's counts. */
function checkTable(envelope: Envelope, table: string): { table: string; rows: unknown[]; schema: z.ZodType } | ImportProblem {
  const schema = schemaFor(table)
  if (!schema) {
    return {
      code: 'unknown-table',
      message: `${place(table)} finnes ikke i dette programmet. Filen er skadet eller laget av en annen versjon av programmet.`,
      table,
    }
  }
  const rows: unknown = envelope.data[table]
  if (!Array.isArray(rows)) return { code: 'invalid-envelope', message: `${place(table)} er ikke en liste.`, table }
  const expected = Object.hasOwn(envelope.counts, table) ? envelope.counts[table] : undefined
  if (expected !== undefined && expected !== rows.length) {
    return { code: 'invalid-envelope', message: `${place(table)} skal ha ${String(expected)} rader, men har ${rows.length}. Filen er skadet.`, table }
  }
  return { table, rows, schema }
}
