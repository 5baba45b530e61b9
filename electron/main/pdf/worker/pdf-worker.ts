/**
 * The PDF worker thread (built to `out/main/pdf-worker.js`): renders one job off main's event
 * loop, posting progress and then the bytes (transferred, not copied).
 */
import { parentPort, workerData } from 'node:worker_threads'
import { UnsupportedCharacterError } from '../core/charset'
import { setFontsFolder } from '../core/fonts'
import type { WorkerMessage } from './job-types'
import { pdfJobs, type PdfJobKind } from './jobs'

type Data = { kind: PdfJobKind; input: never; fontsFolder: string }

const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(message, transfer)

function buffersOf(value: unknown, found: Set<ArrayBuffer> = new Set()): Set<ArrayBuffer> {
  if (value instanceof Uint8Array) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer)
  } else if (Array.isArray(value)) value.forEach((v) => buffersOf(v, found))
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => buffersOf(v, found))
  return found
}

async function run(): Promise<void> {
  const { kind, input, fontsFolder } = workerData as Data
  setFontsFolder(fontsFolder)
  try {
    const output = await pdfJobs[kind](input, (done, total, label) => post({ type: 'progress', done, total, label }))
    post({ type: 'done', output }, [...buffersOf(output)])
  } catch (error) {
    if (error instanceof UnsupportedCharacterError) {
      post({ type: 'error', name: error.name, message: error.message, character: error.character, codePoint: error.codePoint, text: error.text })
    } else {
      const e = error instanceof Error ? error : new Error(String(error))
      post({ type: 'error', name: e.name, message: e.message })
    }
  }
}

void run()
