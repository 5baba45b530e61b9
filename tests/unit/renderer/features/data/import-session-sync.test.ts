/**
 * The import session on a synced laptop (issue 16 meets issue 17): the merge still settles rows
 * changed on both sides field by field, and the import runs in the worker with the worker's own
 * copy of the sync clock; the page's clock takes over the later one the worker saved.
 */
import { getClock, setClock as setSyncClock } from '@actual-app/crdt'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useDatabase } from '../../../../../renderer/db/db'
import { applyImport, exportDatabase, readAllTables, recordExport } from '../../../../../renderer/db/repositories/backup-repo'
import { nowIso, setClock } from '../../../../../renderer/db/repositories/base'
import { createOrganisation, emptyOrganisationInput, getOrganisation, updateOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { joinSyncFolder } from '../../../../../renderer/db/repositories/sync-repo'
import { NfkDatabase } from '../../../../../renderer/db/schema'
import type { Organisation } from '../../../../../renderer/db/models'
import { encodeEnvelope } from '../../../../../renderer/domain/backup/envelope'
import { planImport } from '../../../../../renderer/domain/backup/plan'
import { readExportFile } from '../../../../../renderer/domain/backup/read-file'
import { createImportCore, type ImportReply, type ImportRequest } from '../../../../../renderer/features/data/import-core'
import { ImportSession, type Ending } from '../../../../../renderer/features/data/import-session'
import { applied } from '../../db/repositories/backup/pipeline'
import { laptop, MemoryFolder, on, sync, type Laptop } from '../../db/sync/memory-folder'
import { made } from '../../db-helpers'

const at = (minute: number) => vi.setSystemTime(new Date(Date.UTC(2026, 10, 30, 10, minute)))
const input = (o: Organisation, change: Partial<Organisation>) => ({ ...emptyOrganisationInput(), name: o.name, address: o.address, website: o.website, notes: o.notes, ...change })

/**
 * A stand-in Worker that runs the real import core in-thread and counts how many were started. Like
 * a real worker it has its own sync clock (the library keeps one per program): the page's is put
 * aside while the worker handles a request and back before its answer arrives.
 */
type SyncClock = ReturnType<typeof getClock>
const started: FakeWorker[] = []
class FakeWorker extends EventTarget {
  private ownClock: SyncClock | undefined
  private pageClock: SyncClock | undefined
  private readonly handle = createImportCore((reply: ImportReply) => {
    if (reply.type !== 'progress') this.toPage()
    this.dispatchEvent(new MessageEvent('message', { data: reply }))
  })
  constructor() {
    super()
    started.push(this)
  }
  postMessage(request: ImportRequest): void {
    if (request.type !== 'cancel') {
      this.pageClock = getClock()
      setSyncClock(this.ownClock as SyncClock)
    }
    void this.handle(request)
  }
  private toPage(): void {
    this.ownClock = getClock()
    setSyncClock(this.pageClock as SyncClock)
  }
  terminate(): void {}
}

async function exportHere(): Promise<Uint8Array> {
  const envelope = await exportDatabase({ appVersion: 'test' })
  await recordExport(envelope)
  return encodeEnvelope(envelope)
}

/** Per's copy: made from Kari's export and never synced, as a file sent by e-mail. */
async function perFrom(bytes: Uint8Array): Promise<NfkDatabase> {
  const read = await readExportFile(bytes)
  if (!read.ok) throw new Error(read.problem.message)
  const per = useDatabase(new NfkDatabase(`per-${crypto.randomUUID()}`))
  await per.open()
  await per.device.put({ id: 'this', installId: crypto.randomUUID(), userName: 'Per', createdAt: nowIso() })
  await applied(applyImport(planImport(read.envelope, await readAllTables(), 'replace', { now: nowIso() }), new Map()))
  return per
}

function preview(ending: Ending) {
  if (ending.type !== 'preview') throw new Error(`expected a preview, got ${ending.type}`)
  return ending.plan
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  setClock(() => new Date())
  started.length = 0
  vi.stubGlobal('Worker', FakeWorker)
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('an import on a synced laptop', () => {
  it('settles a row changed on both sides field by field in the worker, and sends the result; the page’s next edit comes after the import’s', async () => {
    at(0)
    const folder = new MemoryFolder()
    const kari = await laptop(folder, 'Kari')
    const bygg = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Bygg AS', notes: 'Første møte' }))
    at(5)
    const per = await perFrom(await exportHere())
    at(10)
    await made(updateOrganisation(bygg.id, input((await getOrganisation(bygg.id)) as Organisation, { notes: 'Per ringte' })))
    at(15)
    const fromPer = await exportHere()
    useDatabase(per)
    on(kari)
    at(20)
    await made(updateOrganisation(bygg.id, input((await getOrganisation(bygg.id)) as Organisation, { website: 'https://bygg.no' })))
    at(25)

    const session = new ImportSession(() => {})
    const plan = preview(await session.prepare(fromPer))
    // Row by row this would be a question; field by field it is none.
    expect(plan.conflicts).toEqual([])
    expect(plan.counts.organisations?.changed).toBe(1)
    expect(await session.apply(new Map())).toMatchObject({ type: 'applied' })
    expect(started).toHaveLength(1)
    expect(await getOrganisation(bygg.id)).toMatchObject({ notes: 'Per ringte', website: 'https://bygg.no' })
    // In the same millisecond, an edit on the page: its clock takes over the worker's, so its stamp
    // neither repeats nor precedes one of the import's.
    await made(updateOrganisation(bygg.id, input((await getOrganisation(bygg.id)) as Organisation, { name: 'Bygg Øst AS' })))

    // The import's writes travel as field messages: another laptop ends with every edit, and with
    // the same history (a repeated stamp would have replaced one of the import's messages).
    await sync(folder, kari)
    const history = (await readAllTables()).auditLog
    const ola = await laptop(folder, 'Ola')
    await sync(folder, ola)
    expect(await getOrganisation(bygg.id)).toMatchObject({ notes: 'Per ringte', website: 'https://bygg.no', name: 'Bygg Øst AS' })
    expect((await readAllTables()).auditLog).toEqual(history)
  })

  it('names the organisations the others would lose when the file replaces everything', async () => {
    at(0)
    const folder = new MemoryFolder()
    await laptop(folder, 'Kari')
    await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Bygg AS' }))
    const file = await exportHere()
    at(5)
    await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Nytt Energi AS' }))

    const session = new ImportSession(() => {})
    expect(preview(await session.prepare(file)).lostNames).toEqual([])
    const replace = preview(await session.changeMode('replace'))
    expect(replace.lostNames).toEqual(['Nytt Energi AS'])
    expect(replace.counts.organisations?.removed).toBe(1)
    expect(started).toHaveLength(1)
  })
})

describe('an import on a laptop that does not sync', () => {
  it('runs in the worker, and a row changed on both sides stays one question', async () => {
    at(0)
    const kari = useDatabase(new NfkDatabase(`kari-${crypto.randomUUID()}`))
    await kari.open()
    await kari.device.put({ id: 'this', installId: crypto.randomUUID(), userName: 'Kari', createdAt: nowIso() })
    const bygg = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Bygg AS' }))
    at(5)
    await perFrom(await exportHere())
    at(10)
    await made(updateOrganisation(bygg.id, input((await getOrganisation(bygg.id)) as Organisation, { notes: 'Per ringte' })))
    const fromPer = await exportHere()
    useDatabase(kari)
    at(20)
    await made(updateOrganisation(bygg.id, input((await getOrganisation(bygg.id)) as Organisation, { website: 'https://bygg.no' })))

    const session = new ImportSession(() => {})
    const plan = preview(await session.prepare(fromPer))
    expect(started).toHaveLength(1)
    expect(plan.conflicts.map((c) => c.id)).toEqual([bygg.id])
  })

  it('sends what it writes when this laptop began to sync while the preview waited', async () => {
    at(0)
    const db = useDatabase(new NfkDatabase(`kari-${crypto.randomUUID()}`))
    await db.open()
    const kari: Laptop = { name: 'Kari', db, installId: crypto.randomUUID() }
    await db.device.put({ id: 'this', installId: kari.installId, userName: 'Kari', createdAt: nowIso() })
    await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Bygg AS' }))
    const file = await exportHere()
    const envelope = JSON.parse(new TextDecoder().decode(file))
    envelope.data.organisations[0].name = 'Bygg og Anlegg AS'
    envelope.data.organisations[0].updatedAt = new Date(Date.UTC(2026, 10, 30, 10, 2)).toISOString()
    at(5)

    const session = new ImportSession(() => {})
    expect(preview(await session.prepare(new TextEncoder().encode(JSON.stringify(envelope)))).counts.organisations?.changed).toBe(1)
    expect(started).toHaveLength(1)
    const folder = new MemoryFolder()
    await joinSyncFolder(folder.folderId, 'Kari')
    expect(await session.apply(new Map())).toMatchObject({ type: 'applied' })
    await sync(folder, kari)
    await sync(folder, await laptop(folder, 'Ola'))
    expect((await readAllTables()).organisations?.map((o) => o.name)).toEqual(['Bygg og Anlegg AS'])
  })
})
