import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useDatabase } from '../../../../../renderer/db/db'
import { applyImport, exportDatabase, readAllTables, recordExport } from '../../../../../renderer/db/repositories/backup-repo'
import { nowIso, setClock } from '../../../../../renderer/db/repositories/base'
import { createOrganisation, emptyOrganisationInput, getOrganisation, updateOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { localFieldTimes } from '../../../../../renderer/db/repositories/sync-import-repo'
import { NfkDatabase } from '../../../../../renderer/db/schema'
import type { Organisation } from '../../../../../renderer/db/models'
import { encodeEnvelope, type Envelope } from '../../../../../renderer/domain/backup/envelope'
import { planImport } from '../../../../../renderer/domain/backup/plan'
import { readExportFile } from '../../../../../renderer/domain/backup/read-file'
import { mergeConflictsByField } from '../../../../../renderer/domain/sync/import-merge'
import { applied } from '../repositories/backup/pipeline'
import { made } from '../../db-helpers'
import { laptop, MemoryFolder, on, sync, type Laptop } from './memory-folder'

const at = (minute: number) => vi.setSystemTime(new Date(Date.UTC(2026, 10, 30, 10, minute)))
const input = (o: Organisation, change: Partial<Organisation>) => ({ ...emptyOrganisationInput(), name: o.name, address: o.address, website: o.website, notes: o.notes, ...change })

async function exportHere(): Promise<Envelope> {
  const envelope = await exportDatabase({ appVersion: 'test' })
  await recordExport(envelope)
  const read = await readExportFile(encodeEnvelope(envelope))
  if (!read.ok) throw new Error(read.problem.message)
  return read.envelope
}

/** Per's copy: made from Kari's export and never synced, as a file sent by e-mail. */
async function perFrom(file: Envelope): Promise<NfkDatabase> {
  const per = useDatabase(new NfkDatabase(`per-${crypto.randomUUID()}`))
  await per.open()
  await per.device.put({ id: 'this', installId: crypto.randomUUID(), userName: 'Per', createdAt: nowIso() })
  await applied(applyImport(planImport(file, await readAllTables(), 'replace', { now: nowIso() }), new Map()))
  return per
}

async function mergeOnKari(kari: Laptop, file: Envelope) {
  on(kari)
  const plan = planImport(file, await readAllTables(), 'merge', { now: nowIso() })
  return { plan, byField: mergeConflictsByField(plan, await localFieldTimes(plan)) }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  setClock(() => new Date())
})
afterEach(() => {
  vi.useRealTimers()
})

describe('a merge import on a synced laptop settles rows changed on both sides field by field', () => {
  it('keeps this laptop’s later edit of one field and takes the file’s edit of another, with no question, and sends the result', async () => {
    at(0)
    const folder = new MemoryFolder()
    const kari = await laptop(folder, 'Kari')
    const bygg = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Bygg AS', notes: 'Første møte' }))
    at(5)
    const shared = await exportHere()
    const per = await perFrom(shared)
    at(10)
    await made(updateOrganisation(bygg.id, input((await getOrganisation(bygg.id)) as Organisation, { notes: 'Per ringte' })))
    at(15)
    const fromPer = await exportHere()
    useDatabase(per)

    on(kari)
    at(20)
    await made(updateOrganisation(bygg.id, input((await getOrganisation(bygg.id)) as Organisation, { website: 'https://bygg.no' })))
    at(25)
    const { plan, byField } = await mergeOnKari(kari, fromPer)
    // Row by row, this is a question; field by field, it is none.
    expect(plan.conflicts.map((c) => c.id)).toEqual([bygg.id])
    expect(byField.conflicts).toEqual([])
    await applied(applyImport(byField, new Map()))
    const merged = await getOrganisation(bygg.id)
    expect(merged?.notes).toBe('Per ringte')
    expect(merged?.website).toBe('https://bygg.no')

    // The import's writes travel as field messages: another laptop ends with both edits.
    await sync(folder, kari)
    const ola = await laptop(folder, 'Ola')
    await sync(folder, ola)
    expect(await getOrganisation(bygg.id)).toMatchObject({ notes: 'Per ringte', website: 'https://bygg.no' })
  })

  it('asks only about a field either side may have changed last, keeping the undisputed fields whichever side is chosen', async () => {
    at(0)
    const folder = new MemoryFolder()
    const kari = await laptop(folder, 'Kari')
    const bygg = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Bygg AS', notes: 'Første møte' }))
    at(5)
    const shared = await exportHere()
    const per = await perFrom(shared)
    on(kari)
    at(8)
    await made(updateOrganisation(bygg.id, input((await getOrganisation(bygg.id)) as Organisation, { notes: 'Kari ringte' })))
    useDatabase(per)
    at(10)
    await made(updateOrganisation(bygg.id, input((await getOrganisation(bygg.id)) as Organisation, { notes: 'Per ringte', website: 'https://bygg.no' })))
    at(15)
    const fromPer = await exportHere()

    at(25)
    const { byField } = await mergeOnKari(kari, fromPer)
    expect(byField.conflicts).toHaveLength(1)
    const [conflict] = byField.conflicts
    expect(conflict?.local).toMatchObject({ notes: 'Kari ringte', website: 'https://bygg.no' })
    expect(conflict?.incoming).toMatchObject({ notes: 'Per ringte', website: 'https://bygg.no' })
    await applied(applyImport(byField, new Map([[conflict?.key as string, 'local']])))
    expect(await getOrganisation(bygg.id)).toMatchObject({ notes: 'Kari ringte', website: 'https://bygg.no' })
  })

  it('changes nothing for a laptop that does not sync: a row changed on both sides stays one question', async () => {
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
    const plan = planImport(fromPer, await readAllTables(), 'merge', { now: nowIso() })
    expect(plan.conflicts.map((c) => c.id)).toEqual([bygg.id])
    expect(mergeConflictsByField(plan, await localFieldTimes(plan)).conflicts).toEqual(plan.conflicts)
  })
})
