/**
 * The page's side of one export: a Web Worker runs export-core (in-thread where no worker can
 * start) and hands back the file's bytes, so the window never waits on reading and writing out
 * every table. Progress goes to `onProgress`; an aborted `signal` stops it between slices.
 */
import { databaseName } from '../../db/db'
import { newId } from '../../db/repositories/base'
import { createExportCore, type ExportHead, type ExportReply, type ExportRequest } from './export-core'

export type ExportedFile = { bytes: Uint8Array<ArrayBuffer>; head: ExportHead }
export type ExportEnding = { ok: true; data: ExportedFile } | { ok: false; cancelled: boolean; message: string }

type Options = { appVersion: string; onProgress?: (done: number, total: number) => void; signal?: AbortSignal }

/** The whole database as the export file's bytes (the same bytes `encodeEnvelope` makes). */
export function exportInWorker({ appVersion, onProgress, signal }: Options): Promise<ExportEnding> {
  const request: ExportRequest = { type: 'export', databaseName: databaseName(), appVersion, exportId: newId(), now: Date.now() }
  return new Promise((resolve) => {
    let stop = () => {}
    const hear = (reply: ExportReply) => {
      if (reply.type === 'progress') return onProgress?.(reply.done, reply.total)
      signal?.removeEventListener('abort', cancel)
      stop()
      if (reply.type === 'exported') resolve({ ok: true, data: { bytes: reply.bytes, head: reply.head } })
      else if (reply.type === 'cancelled') resolve({ ok: false, cancelled: true, message: 'Eksporten ble avbrutt.' })
      else resolve({ ok: false, cancelled: false, message: reply.message })
    }
    let send: (request: ExportRequest) => void
    const worker = startWorker()
    if (worker) {
      worker.addEventListener('message', (event: MessageEvent<ExportReply>) => hear(event.data))
      // A worker that dies (out of memory, a slip) ends the export: the page must never wait forever.
      worker.addEventListener('error', () => hear({ type: 'failed', message: 'Eksporten stoppet uventet.' }))
      // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a Worker, not a window
      send = (r) => worker.postMessage(r)
      stop = () => worker.terminate()
    } else {
      const handle = createExportCore(hear)
      send = (r) => void handle(r)
    }
    const cancel = () => send({ type: 'cancel' })
    if (signal?.aborted) return hear({ type: 'cancelled' })
    signal?.addEventListener('abort', cancel)
    send(request)
  })
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  try {
    return new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return null
  }
}
