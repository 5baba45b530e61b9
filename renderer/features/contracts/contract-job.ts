/**
 * Makes contract PDFs: builds the models from the database, lets main render and save them
 * (progress arrives as host events), and records the contracts only once the file is written.
 */
import type { ContractModel, ContractRenderResult } from '../../../electron/shared/channels/contracts'
import { notify } from '../../components/notices'
import { buildContractModels, readsForRecord, recordGenerated, type ContractRequest } from '../../db/repositories/contracts-repo'
import { desktop, hostErrorMessage } from '../../lib/desktop'
import { messageOf } from '../../lib/result'
import type { BatchPreparer } from './prepared-batch'

export type JobProgress = { done: number; total: number; label: string }
export type ContractJobOutcome = { ok: true; result: ContractRenderResult } | { ok: false; message: string; cancelled?: boolean }

let jobCounter = 0

export type ContractJobOptions = {
  separateFiles: boolean
  mergedName: string
  onProgress?: (progress: JobProgress) => void
  /** "Avbryt": main stops the job; no PDF is kept and no contract recorded. */
  signal?: AbortSignal
  /** The page's build made ahead (the batch page): used when it is for these requests and still current. */
  prepared?: BatchPreparer
}

/** What the user hears after pressing "Avbryt" in time. */
export const BATCH_CANCELLED = 'Klimakontraktene ble ikke laget: du avbrøt. Ingen PDF er lagret, og ingen kontrakt er registrert.'

/**
 * Where a batch's wait goes, as User Timing marks (DevTools' Performance panel, the contracts bench):
 * models built, main's answer, history recorded.
 */
const mark = (name: string) => performance.mark(`contracts:${name}`)
const MARKS = ['start', 'built', 'answered', 'recorded']

export async function makeContracts(requests: ContractRequest[], options: ContractJobOptions): Promise<ContractJobOutcome> {
  // The last batch's marks only: the buffer does not grow with every batch.
  for (const name of MARKS) performance.clearMarks(`contracts:${name}`)
  mark('start')
  // The models and what recording reads, built ahead while the person chose (the batch page), or now.
  // A finished build is taken without an await, so the models go out before React re-renders the form.
  // None ready (clicked before the choice rested, or the data changed since): the preparer builds it
  // now, and sends it to main ahead as it would have, so the models cross once.
  const ready = options.prepared?.ready(requests)
  const prepared = ready ?? (await options.prepared?.now(requests))
  const building = prepared ?? (await buildContractModels(requests))
  if (!building.ok) return { ok: false, message: messageOf(building) }
  const built = building.data
  // Not built ahead: what recording reads is read while main renders, so once the file is saved only
  // the writes are left (recordGenerated reads for itself if this failed).
  const reads = prepared?.ok ? Promise.resolve(prepared.data.reads) : readsForRecord(requests).catch(() => undefined)
  mark('built')
  const { signal } = options
  if (signal?.aborted) return { ok: false, message: BATCH_CANCELLED, cancelled: true }
  const jobId = `contracts-${Date.now()}-${jobCounter++}`
  const api = desktop()
  const unsubscribe = api.onEvent((event) => {
    if (event.type === 'progress' && event.jobId === jobId) options.onProgress?.({ done: event.done, total: event.total, label: event.label })
  })
  const cancel = () => void api.cancelJob({ jobId })
  signal?.addEventListener('abort', cancel)
  try {
    const how = { separateFiles: options.separateFiles, mergedName: options.mergedName, jobId }
    // Models main holds already (sent ahead by the batch page) are named by their token; if main no
    // longer holds them (replaced or expired), they go along after all. Models on their way to main
    // (a click right after the choice) are waited for rather than sent a second time.
    const ahead = prepared?.ok ? prepared.data : undefined
    const token = ahead?.token ?? (await ahead?.tokenComing)
    // "Avbryt" while waiting for main's token, or for its "not held": nothing is asked of main.
    if (signal?.aborted) return { ok: false, message: BATCH_CANCELLED, cancelled: true }
    let result = token ? await api.renderContracts({ prepared: token, ...how }) : undefined
    if (!result || (!result.ok && result.error === 'not-found' && result.detail === 'prepared')) {
      if (signal?.aborted) return { ok: false, message: BATCH_CANCELLED, cancelled: true }
      result = await api.renderContracts({ contracts: built.models, ...how })
    }
    mark('answered')
    if (!result.ok) {
      // Main stopped the job on the user's word: nothing was written (or it was removed again).
      if (result.error === 'cancelled' && signal?.aborted) return { ok: false, message: BATCH_CANCELLED, cancelled: true }
      if (result.error === 'cancelled') return { ok: false, message: 'Lagringen ble avbrutt. Ingen kontrakt er registrert.', cancelled: true }
      if (result.error === 'unsupported-character') {
        return { ok: false, message: `Et tegn kan ikke skrives ut i PDF: ${result.detail ?? ''}. Rett teksten og prøv igjen.` }
      }
      return { ok: false, message: hostErrorMessage(result) }
    }
    // A cancel that arrives after main wrote the files comes too late: the contracts are made, and recorded.
    await recordGenerated(requests, built.models, built.templates, await reads)
    mark('recorded')
    return { ok: true, result: result.data }
  } finally {
    signal?.removeEventListener('abort', cancel)
    unsubscribe()
  }
}

/** Makes the contracts and tells the user: where the file went (with "Åpne"), or what went wrong. */
export async function makeContractsAndAnnounce(
  requests: ContractRequest[],
  options: ContractJobOptions,
  what: string,
): Promise<void> {
  const outcome = await makeContracts(requests, options)
  if (outcome.ok) announceSaved(outcome.result, what)
  else notify(outcome.message, outcome.cancelled ? 'info' : 'error')
}

/** Re-prints a stored contract exactly as it was (from its snapshot); records nothing new. */
export async function reprint(model: ContractModel): Promise<ContractJobOutcome> {
  const result = await desktop().renderContracts({ contracts: [model], separateFiles: false, mergedName: 'Klimakontrakt', jobId: `reprint-${jobCounter++}` })
  if (result.ok) return { ok: true, result: result.data }
  if (result.error === 'cancelled') return { ok: false, message: 'Avbrutt.', cancelled: true }
  return { ok: false, message: hostErrorMessage(result) }
}

/** A notice saying where the file went, with "Åpne" through main's guard for files it wrote. */
export function announceSaved(result: ContractRenderResult, what: string): void {
  const extra = result.separate.length ? ` og ${result.separate.length} filer per virksomhet` : ''
  notify(`${what} er lagret som ${result.merged.name}${extra}.`, 'success', {
    label: 'Åpne',
    run: () => {
      void desktop()
        .openExternal({ kind: 'written-file', path: result.merged.path })
        .then((r) => {
          if (!r.ok) notify(hostErrorMessage(r), 'error')
        })
    },
  })
}
