import { beforeEach, describe, expect, it } from 'vitest'
import { useDatabase } from '../../../../../../renderer/db/db'
import { applyImport, readAllTables } from '../../../../../../renderer/db/repositories/backup-repo'
import { nowIso, setClock } from '../../../../../../renderer/db/repositories/base'
import type { NfkDatabase } from '../../../../../../renderer/db/schema'
import type { Envelope, Row } from '../../../../../../renderer/domain/backup/envelope'
import { planImport, planImportInSlices, type Conflict, type Resolution } from '../../../../../../renderer/domain/backup/plan'
import { freshDatabase } from '../../../db-helpers'
import { applied, exportFrom as exportFromAt } from './pipeline'
import { organisation } from '../../../domain/backup/seed'

let minute = 0
const tick = () => setClock(() => new Date(Date.UTC(2026, 10, 1, 8, minute++)))

const exportFrom = (copy: NfkDatabase) => exportFromAt(copy, tick)

async function importInto(copy: NfkDatabase, envelope: Envelope, mode: 'merge' | 'replace', choose: (c: Conflict) => Resolution = (c) => c.newer) {
  useDatabase(copy)
  tick()
  const plan = planImport(envelope, await readAllTables(), mode, { now: nowIso() })
  await applied(applyImport(plan, new Map(plan.conflicts.map((c) => [c.key, choose(c)]))))
  return plan
}

async function edit(copy: NfkDatabase, id: string, change: Row) {
  tick()
  const at = new Date(Date.UTC(2026, 10, 1, 8, minute++)).toISOString()
  const row = await copy.organisations.get(id)
  await copy.organisations.put({ ...row!, ...change, updatedAt: at })
}

const names = async (copy: NfkDatabase) =>
  Object.fromEntries((await copy.organisations.toArray()).map((o) => [o.id, o.deletedAt ? `${o.name} (slettet)` : o.name]))

describe('merging copies edited apart', () => {
  beforeEach(() => {
    minute = 0
  })

  it('merges three copies pairwise into one: no edit lost, no deleted record back, each true conflict shown once', async () => {
    const a = await freshDatabase()
    const orgs = ['Én AS', 'To AS', 'Tre AS', 'Fire AS', 'Fem AS'].map((n) => organisation(n))
    await a.organisations.bulkPut(orgs as never[])
    const [o1, o2, o3, o4, o5] = orgs.map((o) => String(o.id)) as [string, string, string, string, string]
    const start = await exportFrom(a)
    const b = await freshDatabase()
    await importInto(b, start, 'replace')
    const c = await freshDatabase()
    await importInto(c, start, 'replace')

    // Apart: A renames 1 and deletes 2; B renames 1 too and 3; C deletes 3 and renames 4. Each adds one.
    await edit(a, o1, { name: 'Én (A)' })
    await edit(a, o2, { deletedAt: new Date(Date.UTC(2026, 10, 1, 9)).toISOString() })
    await a.organisations.put(organisation('Ny hos A') as never)
    await edit(b, o1, { name: 'Én (B)' })
    await edit(b, o3, { name: 'Tre (B)' })
    await b.organisations.put(organisation('Ny hos B') as never)
    await edit(c, o3, { deletedAt: new Date(Date.UTC(2026, 10, 1, 9)).toISOString() })
    await edit(c, o4, { name: 'Fire (C)' })
    await c.organisations.put(organisation('Ny hos C') as never)

    const shown: string[] = []
    const fromB = await importInto(a, await exportFrom(b), 'merge', () => 'incoming')
    shown.push(...fromB.conflicts.map((x) => x.id))
    expect(fromB.conflicts.map((x) => [x.local.name, x.incoming.name])).toEqual([['Én (A)', 'Én (B)']])
    const fromC = await importInto(a, await exportFrom(c), 'merge', () => 'incoming')
    shown.push(...fromC.conflicts.map((x) => x.id))
    expect(fromC.conflicts.map((x) => [x.local.name, x.incoming.deletedAt !== null])).toEqual([['Tre (B)', true]])

    const merged = await exportFrom(a)
    const backToB = await importInto(b, merged, 'merge')
    const backToC = await importInto(c, merged, 'merge')
    shown.push(...backToB.conflicts.map((x) => x.id), ...backToC.conflicts.map((x) => x.id))
    // And once more round, as the secretariat would: nothing new, nothing in conflict.
    const again = await importInto(a, await exportFrom(b), 'merge')
    shown.push(...again.conflicts.map((x) => x.id))

    expect(shown).toEqual([o1, o3])
    const expected = await names(a)
    expect(expected).toMatchObject({
      [o1]: 'Én (B)',
      [o2]: 'To AS (slettet)',
      [o3]: 'Tre AS (slettet)',
      [o4]: 'Fire (C)',
      [o5]: 'Fem AS',
    })
    expect(Object.values(expected)).toEqual(expect.arrayContaining(['Ny hos A', 'Ny hos B', 'Ny hos C']))
    expect(await names(b)).toEqual(expected)
    expect(await names(c)).toEqual(expected)
  })

  it('takes the newer side when only one copy changed a row, and keeps local edits the file lacks', async () => {
    const a = await freshDatabase()
    const org = organisation('Felles AS')
    await a.organisations.put(org as never)
    const start = await exportFrom(a)
    const b = await freshDatabase()
    await importInto(b, start, 'replace')
    await edit(b, String(org.id), { name: 'Endret hos B' })
    const plan = await importInto(a, await exportFrom(b), 'merge')
    expect(plan.counts.organisations).toMatchObject({ changed: 1, conflicts: 0 })
    expect((await a.organisations.get(String(org.id)))?.name).toBe('Endret hos B')

    await edit(a, String(org.id), { name: 'Endret hos A etterpå' })
    const older = await importInto(a, start, 'merge')
    expect(older.counts.organisations).toMatchObject({ keptLocal: 1, conflicts: 0 })
    expect((await a.organisations.get(String(org.id)))?.name).toBe('Endret hos A etterpå')
  })
})

describe('planning in slices', () => {
  it('gives the same plan as planning in one go, with progress', async () => {
    const a = await freshDatabase()
    await a.organisations.bulkPut(Array.from({ length: 12_000 }, (_, i) => organisation(`Org ${i}`)) as never[])
    const envelope = await exportFrom(a)
    await a.organisations.update(String(envelope.data.organisations?.[5]?.id), { name: 'Endret', updatedAt: '2026-11-20T00:00:00.000Z' })
    const local = await readAllTables()
    const seen: number[] = []
    const now = { now: '2026-11-28T12:00:00.000Z' }
    const sliced = await planImportInSlices(envelope, local, 'merge', (done) => seen.push(done), now)
    expect(sliced).toEqual(planImport(envelope, local, 'merge', now))
    expect(sliced.counts.organisations).toMatchObject({ identical: 11_999, keptLocal: 1 })
    expect(seen).toEqual([5_000, 10_000])
  })
})
