/** The whole way a file goes from the Data page into the database, for tests: read, plan, write. */
import { expect } from 'vitest'
import { useDatabase } from '../../../../../../renderer/db/db'
import { applyImport, exportDatabase, readAllTables, recordExport } from '../../../../../../renderer/db/repositories/backup-repo'
import type { NfkDatabase } from '../../../../../../renderer/db/schema'
import { encodeEnvelope, type Envelope } from '../../../../../../renderer/domain/backup/envelope'
import { nowIso } from '../../../../../../renderer/db/repositories/base'
import { planImport, type ImportMode } from '../../../../../../renderer/domain/backup/plan'
import { readExportFile } from '../../../../../../renderer/domain/backup/read-file'

export type Outcome = 'refused-on-read' | 'refused-on-write' | 'applied'

/** Reads, plans (with the test clock as now) and writes; a refusal on the way is an outcome, any other error is thrown. */
export async function importBytes(bytes: Uint8Array, mode: ImportMode): Promise<Outcome> {
  const read = await readExportFile(bytes)
  if (!read.ok) {
    expect(read.problem.message.length).toBeGreaterThan(10)
    return 'refused-on-read'
  }
  const plan = planImport(read.envelope, await readAllTables(), mode, { now: nowIso() })
  const written = await applyImport(plan, new Map())
  if (written.ok) return 'applied'
  expect(written.message.length).toBeGreaterThan(10)
  return 'refused-on-write'
}

/** A write the test expects to land: its counts, or the refusal's message as the failure. */
export async function applied<T>(outcome: Promise<{ ok: true; data: T } | { ok: false; message: string }>): Promise<T> {
  const result = await outcome
  if (!result.ok) throw new Error(`refused: ${result.message}`)
  return result.data
}

/**
 * A copy's backup file as another copy reads it: exported (at the test clock's next step, `tick`)
 * and recorded as exported, then encoded and read back, so the import sees what a real file holds.
 */
export async function exportFrom(copy: NfkDatabase, tick: () => void): Promise<Envelope> {
  useDatabase(copy)
  tick()
  const envelope = await exportDatabase({ appVersion: 'test' })
  await recordExport(envelope)
  const read = await readExportFile(encodeEnvelope(envelope))
  if (!read.ok) throw new Error(read.problem.message)
  return read.envelope
}
