/**
 * The page's side of one import: a Web Worker runs import-core (in-thread where no worker can
 * start), and each request resolves with the reply that ends it. Progress goes to `onProgress`.
 *
 * On a laptop that syncs, the worker's writes stamp sync messages with its own copy of the hybrid
 * logical clock; the clock is saved with them, and the page's clock takes over the later saved one
 * at its next stamp (`ensureClock`), so the page's later edits come after the import's.
 */
import { databaseName } from '../../db/db'
import type { ImportMode, Resolution } from '../../domain/backup/plan'
import { createImportCore, type ImportReply, type ImportRequest } from './import-core'

export type Ending = Exclude<ImportReply, { type: 'progress' }>
type Progress = (label: string, done: number, total: number) => void
type Channel = { send: (request: ImportRequest) => void; stop: () => void }

export class ImportSession {
  private channel: Promise<Channel> | null = null
  private disposed = false
  private waiting: ((reply: Ending) => void) | null = null
  /** While set, progress goes here instead of to the creator's `onProgress`. */
  onProgressOverride: Progress | null = null

  constructor(private readonly onProgress: Progress) {}

  /** Where the import runs, decided once, when the file is first read. */
  private start(): Promise<Channel> {
    this.channel ??= Promise.resolve(this.open())
    return this.channel
  }

  private open(): Channel {
    const hear = (reply: ImportReply) => {
      if (reply.type === 'progress') (this.onProgressOverride ?? this.onProgress)(reply.label, reply.done, reply.total)
      else {
        const resolve = this.waiting
        this.waiting = null
        resolve?.(reply)
      }
    }
    const worker = this.disposed ? null : startWorker()
    if (worker) {
      worker.addEventListener('message', (event: MessageEvent<ImportReply>) => hear(event.data))
      // A worker that dies (out of memory, a slip) ends the request: the page must never wait forever.
      worker.addEventListener('error', () => hear({ type: 'failed', stage: 'prepare', quota: false }))
      return {
        // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a Worker, not a window
        send: (request) => worker.postMessage(request, request.type === 'prepare' ? [request.bytes.buffer as ArrayBuffer] : []),
        stop: () => worker.terminate(),
      }
    }
    const handle = createImportCore(hear)
    return { send: (request) => void handle(request), stop: () => {} }
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
    void this.channel?.then((c) => c.send({ type: 'cancel' }))
  }

  dispose(): void {
    this.disposed = true
    void this.channel?.then((c) => c.stop())
    this.waiting?.({ type: 'cancelled' })
    this.waiting = null
  }

  private async ask(request: ImportRequest): Promise<Ending> {
    const channel = await this.start()
    if (this.disposed) return { type: 'cancelled' }
    return new Promise((resolve) => {
      this.waiting = resolve
      channel.send(request)
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
