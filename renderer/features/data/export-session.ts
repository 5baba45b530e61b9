/**
 * The page's side of one export: a Web Worker runs export-core (in-thread where no worker can
 * start) and hands back the file's bytes, so the window never waits on reading and writing out
 * every table. Progress goes to `onProgress`; an aborted `signal` stops it between slices.
 */
import { databaseName } from '../../db/db'
import { newId } from '../../db/repositories/base'
import { createExportCore, type ExportHead, type ExportReply, type ExportRequest } from './export-core'
import { openWorkerChannel } from './worker-channel'

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
    const channel = openWorkerChannel<ExportRequest, ExportReply>({
      spawn: () => new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' }),
      hear,
      died: { type: 'failed', message: 'Eksporten stoppet uventet.' },
      inThread: createExportCore,
    })
    stop = channel.stop
    const cancel = channel.cancel
    if (signal?.aborted) return hear({ type: 'cancelled' })
    signal?.addEventListener('abort', cancel)
    channel.send(request)
  })
}
