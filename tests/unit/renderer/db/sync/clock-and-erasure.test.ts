import { Timestamp } from '@actual-app/crdt'
import { describe, expect, it } from 'vitest'
import { createOrganisation, emptyOrganisationInput, getOrganisation, updateOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson, emptyPersonInput, updatePerson } from '../../../../../renderer/db/repositories/people-repo'
import { readSyncState } from '../../../../../renderer/db/repositories/sync-repo'
import { emptyTrash, trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import { db } from '../../../../../renderer/db/db'
import { nodeIdOf } from '../../../../../renderer/lib/sync/clock'
import { on, sync, twoLaptops } from './memory-folder'
import { made } from '../../db-helpers'

const org = (name: string, notes = '') => ({ ...emptyOrganisationInput(), name, notes })

describe('a laptop whose clock runs ahead', () => {
  it('is refused, named, and its file is applied once its clock is right', async () => {
    const { folder, kari, ola, seeded: o } = await twoLaptops(() => made(createOrganisation(org('Bygg AS'))))
    // Ola's file carries a stamp an hour ahead of Kari's wall clock.
    const ahead = new Timestamp(Date.now() + 60 * 60 * 1000, 0, nodeIdOf(ola.installId)).toString()
    folder.files.set(ola.installId, [
      { installId: ola.installId, userName: 'Ola', appVersion: 'test', seq: 1, writtenAt: new Date().toISOString(), seen: {}, messages: [{ table: 'organisations', row: o.id, field: 'notes', op: 'set', value: 'fra framtiden', timestamp: ahead }] },
    ])
    on(kari)
    const outcome = await sync(folder, kari)
    expect(outcome.problems.join(' ')).toContain('Klokken på «Ola» (maskin')
    expect(outcome.problems.join(' ')).toMatch(/går (59 minutter|1 time) foran/)
    expect((await getOrganisation(o.id))?.notes).toBe('')
    expect((await readSyncState())?.cursors[ola.installId]).toBeUndefined()
    // A local save still works, and wins nothing silently.
    await made(updateOrganisation(o.id, org('Bygg AS', 'lokal')))
    expect((await getOrganisation(o.id))?.notes).toBe('lokal')
  })
})

describe('an emptied trash', () => {
  it('wins over an edit made on another laptop, before or after it', async () => {
    const { folder, kari, ola, seeded: [o, p] } = await twoLaptops(async () => {
      const bygg = await made(createOrganisation(org('Hemmelig Bygg AS')))
      return [bygg, await made(addPerson(bygg.id, { ...emptyPersonInput(), name: 'Hemmelig Person', email: 'hemmelig@bygg.no', roles: ['klimakontakt'] }))] as const
    })
    on(kari)
    await trashOrganisation(o.id)
    await emptyTrash()
    on(ola)
    await made(updatePerson(p.id, { name: 'Hemmelig Person', title: 'Daglig leder', email: 'ny@bygg.no', phone: '', roles: ['toppleder'] }))
    await made(updateOrganisation(o.id, org('Hemmelig Bygg AS', 'Ringes i januar')))
    for (const l of [ola, kari, ola, kari, ola]) await sync(folder, l)
    for (const l of [kari, ola]) {
      on(l)
      const person = await db().people.get(p.id)
      expect([person?.name, person?.email, person?.title, person?.roles]).toEqual(['', '', '', []])
      expect((await getOrganisation(o.id))?.name).toBe('')
      expect((await getOrganisation(o.id))?.notes).toBe('')
    }
    // The organisation's name stays in its own history (as on one laptop); its people are gone from the folder.
    for (const trace of ['Hemmelig Person', 'hemmelig@bygg.no', 'ny@bygg.no', 'Daglig leder']) expect(folder.text()).not.toContain(trace)
  })
})
