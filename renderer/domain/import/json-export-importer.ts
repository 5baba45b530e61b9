/** The app's own JSON export (a versioned envelope) as an importer: read, check, plan replace or merge. */
import { err, ok } from '../../../electron/shared/result'
import type { Envelope, TableData } from '../backup/envelope'
import { planImport, type ImportMode, type ImportPlan } from '../backup/plan'
import { readExportFile } from '../backup/read-file'
import { peekText, type ImporterSteps } from './importer'

export type JsonImportContext = { local: TableData; mode: ImportMode }

export const jsonExportImporter: ImporterSteps<Envelope, never, Envelope, JsonImportContext, ImportPlan> = {
  kind: 'json-export',
  label: 'Eksport fra NFK Sekretariat',
  detect: (file) => /\.json$/i.test(file.name) || peekText(file.bytes, 64).trimStart().startsWith('{'),
  async read(file) {
    const result = await readExportFile(file.bytes)
    return result.ok ? ok(result.envelope) : err('invalid-data', result.problem.message)
  },
  // The envelope's tables are the app's own: nothing to map.
  map: (envelope) => envelope,
  validate(envelope, { local, mode }) {
    const plan = planImport(envelope, local, mode)
    return plan.problemCount > 0 ? err('invalid-data', plan.problems.map((p) => p.message).join(' ')) : ok(plan)
  },
  preview(plan) {
    const counts = Object.values(plan.counts)
    const sum = (key: 'added' | 'changed' | 'conflicts') => counts.reduce((n, c) => n + c[key], 0)
    const rows = counts.reduce((n, c) => n + c.added + c.changed + c.identical + c.conflicts, 0)
    return {
      rows,
      importable: sum('added') + sum('changed'),
      problems: plan.problems.map((p) => p.message),
      notes: [`${sum('added')} nye rader`, `${sum('changed')} endrede rader`, `${sum('conflicts')} konflikter`],
    }
  },
}
