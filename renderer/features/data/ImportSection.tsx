import { useEffect, useState } from 'react'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { notify } from '../../components/notices'
import { applyImport, readAllTables } from '../../db/repositories/backup-repo'
import { localFieldTimes } from '../../db/repositories/sync-import-repo'
import { mergeConflictsByField } from '../../domain/sync/import-merge'
import type { TableData } from '../../domain/backup/envelope'
import { planImportInSlices, type ImportMode, type ImportPlan, type Resolution } from '../../domain/backup/plan'
import { readExportFile } from '../../domain/backup/read-file'
import { desktop, hostErrorMessage } from '../../lib/desktop'
import { writeBackup } from './backup-actions'
import { ImportPreview } from './ImportPreview'
import { ReplaceOnSyncedLaptop, useSyncEnabled } from '../sync'
import { tableLabel } from './table-labels'
import { ProgressBar } from './ProgressBar'
import { useDataPage, type ImportSource } from './store'

type Step =
  | { kind: 'idle' }
  | { kind: 'busy'; label: string; done: number; total: number }
  | { kind: 'problem'; message: string; details?: string[] }
  | { kind: 'preview'; plan: ImportPlan; local: TableData; upgradedFrom: number | null }
  | { kind: 'done'; message: string }

export function ImportSection() {
  const source = useDataPage((s) => s.source)
  const setSource = useDataPage((s) => s.setSource)
  const [step, setStep] = useState<Step>({ kind: 'idle' })
  const [resolutions, setResolutions] = useState<Map<string, Resolution>>(new Map())
  const [confirming, setConfirming] = useState(false)
  const synced = useSyncEnabled()

  useEffect(() => {
    if (!source) return
    let stale = false
    void prepare(source, (next) => {
      if (stale) return
      if (next.kind === 'preview') setResolutions(new Map())
      setStep(next)
    })
    return () => {
      stale = true
    }
  }, [source])

  const openFile = async () => {
    const result = await desktop().openFile({ kinds: ['json'] })
    if (!result.ok) {
      if (result.error !== 'cancelled') setStep({ kind: 'problem', message: hostErrorMessage(result) })
      return
    }
    setSource({ name: result.data.name, bytes: result.data.bytes, fromBackup: false })
  }

  const changeMode = async (current: Extract<Step, { kind: 'preview' }>, mode: ImportMode) => {
    try {
      const plan = await byField(
        await planImportInSlices(current.plan.envelope, current.local, mode, (done, total) => setStep({ kind: 'busy', label: 'Sammenligner med dataene her', done, total })),
      )
      setStep({ ...current, plan })
    } catch (error) {
      console.error('planImport', error)
      setStep({ kind: 'problem', message: `${UNEXPECTED} Ingenting er endret.` })
    }
  }

  const cancel = () => {
    setSource(null)
    setStep({ kind: 'idle' })
  }

  const run = async (plan: ImportPlan) => {
    setConfirming(false)
    setStep({ kind: 'busy', label: 'Tar sikkerhetskopi før importen', done: 0, total: 1 })
    const backup = await writeBackup('before-import', (done, total) => setStep({ kind: 'busy', label: 'Tar sikkerhetskopi før importen', done, total }))
    if (!backup.ok) {
      setStep({ kind: 'problem', message: `${backup.message} Importen ble ikke gjort, og ingenting er endret.` })
      return
    }
    try {
      const outcome = await applyImport(plan, resolutions, (done, total, label) => setStep({ kind: 'busy', label, done, total }))
      if (!outcome.ok) {
        setStep({ kind: 'problem', message: 'Importen ble stoppet, og ingenting er endret:', details: (outcome.problems ?? []).map((p) => p.message) })
        return
      }
      const { written, removed } = outcome.data
      const message = `Importen er fullført: ${written} rader skrevet${removed ? `, ${removed} fjernet` : ''}. Dataene fra før importen er lagret i ${backup.data.path}.`
      setSource(null)
      setStep({ kind: 'done', message })
      notify('Importen er fullført.')
    } catch (error) {
      setStep(failedImport(error))
    }
  }

  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">Import</h2>
      <p>Les inn en eksportfil fra denne eller en annen maskin. Du ser hva som vil endres før noe blir lagret.</p>
      <div className="form-actions data-actions">
        <button type="button" onClick={() => void openFile()} disabled={step.kind === 'busy'}>
          Importer fil …
        </button>
      </div>
      <div aria-live="polite">
        {step.kind === 'busy' && <ProgressBar label={step.label} done={step.done} total={step.total} />}
        {step.kind === 'problem' && (
          <p className="data-problem" role="alert">
            {step.message}
          </p>
        )}
        {step.kind === 'problem' && step.details && (
          <ul className="import-problem-list" aria-label="Rader som stopper importen">
            {step.details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        )}
        {step.kind === 'done' && <p className="data-done">{step.message}</p>}
      </div>
      {step.kind === 'preview' && source && (
        <>
          <ImportPreview
            plan={step.plan}
            sourceName={source.name}
            upgradedFrom={step.upgradedFrom}
            resolutions={resolutions}
            onMode={(mode: ImportMode) => void changeMode(step, mode)}
            onResolve={(key, resolution) => setResolutions(new Map(resolutions).set(key, resolution))}
          />
          <div className="form-actions">
            <button type="button" onClick={cancel}>
              Avbryt
            </button>
            <button
              type="button"
              className={step.plan.mode === 'replace' ? 'button-danger' : 'button-primary'}
              disabled={step.plan.problemCount > 0}
              onClick={() => (step.plan.mode === 'replace' ? setConfirming(true) : void run(step.plan))}
            >
              {step.plan.mode === 'replace' ? 'Erstatt alt' : 'Slå sammen'}
            </button>
          </div>
          <ReplaceOnSyncedLaptop
            open={confirming && synced}
            losses={Object.entries(step.plan.removals).map(([table, ids]) => ({ label: tableLabel(table), count: ids.length }))}
            examples={lostNames(step.plan, step.local)}
            onReplace={() => void run(step.plan)}
            onCancel={() => setConfirming(false)}
          />
          <ConfirmDialog
            open={confirming && !synced}
            title="Erstatte alle data?"
            message={`Alt på denne maskinen byttes ut med innholdet i filen${removedText(step.plan)}. En sikkerhetskopi av dagens data tas først.`}
            confirmLabel="Erstatt alt"
            danger
            onConfirm={() => void run(step.plan)}
            onCancel={() => setConfirming(false)}
          />
        </>
      )}
    </section>
  )
}

/** Names of organisations the file does not have, for the synced laptop's preview. */
function lostNames(plan: ImportPlan, local: TableData): string[] {
  const gone = new Set(plan.removals.organisations ?? [])
  return (local.organisations ?? []).filter((o) => gone.has(String(o.id))).slice(0, 8).map((o) => String(o.name))
}

/** On a synced laptop, rows changed on both sides are settled field by field, as sync settles them. */
async function byField(plan: ImportPlan): Promise<ImportPlan> {
  // Nothing to settle (replace, or no row changed on both sides): the plan as it is, with no extra read.
  if (plan.mode !== 'merge' || plan.conflicts.length === 0) return plan
  return mergeConflictsByField(plan, await localFieldTimes(plan))
}

function removedText(plan: ImportPlan): string {
  const removed = Object.values(plan.counts).reduce((sum, c) => sum + c.removed, 0)
  return removed ? `, og ${removed} rader som bare finnes her, fjernes` : ''
}

const UNEXPECTED = 'En uventet feil i programmet stoppet importen.'

/** An import that failed unexpectedly (a full disk, a slip in the code), as a step the user can read; never a raw error, never a spinner left running. */
function failedImport(error: unknown): Step {
  console.error('applyImport', error)
  const full = error instanceof Error && error.name === 'QuotaExceededError'
  return { kind: 'problem', message: `Importen feilet, og ingenting er endret. ${full ? 'Det er ikke nok ledig plass på disken.' : UNEXPECTED}` }
}

async function prepare(source: ImportSource, show: (step: Step) => void) {
  try {
    show({ kind: 'busy', label: 'Leser filen', done: 0, total: 1 })
    const read = await readExportFile(source.bytes, (done, total, label) => show({ kind: 'busy', label, done, total }))
    if (!read.ok) {
      show({ kind: 'problem', message: `Filen «${source.name}» kan ikke importeres. ${read.problem.message} Ingenting er endret.` })
      return
    }
    const local = await readAllTables()
    const plan = await byField(await planImportInSlices(read.envelope, local, 'merge', (done, total) => show({ kind: 'busy', label: 'Sammenligner med dataene her', done, total })))
    show({ kind: 'preview', plan, local, upgradedFrom: read.upgradedFrom })
  } catch (error) {
    console.error('prepareImport', error)
    show({ kind: 'problem', message: `Filen «${source.name}» kan ikke importeres. ${UNEXPECTED} Ingenting er endret.` })
  }
}
