/**
 * The page's side of one import: a Web Worker runs import-core (in-thread where no worker can
 * start), and each request resolves with the reply that ends it. Progress goes to `onProgress`.
 */
import { databaseName } from '../../db/db'
import type { ImportMode, Resolution } from '../../domain/backup/plan'
import { createImportCore, type ImportReply, type ImportRequest } from './import-core'

export type Ending = Exclude<ImportReply, { type: 'progress' }>
type Progress = (label: string, done: number, total: number) => void

export class ImportSession {
  private readonly send: (request: ImportRequest) => void
  private readonly stop: () => void
  private waiting: ((reply: Ending) => void) | null = null
  /** While set, progress goes here instead of to the creator's `onProgress`. */
  onProgressOverride: Progress | null = null

  constructor(private readonly onProgress: Progress) {
    const hear = (reply: ImportReply) => {
      if (reply.type === 'progress') (this.onProgressOverride ?? this.onProgress)(reply.label, reply.done, reply.total)
      else {
        const resolve = this.waiting
        this.waiting = null
        resolve?.(reply)
      }
    }
    const worker = startWorker()
    if (worker) {
      worker.addEventListener('message', (event: MessageEvent<ImportReply>) => hear(event.data))
      // A worker that dies (out of memory, a slip) ends the request: the page must never wait forever.
      worker.addEventListener('error', () => hear({ type: 'failed', stage: 'prepare', quota: false }))
      // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a Worker, not a window
      this.send = (request) => worker.postMessage(request, request.type === 'prepare' ? [request.bytes.buffer as ArrayBuffer] : [])
      this.stop = () => worker.terminate()
    } else {
      const handle = createImportCore(hear)
      this.send = (request) => void handle(request)
      this.stop = () => {}
    }
  }

  /** Reads and checks the file (it is handed over, not copied) and plans against this laptop's data. */
  prepare(bytes: Uint8Array, mode: ImportMode = 'merge'): Promise<Ending> {
    // A copy the worker may own: the page keeps its own bytes for a second try.
    return this.ask({ type: 'prepare', bytes: bytes.slice(), databaseName: databaseName(), mode, now: Date.now() })
  }

  changeMode(mode: ImportMode): Promise<Ending> {
    return this.ask({ type: 'mode', mode, now: Date.now() })
  }

  apply(resolutions: ReadonlyMap<string, Resolution>): Promise<Ending> {
    return this.ask({ type: 'apply', resolutions: [...resolutions], now: Date.now() })
  }

  /** Stops the write at the next slice: the transaction rolls back and `apply` ends with "cancelled". */
  cancel(): void {
    this.send({ type: 'cancel' })
  }

  dispose(): void {
    this.stop()
    this.waiting?.({ type: 'cancelled' })
    this.waiting = null
  }

  private ask(request: ImportRequest): Promise<Ending> {
    return new Promise((resolve) => {
      this.waiting = resolve
      this.send(request)
    })
  }
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  try {
    return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return null
  }
}
