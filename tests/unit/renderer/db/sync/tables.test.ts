import { describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { logInvitationFiles } from '../../../../../renderer/db/repositories/invitation-log-repo'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson, emptyPersonInput } from '../../../../../renderer/db/repositories/people-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { made } from '../../db-helpers'
import { DATA_TABLES, LOCAL_TABLES } from '../../../../../renderer/db/schema'
import { isSyncedTable } from '../../../../../renderer/domain/sync/fields'
import { UNSYNCED_DATA_TABLES } from '../../../../../renderer/domain/sync/laptop-tables'
import { rowFor, SEEDED } from '../../domain/backup/seed'
import { laptop, MemoryFolder, on, sync } from './memory-folder'

describe('which tables sync covers', () => {
  it('sends every table of the secretariat’s data, and none of this laptop’s own', () => {
    for (const table of LOCAL_TABLES) expect(isSyncedTable(table), table).toBe(false)
    // syncLog is each laptop's own record of its exports and imports; every other data table travels.
    expect(UNSYNCED_DATA_TABLES).toEqual(['syncLog'])
    for (const table of DATA_TABLES) expect(isSyncedTable(table), table).toBe(table !== 'syncLog')
  })

  it('knows every table of the schema as synced data, data kept apart, or this laptop’s own', () => {
    const local: readonly string[] = LOCAL_TABLES
    const apart: readonly string[] = UNSYNCED_DATA_TABLES
    const data: readonly string[] = DATA_TABLES
    const kind = (table: string) => (local.includes(table) ? 'laptop' : apart.includes(table) && data.includes(table) ? 'apart' : data.includes(table) ? 'synced' : 'neither')
    // A table added to the schema but to neither list would travel by default: this names it.
    const tables = db().tables.map((t) => t.name)
    expect(tables.filter((t) => kind(t) === 'neither')).toEqual([])
    for (const table of tables) expect(isSyncedTable(table), table).toBe(kind(table) === 'synced')
  })

  it('brings an application and an invitation log line to the other laptop, but never a guest’s dietary needs', async () => {
    const folder = new MemoryFolder()
    const kari = await laptop(folder, 'Kari')
    const ola = await laptop(folder, 'Ola')
    on(kari)
    await db().applications.put(rowFor('applications') as never)
    const [line] = await logInvitationFiles(
      SEEDED.event,
      'invitation',
      [{ registrationId: null, personId: SEEDED.person, recipientName: 'Áile Ŋuolla', organisationName: 'Ørsted Čáhppes AS', email: 'aile@example.no', fileName: 'Áile Ŋuolla.eml' }],
      null,
    )
    await db().diets.put({ id: SEEDED.registration, eventId: SEEDED.event, personId: SEEDED.person, needs: ['Nøtteallergi'], note: 'Alvorlig', deleteOn: '2026-12-08', updatedAt: new Date().toISOString() })
    expect(await sync(folder, kari)).toMatchObject({ ran: true, problems: [] })
    expect(folder.text()).not.toContain('Nøtteallergi')
    expect(folder.text()).not.toContain('Alvorlig')

    await sync(folder, ola)
    const application = (await db().applications.toArray())[0]
    expect(application?.answers).toEqual([{ question: 'Ønsker å bli', answer: 'Medlem' }])
    expect(await db().invitationLog.get(line?.id as string)).toMatchObject({ recipientName: 'Áile Ŋuolla', email: 'aile@example.no', kind: 'invitation' })
    expect(await db().diets.count()).toBe(0)
  })

  it('takes an erased person’s name, address and file name out of the invitation log, in the folder and on the other laptop, and their dietary needs there', async () => {
    const folder = new MemoryFolder()
    const kari = await laptop(folder, 'Kari')
    const org = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Bygg AS' }))
    const p = await made(addPerson(org.id, { ...emptyPersonInput(), name: 'Hemmelig Hansen', email: 'hemmelig@bygg.no', roles: ['klimakontakt'] }))
    const [line] = await logInvitationFiles(
      SEEDED.event,
      'invitation',
      [{ registrationId: null, personId: p.id, recipientName: 'Hemmelig Hansen', organisationName: 'Bygg AS', email: 'hemmelig@bygg.no', fileName: 'Hemmelig Hansen.eml' }],
      null,
    )
    await sync(folder, kari)
    const ola = await laptop(folder, 'Ola')
    await sync(folder, ola)
    expect(folder.text()).toContain('hemmelig@bygg.no')
    await db().diets.put({ id: SEEDED.registration, eventId: SEEDED.event, personId: p.id, needs: ['Glutenfri'], note: '', deleteOn: '2026-12-08', updatedAt: new Date().toISOString() })

    on(kari)
    await erasePerson(p.id)
    await sync(folder, kari)
    expect(folder.text()).not.toContain('hemmelig@bygg.no')
    expect(folder.text()).not.toContain('Hemmelig Hansen')
    await sync(folder, ola)
    expect(await db().invitationLog.get(line?.id as string)).toMatchObject({ recipientName: 'slettet person', email: '', fileName: '', kind: 'invitation' })
    // Ola's own note of the guest's needs goes with the erasure, as it would on Kari's laptop.
    expect(await db().diets.count()).toBe(0)
  })
})
