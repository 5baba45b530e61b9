import { useState } from 'react'
import { Link } from 'react-router'
import { IMPORTERS, pickImporter } from '../../domain/import'
import { notify } from '../../components/notices'
import { importSpreadsheetRows, readAllTables } from '../../db/repositories/backup-repo'
import { loadSettings, saveSettings } from '../../db/repositories/settings-repo'
import { buildCandidates, tickedByDefault, type SheetKind } from '../../domain/backup/spreadsheet/candidates'
import { headerKey, rememberedOrGuessed, SHEET_FIELDS, type ColumnMapping } from '../../domain/backup/spreadsheet/mapping'
import { readSpreadsheet, type SheetTable } from '../../domain/backup/spreadsheet/read-table'
import { desktop, hostErrorMessage } from '../../lib/desktop'
import { SpreadsheetPreview } from './SpreadsheetPreview'

type Loaded = { name: string; table: SheetTable; mapping: ColumnMapping; existing: { name: string; orgNumber: string }[] }

export function SpreadsheetImport() {
  const [kind, setKind] = useState<SheetKind>('register')
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [formFile, setFormFile] = useState<string | null>(null)
  const [unticked, setUnticked] = useState<Set<number>>(new Set())
  const [ticked, setTicked] = useState<Set<number>>(new Set())

  const open = async () => {
    setProblem(null)
    setFormFile(null)
    const result = await desktop().openFile({ kinds: ['csv', 'xlsx'] })
    if (!result.ok) {
      if (result.error !== 'cancelled') setProblem(hostErrorMessage(result))
      return
    }
    // The importer is picked by what the file is: the form's export has its own import, which keeps every column.
    if (pickImporter(IMPORTERS, result.data)?.kind === 'application-form') {
      setLoaded(null)
      setFormFile(result.data.name)
      return
    }
    try {
      const table = await readSpreadsheet(result.data.name, result.data.bytes)
      if (table.header.length === 0 || table.rows.length === 0) {
        setProblem(`Fant ingen rader i «${result.data.name}». Første linje skal være kolonnenavn.`)
        return
      }
      const settings = await loadSettings()
      const data = await readAllTables()
      const existing = (data.organisations ?? []).filter((o) => !o.deletedAt).map((o) => ({ name: String(o.name ?? ''), orgNumber: String(o.orgNumber ?? '') }))
      setUnticked(new Set())
      setTicked(new Set())
      setLoaded({ name: result.data.name, table, mapping: rememberedOrGuessed(table.header, settings.spreadsheetMappings[headerKey(table.header)]), existing })
    } catch (error) {
      // The reader's own words are English and technical: the user gets what to do instead.
      console.error('readSpreadsheet', error)
      setProblem(`Filen «${result.data.name}» kunne ikke leses som regneark. Lagre den som CSV eller Excel-arbeidsbok (.xlsx) og prøv igjen.`)
    }
  }

  const candidates = loaded ? buildCandidates(loaded.table.rows, loaded.mapping, kind, loaded.existing) : []
  const isTicked = (line: number) => {
    const c = candidates.find((x) => x.line === line)
    if (!c || c.problems.length > 0) return false
    return tickedByDefault(c) ? !unticked.has(line) : ticked.has(line)
  }
  const chosen = candidates.filter((c) => isTicked(c.line))

  const toggle = (line: number, on: boolean) => {
    const c = candidates.find((x) => x.line === line)
    if (!c) return
    if (tickedByDefault(c)) setUnticked((s) => { const n = new Set(s); if (on) n.delete(line); else n.add(line); return n })
    else setTicked((s) => { const n = new Set(s); if (on) n.add(line); else n.delete(line); return n })
  }

  const run = async () => {
    if (!loaded || chosen.length === 0) return
    try {
      const settings = await loadSettings()
      await saveSettings({ spreadsheetMappings: { ...settings.spreadsheetMappings, [headerKey(loaded.table.header)]: loaded.mapping } })
      const count = await importSpreadsheetRows(chosen, kind, loaded.name)
      notify(`${count} virksomheter er importert fra ${loaded.name}.`)
      setLoaded(null)
    } catch (error) {
      console.error('importSpreadsheetRows', error)
      setProblem('Importen feilet på grunn av en uventet feil i programmet, og ingenting er lagret.')
    }
  }

  return (
    <section className="card" aria-labelledby="sheet-title">
      <h2 id="sheet-title">Import fra regneark</h2>
      <p>Les inn dagens register (Excel) eller søknader fra søknadsskjemaet (CSV). Du velger kolonnene og hvilke rader som tas med.</p>
      <fieldset className="import-mode">
        <legend>Hva inneholder regnearket?</legend>
        <label>
          <input type="radio" name="sheet-kind" checked={kind === 'register'} onChange={() => setKind('register')} />
          Registeret – virksomheter med status, nivå og signert dato
        </label>
        <label>
          <input type="radio" name="sheet-kind" checked={kind === 'applications'} onChange={() => setKind('applications')} />
          Søknader – importeres som søkere
        </label>
      </fieldset>
      <div className="data-actions">
        <button type="button" onClick={() => void open()}>
          Importer regneark …
        </button>
      </div>
      {problem && (
        <p className="data-problem" role="alert">
          {problem}
        </p>
      )}
      {formFile && (
        <p className="data-problem" role="alert">
          «{formFile}» er en eksport fra søknadsskjemaet. Importer den under <Link to="/soknader">Søknader</Link>, så tas alle kolonnene med.
        </p>
      )}
      {loaded && (
        <SpreadsheetPreview
          name={loaded.name}
          table={loaded.table}
          mapping={loaded.mapping}
          candidates={candidates}
          isTicked={isTicked}
          onMapping={(mapping) => setLoaded({ ...loaded, mapping })}
          onToggle={toggle}
          onCancel={() => setLoaded(null)}
          onImport={() => void run()}
          chosenCount={chosen.length}
        />
      )}
    </section>
  )
}

export const FIELD_LABELS = Object.fromEntries(SHEET_FIELDS.map((f) => [f.key, f.label]))
