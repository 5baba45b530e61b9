import { useState } from 'react'
import { notify } from '../../components/notices'
import { applicationContext, importApplications } from '../../db/repositories/applications-repo'
import { ensureDefaultSectors } from '../../db/repositories/sectors-repo'
import { loadSettings, saveSettings } from '../../db/repositories/settings-repo'
import { openQuestions, type ApplicationChoices } from '../../domain/application/plan'
import { headerKey } from '../../domain/backup/spreadsheet/mapping'
import { applicationFormImporter } from '../../domain/import/application-form-importer'
import { desktop, hostErrorMessage } from '../../lib/desktop'
import { ApplicationRows } from './ApplicationRows'
import { initialMapping, planOf, withDefaults, type Loaded } from './import-state'
import { MappingFields } from './MappingFields'
import { ReviewerQuestions } from './ReviewerQuestions'

type Answers = Pick<ApplicationChoices, 'sectors' | 'municipalities'>
const toggled = (set: ReadonlySet<number>, line: number, on: boolean) => {
  const next = new Set(set)
  if (on) next.add(line)
  else next.delete(line)
  return next
}

/** "Importer søknader": the form's export read whole, mapped, checked and previewed before anything is saved. */
export function ApplicationImport() {
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [answers, setAnswers] = useState<Answers>({ sectors: {}, municipalities: {} })
  const [skipped, setSkipped] = useState<ReadonlySet<number>>(new Set())
  const [take, setTake] = useState<ReadonlySet<number>>(new Set())
  const [busy, setBusy] = useState(false)

  const open = async () => {
    setProblem(null)
    const opened = await desktop().openFile({ kinds: ['csv', 'xlsx'] })
    if (!opened.ok) {
      if (opened.error !== 'cancelled') setProblem(hostErrorMessage(opened))
      return
    }
    const read = await applicationFormImporter.read(opened.data)
    if (!read.ok) {
      setProblem(read.detail ?? 'Filen kunne ikke leses.')
      return
    }
    // Matching needs the sector list: seed the default one on a database that has none yet.
    await ensureDefaultSectors()
    const [settings, context] = await Promise.all([loadSettings(), applicationContext()])
    setAnswers({ sectors: {}, municipalities: {} })
    setSkipped(new Set())
    setTake(new Set())
    setLoaded({ name: opened.data.name, table: read.data, mapping: initialMapping(read.data, settings.applicationFormMappings), context })
  }

  const preview = loaded ? planOf(loaded) : null
  const plan = preview?.plan.ok ? preview.plan.data : null
  const choices: ApplicationChoices | null = plan ? { ...withDefaults(plan, answers), skipped, takeDifferences: take } : null
  const questions = plan && choices ? openQuestions(plan, choices) : []
  const summary = plan ? applicationFormImporter.preview(plan) : null
  const chosen = plan ? plan.rows.filter((r) => (r.action === 'new' || r.action === 'again' || r.action === 'update') && !skipped.has(r.draft.line)).length : 0

  const run = async () => {
    if (!loaded || !plan || !choices) return
    setBusy(true)
    const result = await importApplications(plan, choices, loaded.name)
    setBusy(false)
    if (!result.ok) {
      setProblem(result.detail ?? 'Importen ble ikke gjort, og ingenting er endret.')
      return
    }
    const settings = await loadSettings()
    await saveSettings({ applicationFormMappings: { ...settings.applicationFormMappings, [headerKey(loaded.table.header)]: loaded.mapping } })
    const { created, added } = result.data
    const more = added ? ` og ${added} ${added === 1 ? 'søknad' : 'søknader'} til på virksomheter som alt var registrert` : ''
    notify(`${created + added} søknader er importert fra ${loaded.name}: ${created} nye søkere${more}.`)
    setLoaded(null)
  }

  return (
    <section className="card" aria-labelledby="application-import-title">
      <h2 id="application-import-title">Importer fra søknadsskjemaet</h2>
      <p>Les inn eksporten fra søknadsskjemaet (CSV eller Excel). Alle svar tas vare på, og søknader som er importert før, hoppes over.</p>
      <div className="data-actions">
        <button type="button" onClick={() => void open()}>
          Importer søknader …
        </button>
      </div>
      {problem && (
        <p className="data-problem" role="alert">
          {problem}
        </p>
      )}
      {loaded && preview && (
        <div className="import-preview">
          <p>
            Fil: <strong>{loaded.name}</strong> – {loaded.table.source}, {loaded.table.rows.length} søknader, {loaded.table.header.length} kolonner.
          </p>
          <MappingFields table={loaded.table} mapping={loaded.mapping} onChange={(mapping) => setLoaded({ ...loaded, mapping })} />
          {!preview.plan.ok && (
            <p className="field-error" role="alert">
              {preview.plan.detail}
            </p>
          )}
          {plan && choices && (
            <>
              <ReviewerQuestions plan={plan} answers={choices} sectors={loaded.context.sectors} municipalities={loaded.context.municipalities} onChange={setAnswers} />
              {summary && <p aria-label="Oppsummering">{summary.notes.join(', ')}.</p>}
              <ApplicationRows rows={plan.rows} skipped={skipped} takeDifferences={take} onSkip={(line, on) => setSkipped((s) => toggled(s, line, on))} onTake={(line, on) => setTake((s) => toggled(s, line, on))} />
              {questions.length > 0 && (
                <ul className="field-error" aria-label="Må besvares før import">
                  {questions.map((q) => (
                    <li key={q}>{q}</li>
                  ))}
                </ul>
              )}
            </>
          )}
          <div className="form-actions">
            <button type="button" onClick={() => setLoaded(null)}>
              Avbryt
            </button>
            <button type="button" className="button-primary" disabled={busy || !plan || chosen === 0 || questions.length > 0} onClick={() => void run()}>
              Importer {chosen} søknader
            </button>
          </div>
        </div>
      )}
    </section>
  )
}
