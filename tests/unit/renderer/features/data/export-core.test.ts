/**
 * The export as the Data page runs it in its worker (export-core, here in-thread): the file must be
 * the very bytes the format has always had, progress counts the rows, and a cancel ends it with no
 * file and no entry in the sync log.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { exportDatabase } from '../../../../../renderer/db/repositories/backup-repo'
import { setClock } from '../../../../../renderer/db/repositories/base'
import { encodeEnvelope } from '../../../../../renderer/domain/backup/envelope'
import { createExportCore, type ExportReply, type ExportRequest } from '../../../../../renderer/features/data/export-core'
import { exportInWorker } from '../../../../../renderer/features/data/export-session'
import { freshDatabase } from '../../db-helpers'
import { rowFor } from '../../domain/backup/seed'

const NOW = Date.UTC(2026, 10, 28, 9, 0)
const EXPORT_ID = '0000aaaa-0000-4000-8000-000000000001'

async function seedEveryTable() {
  const database = await freshDatabase()
  for (const table of database.tables) if (table.name !== 'device') await table.put(rowFor(table.name))
  // Enough organisations for more than one slice, so a cancel can land between them.
  const base = rowFor('organisations')
  await database.table('organisations').bulkPut(Array.from({ length: 6_000 }, (_, i) => ({ ...base, id: `${String(i).padStart(8, '0')}-1111-4000-8000-000000000000`, name: `Virksomhet ${i} – Ŋuolla` })))
}

function run(onProgress: (reply: Extract<ExportReply, { type: 'progress' }>, cancel: () => void) => void = () => {}) {
  const replies: ExportReply[] = []
  const transfers: Transferable[][] = []
  const handle = createExportCore((reply, transfer = []) => {
    if (reply.type === 'progress') onProgress(reply, () => void handle({ type: 'cancel' }))
    else {
      replies.push(reply)
      transfers.push(transfer)
    }
  })
  const request: ExportRequest = { type: 'export', databaseName: db().name, appVersion: '1.0.0', exportId: EXPORT_ID, now: NOW }
  return handle(request).then(() => ({ replies, transfers }))
}

beforeEach(async () => {
  // One fixed time for this thread and the page's, so both exports stamp the same `exportedAt`.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
  setClock(() => new Date(NOW))
  await seedEveryTable()
})
afterEach(() => vi.useRealTimers())

describe('the export worker', () => {
  it('writes exactly the bytes the export format has always had, attachments as base64 included, and hands them over uncopied', async () => {
    const expected = encodeEnvelope(await exportDatabase({ appVersion: '1.0.0', exportId: EXPORT_ID }))
    const { replies, transfers } = await run()
    expect(replies).toHaveLength(1)
    const reply = replies[0]!
    if (reply.type !== 'exported') throw new Error(`no file: ${reply.type}`)
    // Compared as text (a readable diff) and as bytes (the encoding too).
    expect(new TextDecoder().decode(reply.bytes)).toBe(new TextDecoder().decode(expected))
    expect(Buffer.compare(reply.bytes, expected)).toBe(0)
    expect(new TextDecoder().decode(reply.bytes)).toContain('"$bytes":"')
    expect(reply.head).toMatchObject({ exportId: EXPORT_ID, exportedAt: new Date(NOW).toISOString() })
    expect(transfers[0]).toEqual([reply.bytes.buffer])
  })

  it('counts the rows as it goes, up to every row of the file', async () => {
    const seen: [number, number][] = []
    await run((p) => seen.push([p.done, p.total]))
    const total = seen[0]![1]
    expect(total).toBeGreaterThan(6_000)
    expect(seen.at(-1)).toEqual([total, total])
    expect(seen.map(([done]) => done)).toEqual(seen.map(([done]) => done).sort((a, b) => a - b))
  })

  it('stops when cancelled between slices: no file comes back', async () => {
    const { replies } = await run((_p, cancel) => cancel())
    expect(replies).toEqual([{ type: 'cancelled' }])
  })
})

describe('the page’s side of the export', () => {
  it('gives the file’s bytes, readable as the same export', async () => {
    const ending = await exportInWorker({ appVersion: '1.0.0' })
    if (!ending.ok) throw new Error(ending.message)
    const text = new TextDecoder().decode(ending.data.bytes)
    expect(JSON.parse(text)).toMatchObject({ exportId: ending.data.head.exportId, counts: { organisations: 6_001 } })
  })

  it('says the export was cancelled when the user stops it, and leaves the sync log as it was', async () => {
    const before = await db().syncLog.count()
    const controller = new AbortController()
    const ending = await exportInWorker({ appVersion: '1.0.0', signal: controller.signal, onProgress: () => controller.abort() })
    expect(ending).toEqual({ ok: false, cancelled: true, message: 'Eksporten ble avbrutt.' })
    expect(await db().syncLog.count()).toBe(before)
  })
})
