/**
 * One export, from the tables to the file's bytes, driven by messages: the Data page runs it in a
 * Web Worker (export.worker.ts), so reading 110,000 rows out of IndexedDB, writing them as JSON and
 * encoding 44 MB never hold the window's thread; where no worker can start (unit tests), it runs
 * in-thread. The bytes are the same as `encodeEnvelope(exportDatabase(…))`, byte for byte; main
 * still writes them under a temporary name, reads them back and checks them before renaming.
 */
import { databaseName, useDatabase } from '../../db/db'
import { exportDatabase } from '../../db/repositories/backup-repo'
import { setClock } from '../../db/repositories/base'
import { NfkDatabase } from '../../db/schema'
import { serializeEnvelopeInSlices, type Envelope } from '../../domain/backup/envelope'

/** What the page needs of the envelope once the file is safe: the sync log entry it records. */
export type ExportHead = Pick<Envelope, 'exportId' | 'exportedAt' | 'installId'>

export type ExportRequest =
  /** `now`: the page's clock, so `exportedAt` agrees with the window (and its tests). */
  | { type: 'export'; databaseName: string; appVersion: string; exportId: string; now: number }
  | { type: 'cancel' }

export type ExportReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'exported'; bytes: Uint8Array<ArrayBuffer>; head: ExportHead }
  | { type: 'cancelled' }
  | { type: 'failed'; message: string }

/** `transfer`: buffers handed over rather than copied (the file's bytes). */
export type Post = (reply: ExportReply, transfer?: Transferable[]) => void

/** The message handler of the export thread; `post` carries replies back to the page. */
export function createExportCore(post: Post): (request: ExportRequest) => Promise<void> {
  let abort = new AbortController()
  return async (request) => {
    if (request.type === 'cancel') {
      abort.abort()
      return
    }
    abort = new AbortController()
    const { signal } = abort
    // Stamps made here follow the page's clock, which may differ from this thread's (tests set it).
    const offset = request.now - Date.now()
    setClock(() => new Date(Date.now() + offset))
    try {
      // In the worker the database is opened here, by name; in-thread the page's own is in use.
      if (databaseName() !== request.databaseName) useDatabase(new NfkDatabase(request.databaseName))
      const envelope = await exportDatabase({ appVersion: request.appVersion, exportId: request.exportId })
      if (signal.aborted) return post({ type: 'cancelled' })
      const text = await serializeEnvelopeInSlices(envelope, (done, total) => post({ type: 'progress', done, total }), signal)
      const bytes = new TextEncoder().encode(text)
      const { exportId, exportedAt, installId } = envelope
      post({ type: 'exported', bytes, head: { exportId, exportedAt, installId } }, [bytes.buffer])
    } catch (error) {
      if (signal.aborted) return post({ type: 'cancelled' })
      console.error('exportDatabase', error)
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
    }
  }
}
