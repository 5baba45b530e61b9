/**
 * The application-form export (CSV from the digital form, `;`-separated, UTF-8 with BOM or
 * Windows-1252, or the same as .xlsx) as an importer: every column kept, each row an applicant.
 */
import { err, ok } from '../../../electron/shared/result'
import { readSpreadsheet, type SheetTable } from '../backup/spreadsheet/read-table'
import { buildDrafts, type ApplicationDraft } from '../application/form-rows'
import { guessFormMapping, looksLikeApplicationForm, REQUIRED_FORM_FIELDS, FORM_FIELDS, type FormMapping } from '../application/form-fields'
import { planApplications, planCounts, type ApplicationContext, type ApplicationPlan } from '../application/plan'
import { decodeText, detectDelimiter } from '../backup/spreadsheet/read-table'
import type { ImporterSteps, ImportFile } from './importer'

const applications = (n: number): string => `${n} ${n === 1 ? 'søknad' : 'søknader'}`

export type MappedApplications = { table: SheetTable; mapping: FormMapping; drafts: ApplicationDraft[] }

/** The header line of a CSV file (quotes respected); [] for anything else. */
function csvHeader(bytes: Uint8Array): string[] {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return []
  const { text } = decodeText(bytes.subarray(0, 8192))
  const delimiter = detectDelimiter(text)
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (const ch of text) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && ch === delimiter) {
      cells.push(cell)
      cell = ''
    }
    else if (!quoted && (ch === '\n' || ch === '\r')) break
    else cell += ch
  }
  cells.push(cell)
  return cells.map((c) => c.trim())
}

export const applicationFormImporter: ImporterSteps<SheetTable, FormMapping, MappedApplications, ApplicationContext, ApplicationPlan> = {
  kind: 'application-form',
  label: 'Søknadsskjema',
  // An .xlsx needs unzipping to see its header: the user says it is the form by choosing this import.
  detect: (file: ImportFile) => /\.(csv|txt)$/i.test(file.name) && looksLikeApplicationForm(csvHeader(file.bytes)),
  async read(file) {
    try {
      const table = await readSpreadsheet(file.name, file.bytes)
      if (table.header.length === 0 || table.rows.length === 0)
        return err('invalid-data', `Fant ingen søknader i «${file.name}». Første linje skal være spørsmålene fra skjemaet.`)
      return ok(table)
    } catch {
      return err('invalid-data', `Filen «${file.name}» kunne ikke leses. Lagre eksporten som CSV eller Excel-arbeidsbok (.xlsx) og prøv igjen.`)
    }
  },
  map(table, mapping = guessFormMapping(table.header)) {
    return { table, mapping, drafts: buildDrafts(table.header, table.rows, mapping) }
  },
  validate(mapped, context) {
    const missing = REQUIRED_FORM_FIELDS.filter((f) => mapped.mapping[f] < 0)
    if (missing.length > 0) {
      const names = FORM_FIELDS.filter((f) => missing.includes(f.key)).map((f) => `«${f.label}»`)
      return err('invalid-data', `Velg kolonnen for ${names.join(' og ')}.`)
    }
    return ok(planApplications(mapped.drafts, context))
  },
  preview(plan) {
    const counts = planCounts(plan)
    const problems = plan.rows.filter((r) => r.action === 'refused').map((r) => `Rad ${r.draft.line}: ${r.draft.problems.join(' ')}`)
    const notes = [
      counts.new ? `${counts.new} nye søkere` : '',
      counts.again ? `${applications(counts.again)} til fra virksomheter som søker mer enn én gang i filen` : '',
      counts.update ? `${applications(counts.update)} fra virksomheter som finnes fra før` : '',
      counts.alreadyImported ? `${applications(counts.alreadyImported)} importert før (hoppes over)` : '',
      counts.refused ? `${applications(counts.refused)} som ikke kan importeres` : '',
    ].filter(Boolean)
    return { rows: plan.rows.length, importable: counts.new + counts.again + counts.update, problems, notes }
  },
}
