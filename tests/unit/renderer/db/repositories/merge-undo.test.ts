import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { setClock } from '../../../../../renderer/db/repositories/base'
import { mergeOrganisations, mergePeople } from '../../../../../renderer/db/repositories/merge-repo'
import { undoMerge } from '../../../../../renderer/db/repositories/merge-undo'
import { freshDatabase, made } from '../../db-helpers'
import { seedDuplicates } from './merge-fixtures'

let minute = 0
const tick = () => setClock(() => new Date(Date.UTC(2027, 2, 10, 9, minute++)))

/** Every row of every table but the history, without the change stamp: what the user sees. */
async function data(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  for (const table of db().tables) {
    if (table.name === 'auditLog') continue
    out[table.name] = (await table.toArray()).map(({ updatedAt: _u, ...rest }: Record<string, unknown>) => rest)
  }
  return out
}

/** Every row as stored, stamps and history included: what "nothing changed" compares. */
async function everything(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  for (const table of db().tables) out[table.name] = await table.toArray()
  return out
}

describe('undoing a duplicate merge right after', () => {
  beforeEach(async () => {
    minute = 0
    await freshDatabase()
    tick()
  })

  it('brings both organisations back as they were, with every moved row back where it was', async () => {
    const s = await seedDuplicates()
    const before = await data()
    tick()
    const done = await made(mergeOrganisations(s.survivor.id, s.other.id, { website: 'other' }))
    expect((await db().people.get(s.ola.id))?.organisationId).toBe(s.survivor.id)
    tick()
    await made(undoMerge(done.undo))
    expect(await data()).toEqual(before)
    const other = await db().organisations.get(s.other.id)
    expect(other?.deletedAt).toBeNull()
    expect(other && 'mergedInto' in other).toBe(false)
    expect((await db().people.get(s.ola.id))?.organisationId).toBe(s.other.id)
    // History keeps both the merge and its undoing.
    const summaries = (await db().auditLog.toArray()).map((e) => e.summary)
    expect(summaries).toContain('Sammenslåingen med Solstrand eiendom ble angret')
  })

  it('refuses, naming the record and changing nothing, when the survivor has changed since', async () => {
    const s = await seedDuplicates()
    const done = await made(mergeOrganisations(s.survivor.id, s.other.id))
    tick()
    const survivor = await db().organisations.get(s.survivor.id)
    await db().organisations.put({ ...survivor!, notes: 'Ringt etter sammenslåingen' })
    const now = await everything()
    const undone = await undoMerge(done.undo)
    expect(undone.ok).toBe(false)
    expect(undone.ok ? '' : undone.message).toBe('Sammenslåingen kan ikke angres: Solstrand Eiendom AS er endret etter at de ble slått sammen. Ingenting er endret.')
    expect(await everything()).toEqual(now)
  })

  it('refuses when a moved row has changed since', async () => {
    const s = await seedDuplicates()
    const done = await made(mergeOrganisations(s.survivor.id, s.other.id))
    tick()
    const registration = await db().registrations.get(s.olaRegistration.id)
    await db().registrations.put({ ...registration!, status: 'avmeldt' })
    const undone = await undoMerge(done.undo)
    expect(undone.ok ? '' : undone.message).toContain('noe som ble flyttet til Solstrand Eiendom AS er endret')
    expect((await db().organisations.get(s.other.id))?.mergedInto).toBe(s.survivor.id)
  })

  it('brings two merged people back, each with their own e-mail and registrations', async () => {
    const s = await seedDuplicates()
    await made(mergeOrganisations(s.survivor.id, s.other.id))
    const before = await data()
    tick()
    const done = await made(mergePeople(s.kari.id, s.kari2.id))
    expect((await db().people.get(s.kari2.id))?.email).toBe('')
    tick()
    await made(undoMerge(done.undo))
    expect(await data()).toEqual(before)
    expect((await db().people.get(s.kari2.id))?.email).toBe('KARI@solstrand.no')
    expect((await db().registrations.get(s.registration.id))?.personId).toBe(s.kari2.id)
  })
})
