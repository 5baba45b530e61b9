/**
 * The wording rule of quoted-wording.test.ts where the erasure arrives by an imported file: Per's
 * copy (never synced) merges in Kari's file that erases Kari Sámi, whose lunch entry also quotes
 * Fjordlys; when Per empties Fjordlys from his trash later, the entry says «slettet virksomhet», as
 * on a copy that emptied Fjordlys first. Before, the import anonymised it for the person without
 * keeping the organisation it quoted, and it said «slettet person» for good there.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { applyImport, readAllTables } from '../../../../../renderer/db/repositories/backup-repo'
import { newId, nowIso } from '../../../../../renderer/db/repositories/base'
import { createLunch, updateLunch } from '../../../../../renderer/db/repositories/lunches-repo'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson } from '../../../../../renderer/db/repositories/people-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { emptyTrash, trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import { planImport } from '../../../../../renderer/domain/backup/plan'
import { applied } from '../repositories/backup/pipeline'
import { made } from '../../db-helpers'
import { exportHere, perFrom, readBack, unsyncedLaptop } from './file-copies'
import { on } from './memory-folder'

const later = () => vi.advanceTimersByTime(5)

describe('an entry quoting an emptied organisation and a person erased by an imported file', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 1, 7) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('says «slettet virksomhet» once the organisation is emptied on the copy that merged in the erasure', async () => {
    await unsyncedLaptop('Kari')
    const kari = db()
    const fjordlys = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Fjordlys Energi AS', orgNumber: '923456783' }))
    const havbris = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Havbris AS' }))
    const person = await made(addPerson(havbris.id, { name: 'Kari Sámi', title: '', email: 'kari@havbris.no', phone: '', roles: ['toppleder'] }))
    const lunch = await createLunch({ date: '2026-12-03', startTime: '11:30', endTime: '13:00', place: 'Oslo rådhus', room: 'Festsalen' })
    later()
    await perFrom(await exportHere())
    const per = db()
    // Per's own lunch entry names Kari Sámi and, in its changes, Fjordlys.
    later()
    await updateLunch(lunch.id, { lunch: { hosts: [{ id: newId(), name: 'Kari Sámi', title: 'Styreleder i Fjordlys Energi AS' }] } }, 'Vert Kari Sámi lagt til')
    const entry = (await db().auditLog.filter((e) => e.summary === 'Vert Kari Sámi lagt til').first())?.id as string
    on({ name: 'Kari', db: kari, installId: '' })
    later()
    await erasePerson(person.id)
    const erased = await readBack(await exportHere())
    on({ name: 'Per', db: per, installId: '' })
    later()
    await applied(applyImport(planImport(erased, await readAllTables(), 'merge', { now: nowIso() }), new Map()))
    expect((await db().auditLog.get(entry))?.summary).toBe('slettet person')
    later()
    await trashOrganisation(fjordlys.id)
    await emptyTrash()
    expect((await db().auditLog.get(entry))?.summary).toBe('slettet virksomhet')
  })
})
