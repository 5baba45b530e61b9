/**
 * The PDF worker thread (built to `out/main/pdf-worker.js`): stays alive between jobs, so its
 * fonts, caches and compiled code are warm for the next one. Renders one job at a time off main's
 * event loop, posting progress and then the bytes (transferred, not copied).
 */
import { parentPort, workerData } from 'node:worker_threads'
import { UnsupportedCharacterError } from '../core/charset'
import { setFontsFolder } from '../core/fonts'
import type { WorkerMessage, WorkerRequest } from './job-types'
import { pdfJobs, type PdfJobKind } from './jobs'
import { throttledProgress } from './progress-throttle'

const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(message, transfer)

function buffersOf(value: unknown, found: Set<ArrayBuffer> = new Set()): Set<ArrayBuffer> {
  if (value instanceof Uint8Array) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer)
  } else if (Array.isArray(value)) value.forEach((v) => buffersOf(v, found))
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => buffersOf(v, found))
  return found
}

async function run({ id, kind, input }: WorkerRequest): Promise<void> {
  try {
    const progress = throttledProgress((done, total, label) => post({ id, type: 'progress', done, total, label }))
    const output = await pdfJobs[kind as PdfJobKind](input as never, progress)
    post({ id, type: 'done', output }, [...buffersOf(output)])
  } catch (error) {
    if (error instanceof UnsupportedCharacterError) {
      post({ id, type: 'error', name: error.name, message: error.message, character: error.character, codePoint: error.codePoint, text: error.text })
    } else {
      const e = error instanceof Error ? error : new Error(String(error))
      post({ id, type: 'error', name: e.name, message: e.message })
    }
  }
}

setFontsFolder((workerData as { fontsFolder: string }).fontsFolder)
parentPort?.on('message', (request: WorkerRequest) => void run(request))
