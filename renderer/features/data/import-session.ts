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
import { openWorkerChannel, type WorkerChannel } from './worker-channel'

export type Ending = Exclude<ImportReply, { type: 'progress' }>
type Progress = (label: string, done: number, total: number) => void
type Channel = WorkerChannel<ImportRequest>

export class ImportSession {
  private channel: Promise<Channel> | null = null
  private inWorker = false
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
    // A session closed before its first request starts nothing: `ask` answers 'cancelled' itself.
    if (this.disposed) return { send: () => {}, cancel: () => {}, stop: () => {}, inWorker: false }
    const channel = openWorkerChannel<ImportRequest, ImportReply>({
      spawn: () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }),
      hear,
      died: { type: 'failed', stage: 'prepare', quota: false },
      inThread: createImportCore,
      transfer: (request) => (request.type === 'prepare' ? [request.bytes.buffer as ArrayBuffer] : []),
    })
    this.inWorker = channel.inWorker
    return channel
  }

  /** Reads and checks the file (it is handed over, not copied) and plans against this laptop's data. */
  async prepare(bytes: Uint8Array, mode: ImportMode = 'merge'): Promise<Ending> {
    await this.start()
    // The worker gets a copy it may own (the page keeps its own bytes for a second try), made in
    // slices: one copy of a 44 MB file held the window's thread for a task of its own.
    const handed = this.inWorker ? await copyInSlices(bytes) : bytes
    return this.ask({ type: 'prepare', bytes: handed, databaseName: databaseName(), mode, now: Date.now() })
  }

  /** Plans again in the other mode, keeping the fork choices made so far. */
  changeMode(mode: ImportMode, resolutions: ReadonlyMap<string, Resolution> = new Map()): Promise<Ending> {
    return this.ask({ type: 'mode', mode, resolutions: [...resolutions], now: Date.now() })
  }

  /** Plans again with the forks as now decided: the preview that ends it is what "Slå sammen" writes. */
  chooseForks(resolutions: ReadonlyMap<string, Resolution>): Promise<Ending> {
    return this.ask({ type: 'forks', resolutions: [...resolutions], now: Date.now() })
  }

  apply(resolutions: ReadonlyMap<string, Resolution>): Promise<Ending> {
    return this.ask({ type: 'apply', resolutions: [...resolutions], now: Date.now() })
  }

  /** Stops the write at the next slice: the transaction rolls back and `apply` ends with "cancelled". */
  cancel(): void {
    void this.channel?.then((c) => c.cancel())
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

const COPY_SLICE = 4 * 1024 * 1024

/** A copy of the bytes, 4 MB between yields to the window. */
export async function copyInSlices(bytes: Uint8Array): Promise<Uint8Array> {
  const copy = new Uint8Array(bytes.length)
  for (let at = 0; at < bytes.length; at += COPY_SLICE) {
    copy.set(bytes.subarray(at, at + COPY_SLICE), at)
    if (at + COPY_SLICE < bytes.length) await new Promise((resolve) => setTimeout(resolve, 0))
  }
  return copy
}
