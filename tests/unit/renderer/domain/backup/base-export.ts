/**
 * The file the reader's tests start from: one row in every table (seed.ts), exported once per test
 * file, and that file with one thing changed. The answers of the reader, unwrapped.
 */
import { beforeAll } from 'vitest'
import { exportDatabase } from '../../../../../renderer/db/repositories/backup-repo'
import { setClock } from '../../../../../renderer/db/repositories/base'
import { encodeEnvelope, type Envelope, type Row } from '../../../../../renderer/domain/backup/envelope'
import { readExportFile, type ImportProblem } from '../../../../../renderer/domain/backup/read-file'
import { freshDatabase } from '../../db-helpers'
import { rowFor } from './seed'

export type BaseExport = {
  /** The export, as `exportDatabase` made it (after the file's `beforeAll`). */
  readonly base: Envelope
  /** The export with one row of one table changed, as bytes. */
  withRow: (table: string, change: (row: Row) => Row, index?: number) => Uint8Array
}

/** Exports the seeded database in the calling test file's `beforeAll`. */
export function baseExport(appVersion = '1'): BaseExport {
  let base: Envelope | undefined
  beforeAll(async () => {
    setClock(() => new Date('2026-11-28T10:00:00.000Z'))
    const database = await freshDatabase()
    for (const table of database.tables) if (table.name !== 'device') await table.put(rowFor(table.name))
    base = structuredClone(await exportDatabase({ appVersion }))
  })
  const made = (): Envelope => {
    if (!base) throw new Error('The base export is made in beforeAll.')
    return base
  }
  return {
    get base() {
      return made()
    },
    withRow(table, change, index = 0) {
      const data = structuredClone(made().data)
      const rows = data[table] as Row[]
      rows[index] = change(rows[index] as Row)
      return encodeEnvelope({ ...made(), data })
    },
  }
}

export async function problemOf(bytes: Uint8Array): Promise<ImportProblem> {
  const result = await readExportFile(bytes)
  if (result.ok) throw new Error('expected a problem')
  return result.problem
}

export async function accepted(bytes: Uint8Array): Promise<Envelope> {
  const result = await readExportFile(bytes)
  if (!result.ok) throw new Error(result.problem.message)
  return result.envelope
}
