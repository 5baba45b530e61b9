/**
 * Runs a PDF job in a worker thread when its built file is there (Electron, the e2e host), so
 * main's event loop stays free; otherwise in-process (unit tests run from source).
 *
 * One worker is kept alive between jobs (and can be started ahead with `warmPdfWorker`): starting
 * a thread, loading pdf-lib and the fonts and compiling the drawing code cost more than rendering
 * a batch warm. A job that arrives while it is busy gets a worker of its own. A job can be
 * cancelled: its worker is stopped at once and nothing it made comes back.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { UnsupportedCharacterError } from '../core/charset'
import { findFontsFolder } from '../core/fonts'
import type { JobProgress, WorkerMessage, WorkerRequest } from './job-types'
import { pdfJobs, type PdfJobKind, type PdfJobs } from './jobs'
import { warmUpJobs } from './warm-up'

export type RunOptions = {
  /** The built worker file; null or missing file renders in-process. */
  workerFile?: string | null
  onProgress?: JobProgress
  /** Told when the worker could not start and the job ran in-process instead. */
  onFallback?: (reason: string) => void
  /** Cancels the job: it rejects with `PdfJobCancelledError` and its output is thrown away. */
  signal?: AbortSignal
}

/** The job was cancelled before it finished; nothing it made was kept. */
export class PdfJobCancelledError extends Error {
  constructor() {
    super('PDF-jobben ble avbrutt')
    this.name = 'PdfJobCancelledError'
  }
}

/** The worker beside main's bundle (`out/main/pdf-worker.js`); null when running from source. */
export function defaultWorkerFile(): string | null {
  const here = fileURLToPath(import.meta.url)
  if (!here.endsWith('.js')) return null
  const dir = path.dirname(here)
  return [path.join(dir, 'pdf-worker.js'), path.join(dir, '..', 'pdf-worker.js')].find((f) => existsSync(f)) ?? null
}

export async function runPdfJob<K extends PdfJobKind>(
  kind: K,
  input: PdfJobs[K]['input'],
  options: RunOptions = {},
): Promise<PdfJobs[K]['output']> {
  const { signal } = options
  if (signal?.aborted) throw new PdfJobCancelledError()
  const progress = options.onProgress ?? (() => {})
  const file = options.workerFile
  const inProcess = () =>
    pdfJobs[kind](input, (done, total, label) => {
      // In-process there is no thread to stop: the job stops at its next step.
      if (signal?.aborted) throw new PdfJobCancelledError()
      progress(done, total, label)
    })
  if (!file || !existsSync(file)) return inProcess()
  try {
    return (await inWorker(file, { kind, input }, progress, signal)) as PdfJobs[K]['output']
  } catch (error) {
    // The worker could not start (e.g. a packaging problem): render here rather than fail the user.
    if (!(error instanceof WorkerStartError)) throw error
    options.onFallback?.(error.message)
    return inProcess()
  }
}

/**
 * Starts the kept worker and renders a small sample in it, step by step, so the user's first job
 * finds it warm. A job that arrives meanwhile waits for the current step only: the rest is skipped.
 */
export function warmPdfWorker(file: string | null | undefined): void {
  if (!file || !existsSync(file) || kept?.file === file) return
  const [first, ...rest] = warmUpJobs()
  if (!first) return
  const started = inWorker(file, first, () => {}, undefined, true)
  const entry = kept
  if (!entry) {
    void started.catch(() => {})
    return
  }
  const warming = (async () => {
    await started
    for (const step of rest) {
      if (entry.wanted || kept !== entry) return
      await inWorker(file, step, () => {}, undefined, true)
    }
  })().catch(() => {})
  entry.warming = warming
  void warming.then(() => {
    entry.warming = null
  })
}

class WorkerStartError extends Error {}

/** How long the kept worker waits for another job before it is stopped (its memory given back). */
const IDLE_MS = 5 * 60_000

/**
 * `warming`: the warm-up still running; a user's job waits for its current step rather than start
 * cold, and says so with `wanted`, which ends the warm-up after that step.
 */
type Kept = { file: string; worker: Worker; busy: boolean; heard: boolean; idle: ReturnType<typeof setTimeout> | null; warming?: Promise<void> | null; wanted?: boolean }
let kept: Kept | null = null
let nextId = 1

function spawn(file: string): Worker {
  const worker = new Worker(file, { workerData: { fontsFolder: findFontsFolder() } })
  // A waiting worker never keeps the process (or a test run) alive.
  worker.unref()
  return worker
}

/** The kept worker when it is free, else a worker for this job alone (stopped when it is done). */
function take(file: string): { worker: Worker; release: () => void; discard: () => void; heard: () => boolean; markHeard: () => void } {
  if (kept && kept.file !== file) {
    void kept.worker.terminate()
    kept = null
  }
  if (!kept) {
    const worker = spawn(file)
    const entry: Kept = { file, worker, busy: false, heard: false, idle: null }
    worker.on('error', () => kept === entry && (kept = null))
    worker.on('exit', () => kept === entry && (kept = null))
    kept = entry
  }
  const entry = kept
  if (!entry.busy) {
    entry.busy = true
    if (entry.idle) clearTimeout(entry.idle)
    return {
      worker: entry.worker,
      heard: () => entry.heard,
      markHeard: () => (entry.heard = true),
      release: () => {
        entry.busy = false
        entry.idle = setTimeout(() => {
          if (kept === entry && !entry.busy) {
            kept = null
            void entry.worker.terminate()
          }
        }, IDLE_MS)
        entry.idle.unref?.()
      },
      discard: () => {
        if (kept === entry) kept = null
        void entry.worker.terminate()
      },
    }
  }
  const worker = spawn(file)
  let heard = false
  return { worker, heard: () => heard, markHeard: () => (heard = true), release: () => void worker.terminate(), discard: () => void worker.terminate() }
}

async function inWorker(file: string, job: { kind: string; input: unknown }, progress: JobProgress, signal?: AbortSignal, warmUp = false): Promise<unknown> {
  const entry = kept?.file === file ? kept : null
  if (!warmUp && entry?.warming) {
    entry.wanted = true
    await entry.warming
  }
  if (signal?.aborted) throw new PdfJobCancelledError()
  return new Promise((resolve, reject) => {
    const id = nextId++
    const lease = take(file)
    const { worker } = lease
    let settled = false
    const settle = (fn: () => void, keep: boolean) => {
      if (settled) return
      settled = true
      worker.off('message', onMessage)
      worker.off('error', onError)
      worker.off('exit', onExit)
      signal?.removeEventListener('abort', onAbort)
      if (keep) lease.release()
      else lease.discard()
      fn()
    }
    const onMessage = (message: WorkerMessage) => {
      lease.markHeard()
      if (message.id !== id) return
      if (message.type === 'progress') progress(message.done, message.total, message.label)
      else if (message.type === 'done') settle(() => resolve(message.output), true)
      else settle(() => reject(toError(message)), true)
    }
    const onError = (error: Error) => settle(() => reject(lease.heard() ? error : new WorkerStartError(error.message)), false)
    const onExit = (code: number) => settle(() => reject(lease.heard() ? new Error(`PDF-arbeideren stoppet (kode ${code})`) : new WorkerStartError(`exit ${code}`)), false)
    // Stopping the thread is the only way to stop a render midway; the next job starts a fresh one.
    const onAbort = () => settle(() => reject(new PdfJobCancelledError()), false)
    worker.on('message', onMessage)
    worker.on('error', onError)
    worker.on('exit', onExit)
    signal?.addEventListener('abort', onAbort)
    if (signal?.aborted) return onAbort()
    const request: WorkerRequest = { id, kind: job.kind, input: job.input }
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker thread, not a window
    worker.postMessage(request)
  })
}

function toError(message: Extract<WorkerMessage, { type: 'error' }>): Error {
  if (message.name === 'UnsupportedCharacterError' && message.character && message.codePoint !== undefined) {
    return new UnsupportedCharacterError(message.character, message.codePoint, message.text ?? '')
  }
  const error = new Error(message.message)
  error.name = message.name
  return error
}
