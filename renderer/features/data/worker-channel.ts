/**
 * How the page talks to a long job's core (export, import): in a Web Worker where one can start,
 * in this thread where none can (tests, an old runtime). Each session keeps its own
 * `new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' })` literal, which Vite
 * needs to see at the call site to bundle the worker; everything around it is here.
 */

type Cancel = { type: 'cancel' }

export type WorkerChannel<Request> = {
  send: (request: Request) => void
  /** Asks the core to stop at its next slice; it then ends the job with its own "cancelled" reply. */
  cancel: () => void
  /** Ends the worker (nothing to end in this thread). */
  stop: () => void
  inWorker: boolean
}

type Options<Request, Reply> = {
  /** Starts the worker: the call site's `new Worker(new URL(...))` literal. */
  spawn: () => Worker
  hear: (reply: Reply) => void
  /** The reply that ends the job when the worker dies (out of memory, a slip): the page must never wait forever. */
  died: Reply
  /** The same core in this thread, answering through `hear`, for where no worker starts. */
  inThread: (hear: (reply: Reply) => void) => (request: Request) => unknown
  /** What a request hands over to the worker instead of copying. */
  transfer?: (request: Request) => Transferable[]
}

export function openWorkerChannel<Request extends { type: string }, Reply>(options: Options<Request | Cancel, Reply>): WorkerChannel<Request | Cancel> {
  const { spawn, hear, died, inThread, transfer } = options
  const worker = startWorker(spawn)
  if (!worker) {
    const handle = inThread(hear)
    const send = (request: Request | Cancel) => void handle(request)
    return { send, cancel: () => send({ type: 'cancel' }), stop: () => {}, inWorker: false }
  }
  worker.addEventListener('message', (event: MessageEvent<Reply>) => hear(event.data))
  worker.addEventListener('error', () => hear(died))
  // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a Worker, not a window
  const send = (request: Request | Cancel) => worker.postMessage(request, transfer?.(request) ?? [])
  return { send, cancel: () => send({ type: 'cancel' }), stop: () => worker.terminate(), inWorker: true }
}

function startWorker(spawn: () => Worker): Worker | null {
  if (typeof Worker === 'undefined') return null
  try {
    return spawn()
  } catch {
    return null
  }
}
