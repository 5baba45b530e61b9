import { useEffect, useRef, useState } from 'react'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { notify } from '../../components/notices'
import type { ImportMode, Resolution } from '../../domain/backup/plan'
import type { ImportProblem } from '../../domain/backup/problems'
import { desktop, hostErrorMessage } from '../../lib/desktop'
import { writeBackup } from './backup-actions'
import type { PlanPreview } from './import-core'
import { ImportSession, type Ending } from './import-session'
import { ImportPreview } from './ImportPreview'
import { ReplaceOnSyncedLaptop, useSyncEnabled } from '../sync'
import { tableLabel } from './table-labels'
import { ProgressBar } from './ProgressBar'
import { useDataPage } from './store'

type Step =
  | { kind: 'idle' }
  /** `cancel`: the work can still be stopped with nothing changed. */
  | { kind: 'busy'; label: string; done: number; total: number; cancel?: () => void }
  | { kind: 'problem'; message: string; details?: string[] }
  | { kind: 'preview'; plan: PlanPreview; upgradedFrom: number | null }
  | { kind: 'done'; message: string }

const CANCELLED = 'Importen ble avbrutt. Ingenting er endret.'

export function ImportSection() {
  const source = useDataPage((s) => s.source)
  const setSource = useDataPage((s) => s.setSource)
  const [step, setStep] = useState<Step>({ kind: 'idle' })
  const [resolutions, setResolutions] = useState<Map<string, Resolution>>(new Map())
  const [confirming, setConfirming] = useState(false)
  /** A fork's other choice is being planned: the preview stays, its counts follow when the plan ends. */
  const [updating, setUpdating] = useState(false)
  const forkQueue = useRef<{ running: boolean; next: ReadonlyMap<string, Resolution> | null }>({ running: false, next: null })
  const session = useRef<ImportSession | null>(null)
  const cancelled = useRef(false)
  const synced = useSyncEnabled()

  useEffect(() => {
    if (!source) return
    let stale = false
    const show = (next: Step) => {
      if (stale) return
      if (next.kind === 'preview') setResolutions(new Map())
      setStep(next)
    }
    const current = new ImportSession((label, done, total) => show({ kind: 'busy', label, done, total, cancel: stopReading }))
    session.current = current
    // Reading changes nothing: stopping it is ending the session.
    function stopReading() {
      current.dispose()
      setSource(null)
      show({ kind: 'done', message: CANCELLED })
    }
    show({ kind: 'busy', label: 'Leser filen', done: 0, total: 1, cancel: stopReading })
    void current.prepare(source.bytes).then((ending) => show(prepared(ending, source.name)))
    return () => {
      stale = true
      current.dispose()
      if (session.current === current) session.current = null
    }
  }, [source, setSource])

  const openFile = async () => {
    const result = await desktop().openFile({ kinds: ['json'] })
    if (!result.ok) {
      if (result.error !== 'cancelled') setStep({ kind: 'problem', message: hostErrorMessage(result) })
      return
    }
    setSource({ name: result.data.name, bytes: result.data.bytes, fromBackup: false })
  }

  const changeMode = async (mode: ImportMode) => {
    const current = session.current
    if (!current || !source) return
    setStep({ kind: 'busy', label: 'Sammenligner med dataene her', done: 0, total: 1 })
    setStep(prepared(await current.changeMode(mode, resolutions), source.name))
  }

  const resolve = (key: string, resolution: Resolution) => {
    const next = new Map(resolutions).set(key, resolution)
    setResolutions(next)
    if (step.kind === 'preview' && step.plan.conflicts.some((c) => c.key === key && c.fork)) void planForks(next)
  }

  /**
   * Plans the import again with the forks as decided, in the worker (the window stays free), one plan
   * at a time: choices made meanwhile go into the next, and the last one made is what the preview shows.
   */
  const planForks = async (wanted: ReadonlyMap<string, Resolution>) => {
    const current = session.current
    const queue = forkQueue.current
    queue.next = wanted
    if (!current || !source || queue.running) return
    queue.running = true
    setUpdating(true)
    try {
      while (queue.next) {
        const next = queue.next
        queue.next = null
        // Its progress would replace the preview with a bar: the preview stays, marked as updating.
        const ending = await withProgress(current, () => {}, () => current.chooseForks(next))
        if (session.current !== current) return
        setStep(prepared(ending, source.name))
        if (ending.type !== 'preview') return
      }
    } finally {
      queue.running = false
      queue.next = null
      setUpdating(false)
    }
  }

  const cancel = () => {
    setSource(null)
    setStep({ kind: 'idle' })
  }

  const run = async () => {
    const current = session.current
    if (!current) return
    setConfirming(false)
    cancelled.current = false
    const stopBeforeWriting = () => {
      cancelled.current = true
    }
    setStep({ kind: 'busy', label: 'Tar sikkerhetskopi før importen', done: 0, total: 1, cancel: stopBeforeWriting })
    const backup = await writeBackup('before-import', (done, total) => setStep({ kind: 'busy', label: 'Tar sikkerhetskopi før importen', done, total, cancel: stopBeforeWriting }))
    if (!backup.ok) {
      setStep({ kind: 'problem', message: `${backup.message} Importen ble ikke gjort, og ingenting er endret.` })
      return
    }
    if (cancelled.current) {
      setStep({ kind: 'done', message: CANCELLED })
      return
    }
    const progress = (label: string, done: number, total: number) => setStep({ kind: 'busy', label, done, total, cancel: () => current.cancel() })
    const ending = await withProgress(current, progress, () => current.apply(resolutions))
    if (ending.type === 'applied') {
      const { written, removed } = ending.outcome
      const message = `Importen er fullført: ${written} rader skrevet${removed ? `, ${removed} fjernet` : ''}. Dataene fra før importen er lagret i ${backup.data.path}.`
      setSource(null)
      setStep({ kind: 'done', message })
      notify('Importen er fullført.')
    } else if (ending.type === 'cancelled') {
      setSource(null)
      setStep({ kind: 'done', message: CANCELLED })
      notify(CANCELLED, 'info')
    } else setStep(failedImport(ending))
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
        {step.kind === 'busy' && step.cancel && (
          <button type="button" onClick={step.cancel}>
            Avbryt importen
          </button>
        )}
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
            updating={updating}
            onMode={(mode: ImportMode) => void changeMode(mode)}
            onResolve={resolve}
          />
          <div className="form-actions">
            <button type="button" onClick={cancel}>
              Avbryt
            </button>
            <button
              type="button"
              className={step.plan.mode === 'replace' ? 'button-danger' : 'button-primary'}
              disabled={step.plan.problemCount > 0 || updating}
              onClick={() => (step.plan.mode === 'replace' ? setConfirming(true) : void run())}
            >
              {step.plan.mode === 'replace' ? 'Erstatt alt' : 'Slå sammen'}
            </button>
          </div>
          <ReplaceOnSyncedLaptop
            open={confirming && synced}
            losses={losses(step.plan)}
            examples={step.plan.lostNames}
            onReplace={() => void run()}
            onCancel={() => setConfirming(false)}
          />
          <ConfirmDialog
            open={confirming && !synced}
            title="Erstatte alle data?"
            message={`Alt på denne maskinen byttes ut med innholdet i filen${removedText(step.plan)}. En sikkerhetskopi av dagens data tas først.`}
            confirmLabel="Erstatt alt"
            danger
            onConfirm={() => void run()}
            onCancel={() => setConfirming(false)}
          />
        </>
      )}
    </section>
  )
}

/** What the others lose on 'Erstatt alt', per table (the counts' removals are the plan's removed rows). */
function losses(plan: PlanPreview): { label: string; count: number }[] {
  return Object.entries(plan.counts)
    .filter(([, c]) => c.removed > 0)
    .map(([table, c]) => ({ label: tableLabel(table), count: c.removed }))
}

function removedText(plan: PlanPreview): string {
  const removed = Object.values(plan.counts).reduce((sum, c) => sum + c.removed, 0)
  return removed ? `, og ${removed} rader som bare finnes her, fjernes` : ''
}

const UNEXPECTED = 'En uventet feil i programmet stoppet importen.'

/** The session's progress goes to this step while the request runs (the session reports to its creator). */
async function withProgress(session: ImportSession, progress: (label: string, done: number, total: number) => void, request: () => Promise<Ending>): Promise<Ending> {
  session.onProgressOverride = progress
  try {
    return await request()
  } finally {
    session.onProgressOverride = null
  }
}

/** What a finished read or plan shows: the preview, or why the file cannot be imported. */
function prepared(ending: Ending, name: string): Step {
  if (ending.type === 'preview') return { kind: 'preview', plan: ending.plan, upgradedFrom: ending.upgradedFrom }
  if (ending.type === 'unreadable') return { kind: 'problem', message: `Filen «${name}» kan ikke importeres. ${ending.problem.message} Ingenting er endret.` }
  if (ending.type === 'cancelled') return { kind: 'done', message: CANCELLED }
  return { kind: 'problem', message: `Filen «${name}» kan ikke importeres. ${UNEXPECTED} Ingenting er endret.` }
}

/** Every way an import can fail, as a step the user can read; never a raw error, never a spinner left running. */
function failedImport(ending: Ending): Step {
  if (ending.type === 'refused') return refused(ending.problems)
  const full = ending.type === 'failed' && ending.quota
  return { kind: 'problem', message: `Importen feilet, og ingenting er endret. ${full ? 'Det er ikke nok ledig plass på disken.' : UNEXPECTED}` }
}

function refused(problems: ImportProblem[]): Step {
  return { kind: 'problem', message: 'Importen ble stoppet, og ingenting er endret:', details: problems.map((p) => p.message) }
}
