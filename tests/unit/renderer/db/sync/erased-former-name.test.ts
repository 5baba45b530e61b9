/**
 * An erasure that arrives (by sync or by an imported file) at a laptop whose history quotes the
 * person under a name they had before a rename: the laptop that erased them takes their former names
 * out of its history (privacy-repo), and so must every laptop the erasure reaches, from the history
 * it holds itself. Here Ola (or Per) put the person on a lunch's guest list before the rename reached
 * him: his entry says "Kari Sámi meldt på …", the name Kari's laptop no longer holds anywhere.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { applyImport, readAllTables } from '../../../../../renderer/db/repositories/backup-repo'
import { nowIso } from '../../../../../renderer/db/repositories/base'
import { addGuest } from '../../../../../renderer/db/repositories/lunches-guests-repo'
import { createLunch, inviteOrganisation } from '../../../../../renderer/db/repositories/lunches-repo'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson, updatePerson } from '../../../../../renderer/db/repositories/people-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { planImport } from '../../../../../renderer/domain/backup/plan'
import { applied } from '../repositories/backup/pipeline'
import { made } from '../../db-helpers'
import { exportHere, perFrom, readBack, unsyncedLaptop } from './file-copies'
import { on, sync, twoLaptops, type Laptop } from './memory-folder'

const later = () => vi.advanceTimersByTime(5)
const FORMER = 'Kari Sámi'
const PERSON = { name: FORMER, title: 'Daglig leder', email: 'kari@fjordlys.no', phone: '', roles: ['toppleder' as const] }

/** Fjordlys (approved), Kari Sámi there, and a lunch Fjordlys is invited to: made on the running laptop. */
async function fjordlysAndLunch() {
  const org = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Fjordlys Energi AS' }, { status: 'godkjent', date: '2026-01-10', note: '' }))
  const person = await made(addPerson(org.id, PERSON))
  const lunch = await createLunch({ date: '2026-12-03', startTime: '11:30', endTime: '13:00', place: 'Oslo rådhus', room: 'Festsalen' })
  await made(inviteOrganisation(lunch.id, org.id))
  return { org, person, lunch }
}

/** Every history entry on the running laptop, as text a reader (or a thief of the disk) could read. */
const historyText = async () => JSON.stringify(await db().auditLog.toArray())

describe('an erased person’s former name', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 1, 7) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('leaves the history of a laptop the erasure reaches by sync, where an entry written before the rename arrived quotes it', async () => {
    const { folder, kari, ola, seeded } = await twoLaptops(fjordlysAndLunch)
    // Ola, offline, puts Kari Sámi on the guest list; Kari renames her meanwhile.
    on(ola)
    later()
    const guest = await made(addGuest(seeded.lunch.id, seeded.org.id, { personId: seeded.person.id }))
    on(kari)
    later()
    await made(updatePerson(seeded.person.id, { ...PERSON, name: 'Kari Sámi Nilsen' }))
    await sync(folder, kari)
    await sync(folder, ola)
    // Kari erases her before she has Ola's guest entry.
    on(kari)
    later()
    await erasePerson(seeded.person.id)
    for (let round = 0; round < 3; round++) for (const l of [kari, ola] as Laptop[]) await sync(folder, l)

    for (const l of [kari, ola]) {
      on(l)
      expect(await historyText(), l.name).not.toContain(FORMER)
      expect((await db().auditLog.where('[table+entityId]').equals(['registrations', guest.id]).toArray()).map((e) => e.summary), l.name).toEqual(['slettet person'])
    }
    // The folder no longer holds the entry as Ola first sent it.
    expect(folder.text()).not.toContain(FORMER)
    on(kari)
    const atKari = await db().auditLog.orderBy('id').toArray()
    on(ola)
    expect(await db().auditLog.orderBy('id').toArray()).toEqual(atKari)
  })

  it('leaves the history of a copy the erasure reaches by an imported file, where an entry written before the rename arrived quotes it', async () => {
    await unsyncedLaptop('Kari')
    const kari = db()
    const { org, person, lunch } = await fjordlysAndLunch()
    later()
    // Per's copy, made from Kari's file; he puts Kari Sámi on the guest list.
    await perFrom(await exportHere())
    const per = db()
    later()
    const guest = await made(addGuest(lunch.id, org.id, { personId: person.id }))
    // Kari renames her, and Per merges in Kari's next file: he has the new name now.
    on({ name: 'Kari', db: kari, installId: '' })
    later()
    await made(updatePerson(person.id, { ...PERSON, name: 'Kari Sámi Nilsen' }))
    const renamed = await readBack(await exportHere())
    on({ name: 'Per', db: per, installId: '' })
    await applied(applyImport(planImport(renamed, await readAllTables(), 'merge', { now: nowIso() }), new Map()))
    expect((await db().people.get(person.id))?.name).toBe('Kari Sámi Nilsen')
    // Kari erases her; Per merges in the file that says so.
    on({ name: 'Kari', db: kari, installId: '' })
    later()
    await erasePerson(person.id)
    const erased = await readBack(await exportHere())
    on({ name: 'Per', db: per, installId: '' })
    later()
    await applied(applyImport(planImport(erased, await readAllTables(), 'merge', { now: nowIso() }), new Map()))

    expect(await historyText()).not.toContain(FORMER)
    expect((await db().auditLog.where('[table+entityId]').equals(['registrations', guest.id]).toArray()).map((e) => e.summary)).toEqual(['slettet person'])
  })
})
