import { Timestamp } from '@actual-app/crdt'
import { describe, expect, it } from 'vitest'
import { createOrganisation, emptyOrganisationInput, getOrganisation, updateOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson, emptyPersonInput, updatePerson } from '../../../../../renderer/db/repositories/people-repo'
import { readSyncState } from '../../../../../renderer/db/repositories/sync-repo'
import { emptyTrash, trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { db } from '../../../../../renderer/db/db'
import { createEvent } from '../../../../../renderer/db/repositories/events-repo'
import { checkInWalkIn } from '../../../../../renderer/db/repositories/registrations-repo'
import { emptyEventForm } from '../../../../../renderer/domain/event/event-form'
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

describe('an erasure', () => {
  it('anonymises a history entry about the erased person that arrives after it, at once', async () => {
    const { folder, kari, ola, seeded: p } = await twoLaptops(async () => {
      const o = await made(createOrganisation(org('Bygg AS')))
      return made(addPerson(o.id, { ...emptyPersonInput(), name: 'Hemmelig Person', email: 'hemmelig@bygg.no', roles: ['klimakontakt'] }))
    })
    on(kari)
    await erasePerson(p.id)
    // Ola has not seen the erasure: the change writes a history entry about the person.
    on(ola)
    await made(updatePerson(p.id, { name: 'Hemmelig Person', title: 'Daglig leder', email: 'hemmelig@bygg.no', phone: '', roles: ['toppleder'] }))
    await sync(folder, ola)
    await sync(folder, kari)
    const about = (await db().auditLog.toArray()).filter((e) => e.entityId === p.id)
    expect(about.length).toBeGreaterThan(0)
    for (const e of about) expect(JSON.stringify([e.summary, e.changes])).not.toMatch(/Hemmelig Person|hemmelig@bygg\.no|Daglig leder/)
  })
})

describe('an emptied trash', () => {
  it('anonymises a history entry about the emptied organisation that arrives after it, at once', async () => {
    const { folder, kari, ola, seeded: o } = await twoLaptops(() => made(createOrganisation(org('Hemmelig Bygg AS'))))
    on(kari)
    await trashOrganisation(o.id)
    await emptyTrash()
    // Ola has not seen the emptied trash: the edit writes a history entry naming the organisation.
    on(ola)
    await made(updateOrganisation(o.id, org('Hemmelig Bygg AS', 'Ringes i januar')))
    await sync(folder, ola)
    on(kari)
    await sync(folder, kari)
    const olas = (await db().auditLog.toArray()).filter((e) => e.entityId === o.id && e.installId === ola.installId)
    expect(olas.length).toBeGreaterThan(0)
    for (const e of olas) expect(JSON.stringify([e.summary, e.changes])).not.toMatch(/Hemmelig Bygg AS|Ringes i januar/)
  })
})

describe('a walk-in checked in for an organisation emptied elsewhere', () => {
  it('is erased on arrival, and the check-in history naming the guest with it', async () => {
    const { folder, kari, ola, seeded: [o, event] } = await twoLaptops(() =>
      Promise.all([made(createOrganisation(org('Bygg AS'))), made(createEvent({ ...emptyEventForm(), title: 'Nettverksmøte', date: '01.12.2026', startTime: '09.00', endTime: '11.00', place: 'Rådhuset' }))]),
    )
    on(kari)
    await trashOrganisation(o.id)
    await emptyTrash()
    // Ola has not seen the emptied trash: the guest and the history naming them arrive at Kari together.
    on(ola)
    await checkInWalkIn({ eventId: event.id, name: 'Gjest Hemmelig', organisationId: o.id })
    await sync(folder, ola)
    on(kari)
    await sync(folder, kari)
    const olas = (await db().auditLog.toArray()).filter((e) => e.installId === ola.installId)
    expect(olas.length).toBeGreaterThan(0)
    for (const e of olas) expect(JSON.stringify([e.summary, e.changes])).not.toContain('Gjest Hemmelig')
  })
})
