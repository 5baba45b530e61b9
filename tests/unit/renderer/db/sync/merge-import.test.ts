import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useDatabase } from '../../../../../renderer/db/db'
import { applyImport, readAllTables } from '../../../../../renderer/db/repositories/backup-repo'
import { nowIso, setClock } from '../../../../../renderer/db/repositories/base'
import { createOrganisation, emptyOrganisationInput, getOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { localFieldTimes } from '../../../../../renderer/db/repositories/sync-import-repo'
import { planImport } from '../../../../../renderer/domain/backup/plan'
import { mergeConflictsByField } from '../../../../../renderer/domain/sync/import-merge'
import { applied } from '../repositories/backup/pipeline'
import { made } from '../../db-helpers'
import { at, byggChangedOnBoth, changeOrganisation, exportHere, perFrom, readBack, unsyncedLaptop } from './file-copies'
import { laptop, MemoryFolder, on, sync, type Laptop } from './memory-folder'

async function mergeOnKari(kari: Laptop, bytes: Uint8Array) {
  const file = await readBack(bytes)
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
    const { bygg, fromPer } = await byggChangedOnBoth()
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
    await changeOrganisation(bygg.id, { notes: 'Kari ringte' })
    useDatabase(per)
    at(10)
    await changeOrganisation(bygg.id, { notes: 'Per ringte', website: 'https://bygg.no' })
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
    await unsyncedLaptop('Kari')
    const { bygg, fromPer: bytes } = await byggChangedOnBoth()
    const fromPer = await readBack(bytes)
    const plan = planImport(fromPer, await readAllTables(), 'merge', { now: nowIso() })
    expect(plan.conflicts.map((c) => c.id)).toEqual([bygg.id])
    expect(mergeConflictsByField(plan, await localFieldTimes(plan)).conflicts).toEqual(plan.conflicts)
  })
})
