/**
 * Runs a PDF job in the worker thread when its built file is there (Electron, the e2e host), so
 * main's event loop stays free; otherwise in-process (unit tests run from source).
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { UnsupportedCharacterError } from '../core/charset'
import { findFontsFolder } from '../core/fonts'
import type { JobProgress, WorkerMessage } from './job-types'
import { pdfJobs, type PdfJobKind, type PdfJobs } from './jobs'

export type RunOptions = {
  /** The built worker file; null or missing file renders in-process. */
  workerFile?: string | null
  onProgress?: JobProgress
  /** Told when the worker could not start and the job ran in-process instead. */
  onFallback?: (reason: string) => void
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
  const progress = options.onProgress ?? (() => {})
  const file = options.workerFile
  if (!file || !existsSync(file)) return pdfJobs[kind](input, progress)
  try {
    return await inWorker(file, kind, input, progress)
  } catch (error) {
    // The worker could not start (e.g. a packaging problem): render here rather than fail the user.
    if (!(error instanceof WorkerStartError)) throw error
    options.onFallback?.(error.message)
    return pdfJobs[kind](input, progress)
  }
}

class WorkerStartError extends Error {}

function inWorker<K extends PdfJobKind>(file: string, kind: K, input: PdfJobs[K]['input'], progress: JobProgress): Promise<PdfJobs[K]['output']> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: { kind, input, fontsFolder: findFontsFolder() } })
    let settled = false
    let heard = false
    const settle = (fn: () => void) => {
      if (settled) return
      settled = true
      fn()
      void worker.terminate()
    }
    worker.on('message', (message: WorkerMessage) => {
      heard = true
      if (message.type === 'progress') progress(message.done, message.total, message.label)
      else if (message.type === 'done') settle(() => resolve(message.output as PdfJobs[K]['output']))
      else settle(() => reject(toError(message)))
    })
    worker.on('error', (error) => settle(() => reject(heard ? error : new WorkerStartError(error.message))))
    worker.on('exit', (code) => settle(() => reject(heard ? new Error(`PDF-arbeideren stoppet (kode ${code})`) : new WorkerStartError(`exit ${code}`))))
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
