/**
 * The import session on a synced laptop (issue 16 meets issue 17): the merge still settles rows
 * changed on both sides field by field, and the import runs in the worker with the worker's own
 * copy of the sync clock; the page's clock takes over the later one the worker saved.
 */
import { getClock, setClock as setSyncClock } from '@actual-app/crdt'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readAllTables } from '../../../../../renderer/db/repositories/backup-repo'
import { setClock } from '../../../../../renderer/db/repositories/base'
import { createOrganisation, emptyOrganisationInput, getOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { joinSyncFolder } from '../../../../../renderer/db/repositories/sync-repo'
import { createImportCore, type ImportReply, type ImportRequest } from '../../../../../renderer/features/data/import-core'
import { ImportSession, type Ending } from '../../../../../renderer/features/data/import-session'
import { at, byggChangedOnBoth, changeOrganisation, exportHere, unsyncedLaptop } from '../../db/sync/file-copies'
import { laptop, MemoryFolder, sync } from '../../db/sync/memory-folder'
import { made } from '../../db-helpers'

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
    const { bygg, fromPer } = await byggChangedOnBoth()
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
    await changeOrganisation(bygg.id, { name: 'Bygg Øst AS' })

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
    await unsyncedLaptop('Kari')
    const { bygg, fromPer } = await byggChangedOnBoth()
    const session = new ImportSession(() => {})
    const plan = preview(await session.prepare(fromPer))
    expect(started).toHaveLength(1)
    expect(plan.conflicts.map((c) => c.id)).toEqual([bygg.id])
  })

  it('sends what it writes when this laptop began to sync while the preview waited', async () => {
    at(0)
    const kari = await unsyncedLaptop('Kari')
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
