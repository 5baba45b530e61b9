import { useCallback, useEffect, useRef, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { EmptyState } from '../../components/EmptyState'
import { TextField } from '../../components/TextField'
import { notify } from '../../components/notices'
import { batchCandidates, lunchCommissioner, organisationsAt, signingLunches, type BatchCandidate } from '../../db/repositories/contracts-repo'
import { loadSettings } from '../../db/repositories/settings-repo'
import type { MeetingEvent } from '../../db/models'
import { formatDate, parseNorwegianDate, todayInOslo } from '../../lib/dates'
import { datedTitle } from '../../domain/event/dated-title'
import { desktop, hasDesktop } from '../../lib/desktop'
import { makeContractsAndAnnounce, type JobProgress } from './contract-job'
import { contractFormErrors, type ContractFormErrors } from './contract-form'
import { JobProgressBar } from './JobProgressBar'
import { LunchSelect } from './LunchSelect'
import { BatchFilters } from './BatchFilters'
import { BatchRow } from './BatchRow'
import { filterCandidates, NO_FILTER, rowSigner, selectAll, type BatchFilter } from './batch-rows'
import { BatchPreparer } from './prepared-batch'

/** Contracts for many organisations at once: one merged PDF, plus one file each if asked. */
export function ContractBatch() {
  // Main starts its PDF worker as the page opens, while the page reads its data, so the first batch
  // does not wait for the worker to start and warm up (under load that took over a second).
  useEffect(() => {
    if (hasDesktop()) void desktop().warmPdf({})
  }, [])
  const data = useLiveQuery(async () => ({ candidates: await batchCandidates(), lunches: await signingLunches(), settings: await loadSettings() }), [])
  if (!data) return null
  if (data.candidates.length === 0) {
    return (
      <EmptyState title="Ingen virksomheter ennå">
        <p>Registrer virksomheter først; så kan du lage klimakontrakter for mange på én gang her.</p>
      </EmptyState>
    )
  }
  return <BatchForm candidates={data.candidates} lunches={data.lunches} commissioner={data.settings} />
}

type Props = { candidates: BatchCandidate[]; lunches: MeetingEvent[]; commissioner: { commissionerName: string; commissionerTitle: string } }

function BatchForm({ candidates, lunches, commissioner }: Props) {
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [chosen, setChosen] = useState<Map<string, string>>(new Map())
  const [filter, setFilter] = useState<BatchFilter>(NO_FILTER)
  const [atLunch, setAtLunch] = useState<Set<string> | null>(null)
  const [eventId, setEventId] = useState('')
  const [date, setDate] = useState(formatDate(todayInOslo()))
  const [commissionerName, setCommissionerName] = useState(commissioner.commissionerName)
  const [commissionerTitle, setCommissionerTitle] = useState(commissioner.commissionerTitle)
  const [separateFiles, setSeparateFiles] = useState(false)
  const [errors, setErrors] = useState<ContractFormErrors & { selection?: string }>({})
  /** The batch's first progress while it runs; later counts go to `BatchProgress` alone (see there). */
  const [running, setRunning] = useState<JobProgress | null>(null)
  const reportProgress = useRef<((progress: JobProgress) => void) | null>(null)
  const listenToProgress = useCallback((listener: ((progress: JobProgress) => void) | null) => {
    reportProgress.current = listener
  }, [])
  const stop = useRef<AbortController | null>(null)

  // The models are built while the person chooses, so the click only sends them (prepared-batch.ts).
  const [preparer] = useState(() => new BatchPreparer())
  useEffect(() => preparer.start(), [preparer])

  // The organisations at a lunch load asynchronously; only the latest choice may land, and the
  // filter changes together with its organisations, so the list never shows a lunch without its rows.
  const lunchRequest = useRef(0)
  const changeFilter = async (change: Partial<BatchFilter>) => {
    if (change.lunchId === undefined) {
      setFilter((f) => ({ ...f, ...change }))
      return
    }
    const request = ++lunchRequest.current
    const ids = change.lunchId ? new Set(await organisationsAt(change.lunchId)) : null
    if (request !== lunchRequest.current) return
    setAtLunch(ids)
    setFilter((f) => ({ ...f, ...change }))
  }
  const chooseLunch = async (id: string) => {
    setEventId(id)
    const lunch = lunches.find((l) => l.id === id)
    if (!lunch) return
    setDate(formatDate(lunch.date))
    const fromLunch = lunchCommissioner(lunch)
    if (fromLunch) {
      setCommissionerName(fromLunch.name)
      setCommissionerTitle(fromLunch.title)
    }
    const request = ++lunchRequest.current
    const invited = new Set(await organisationsAt(id))
    if (request !== lunchRequest.current) return
    setFilter((f) => ({ ...f, lunchId: id }))
    setAtLunch(invited)
    setSelected(selectAll(candidates.filter((c) => invited.has(c.organisation.id)), chosen, new Set()))
  }
  // Stable callbacks (functional updates), so the memoised rows skip the form's other re-renders.
  const toggle = useCallback((id: string, on: boolean) => {
    setSelected((current) => {
      const next = new Set(current)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })
    if (on) setErrors((current) => (current.selection ? { ...current, selection: undefined } : current))
  }, [])
  const choosePerson = useCallback(
    (id: string, personId: string) => {
      setChosen((current) => new Map(current).set(id, personId))
      if (!personId) toggle(id, false)
    },
    [toggle],
  )

  const shown = filterCandidates(candidates, filter, atLunch)
  const picked = shown.flatMap((c) => {
    const { person } = rowSigner(c, chosen.get(c.organisation.id))
    return selected.has(c.organisation.id) && person ? [{ organisation: c.organisation, signatory: person }] : []
  })
  const signingDate = parseNorwegianDate(date) ?? ''
  const requestsOf = () =>
    picked.map(({ organisation, signatory }) => ({
      organisationId: organisation.id,
      signatoryPersonId: signatory.id,
      signatory: { name: signatory.name, title: signatory.title },
      commissioner: { name: commissionerName.trim(), title: commissionerTitle.trim() },
      signingDate,
      eventId: eventId || null,
    }))
  // Rebuilt ahead whenever the choice changes; a choice with a bad date is built at the click (and refused there).
  useEffect(() => {
    preparer.choose(signingDate ? requestsOf() : [])
  })
  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const found: ContractFormErrors & { selection?: string } = contractFormErrors({
      eventId,
      date,
      personId: '',
      signatoryName: 'x',
      signatoryTitle: 'x',
      commissionerName,
      commissionerTitle,
    })
    if (picked.length === 0) found.selection = 'Velg minst én virksomhet.'
    setErrors(found)
    if (Object.keys(found).length) {
      notify('Klimakontraktene ble ikke laget. Rett feltene som er merket.', 'error')
      return
    }
    const lunch = lunches.find((l) => l.id === eventId)
    setRunning({ done: 0, total: picked.length, label: '' })
    const controller = new AbortController()
    stop.current = controller
    try {
      await makeContractsAndAnnounce(
        requestsOf(),
        {
          prepared: preparer,
          separateFiles,
          mergedName: lunch ? `Klimakontrakter ${datedTitle(lunch.title, lunch.date)}` : `Klimakontrakter ${date}`,
          onProgress: (progress) => reportProgress.current?.(progress),
          signal: controller.signal,
        },
        `${picked.length} klimakontrakter`,
      )
    } finally {
      stop.current = null
      setRunning(null)
    }
  }

  return (
    <form className="card form-grid" onSubmit={submit} noValidate aria-label="Lag klimakontrakter for flere">
      <fieldset>
        <legend>Signering</legend>
        <LunchSelect id="batch-lunch" value={eventId} lunches={lunches} emptyLabel="Ingen – velg virksomheter selv" onChange={(id) => void chooseLunch(id)} />
        <TextField label="Signeringsdato" value={date} error={errors.date} onChange={setDate} hint="Eksempel: 03.06.2027" />
        <TextField label="Byrådens navn" value={commissionerName} error={errors.commissionerName} onChange={setCommissionerName} />
        <TextField label="Byrådens tittel" value={commissionerTitle} error={errors.commissionerTitle} onChange={setCommissionerTitle} />
      </fieldset>
      <BatchFilters filter={filter} lunches={lunches} onChange={(change) => void changeFilter(change)} />
      <div className="batch-actions">
        <button type="button" onClick={() => setSelected(selectAll(shown, chosen, selected))}>
          Velg alle
        </button>
        <button type="button" onClick={() => setSelected(new Set())} disabled={selected.size === 0}>
          Fjern alle valg
        </button>
      </div>
      <fieldset className="batch-list" aria-describedby={errors.selection ? 'batch-selection-error' : undefined}>
        <legend>
          Virksomheter ({picked.length} valgt av {shown.length} viste)
        </legend>
        {shown.length === 0 && <p className="field-hint">Ingen virksomheter passer filtrene.</p>}
        {shown.map((candidate) => (
          <BatchRow
            key={candidate.organisation.id}
            candidate={candidate}
            chosenPersonId={chosen.get(candidate.organisation.id)}
            checked={selected.has(candidate.organisation.id)}
            onCheck={toggle}
            onChoose={choosePerson}
          />
        ))}
        {errors.selection && (
          <p id="batch-selection-error" className="field-error">
            {errors.selection}
          </p>
        )}
      </fieldset>
      <label className="check-row">
        <input type="checkbox" checked={separateFiles} onChange={(e) => setSeparateFiles(e.target.checked)} />
        <span>Lag også én fil per virksomhet</span>
      </label>
      <div className="form-actions">
        {running && <BatchProgress first={running} listen={listenToProgress} onCancel={() => stop.current?.abort()} />}
        <button type="submit" className="button-primary" disabled={running !== null}>
          Lag klimakontrakter
        </button>
      </div>
    </form>
  )
}

/**
 * The batch's progress in a component of its own: main reports once per contract, and each count
 * re-renders this bar only, not the form with its 170 rows.
 */
function BatchProgress({ first, listen, onCancel }: { first: JobProgress; listen: (listener: ((progress: JobProgress) => void) | null) => void; onCancel: () => void }) {
  const [progress, setProgress] = useState(first)
  useEffect(() => {
    listen(setProgress)
    return () => listen(null)
  }, [listen])
  return <JobProgressBar progress={progress} label="Lager klimakontrakter" onCancel={onCancel} />
}
