/** A register or application list as a spreadsheet (CSV/xlsx) with a column mapping, as an importer. */
import { err, ok } from '../../../electron/shared/result'
import { buildCandidates, tickedByDefault, type Candidate, type ExistingOrganisation, type SheetKind } from '../backup/spreadsheet/candidates'
import { guessMapping, type ColumnMapping } from '../backup/spreadsheet/mapping'
import { readSpreadsheet, type SheetTable } from '../backup/spreadsheet/read-table'
import type { ImporterSteps } from './importer'

export type MappedSheet = { table: SheetTable; mapping: ColumnMapping }
export type SheetContext = { kind: SheetKind; existing: ExistingOrganisation[] }

export const spreadsheetImporter: ImporterSteps<SheetTable, ColumnMapping, MappedSheet, SheetContext, Candidate[]> = {
  kind: 'spreadsheet',
  label: 'Regneark',
  detect: (file) => /\.(csv|txt|xlsx)$/i.test(file.name) || (file.bytes[0] === 0x50 && file.bytes[1] === 0x4b),
  async read(file) {
    try {
      const table = await readSpreadsheet(file.name, file.bytes)
      if (table.header.length === 0 || table.rows.length === 0) return err('invalid-data', `Fant ingen rader i «${file.name}». Første linje skal være kolonnenavn.`)
      return ok(table)
    } catch {
      return err('invalid-data', `Filen «${file.name}» kunne ikke leses som regneark. Lagre den som CSV eller Excel-arbeidsbok (.xlsx) og prøv igjen.`)
    }
  },
  map: (table, mapping = guessMapping(table.header)) => ({ table, mapping }),
  validate({ table, mapping }, { kind, existing }) {
    if (mapping.name < 0) return err('invalid-data', 'Velg kolonnen med virksomhetens navn.')
    return ok(buildCandidates(table.rows, mapping, kind, existing))
  },
  preview(candidates) {
    return {
      rows: candidates.length,
      importable: candidates.filter((c) => c.problems.length === 0).length,
      problems: candidates.flatMap((c) => c.problems.map((p) => `Linje ${c.line}: ${p}`)),
      notes: [`${candidates.filter(tickedByDefault).length} rader er valgt`],
    }
  },
}

