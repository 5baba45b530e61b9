/**
 * What the history says once something is deleted for good: emptying the trash leaves "slettet
 * virksomhet" where the organisation was (its page's history, a lunch that invited it), erasing a
 * person leaves "slettet person" (also in an organisation's history that named them), and an
 * import of an older file writes the same words.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../../../renderer/db/db'
import { historyOf, setClock } from '../../../../../../renderer/db/repositories/base'
import { exportDatabase } from '../../../../../../renderer/db/repositories/backup-repo'
import { recordHistory } from '../../../../../../renderer/db/repositories/history-repo'
import { createLunch, inviteOrganisation } from '../../../../../../renderer/db/repositories/lunches-repo'
import { createOrganisation, emptyOrganisationInput, updateOrganisation } from '../../../../../../renderer/db/repositories/organisations-repo'
import { addPerson } from '../../../../../../renderer/db/repositories/people-repo'
import { erasePerson } from '../../../../../../renderer/db/repositories/privacy-repo'
import { emptyTrash, trashOrganisation } from '../../../../../../renderer/db/repositories/trash-repo'
import { encodeEnvelope } from '../../../../../../renderer/domain/backup/envelope'
import { ERASE_SUMMARY, ORGANISATION_ERASE_SUMMARY } from '../../../../../../renderer/domain/backup/erasure-ledger'
import { freshDatabase, made } from '../../../db-helpers'
import { importBytes } from './pipeline'

let minute = 0
beforeEach(async () => {
  minute = 0
  setClock(() => new Date(Date.UTC(2026, 10, 1, 8, minute++)))
  await freshDatabase()
})

const INPUT = { ...emptyOrganisationInput(), name: 'Fjordlys Energi AS', orgNumber: '923456783' }

/** Fjordlys with Ola, a status event and a note; Kari at another organisation, named in Fjordlys's notes; a lunch inviting Fjordlys. */
async function seed() {
  const org = await made(createOrganisation(INPUT, { status: 'godkjent', date: '2026-01-10', note: 'Godkjent i styret' }))
  const ola = await made(addPerson(org.id, { name: 'Ola Nordmann', title: 'Leder', email: 'ola@fjordlys.no', phone: '', roles: ['toppleder'] }))
  const other = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Havbris AS' }))
  const kari = await made(addPerson(other.id, { name: 'Kari Sámi', title: '', email: 'kari@havbris.no', phone: '', roles: ['toppleder'] }))
  await made(updateOrganisation(org.id, { ...INPUT, notes: 'Kontakt hos Havbris: Kari Sámi' }))
  const lunch = await createLunch({ date: '2026-12-03', startTime: '11:30', endTime: '13:00', place: 'Oslo rådhus', room: 'Festsalen' })
  await made(inviteOrganisation(lunch.id, org.id))
  return { org, ola, other, kari, lunch }
}

/** The summaries a reader sees, oldest first. */
const summaries = async (table: 'organisations' | 'people' | 'events', id: string) =>
  (table === 'events' ? await historyOf('events', id) : await recordHistory(table, id)).map((e) => e.summary).toReversed()
const byTable = async (table: string) => (await db().auditLog.where('table').equals(table).toArray()).map((e) => e.summary)

describe('the history after deleting for good', () => {
  it('says «slettet virksomhet» in the emptied organisation’s history and where a lunch invited it, «slettet person» for its people', async () => {
    const { org, ola, lunch } = await seed()
    await trashOrganisation(org.id)
    await emptyTrash()
    const own = await summaries('organisations', org.id)
    expect(own.at(-1)).toBe(ORGANISATION_ERASE_SUMMARY)
    expect(new Set(own.slice(0, -1))).toEqual(new Set(['slettet virksomhet']))
    expect(await summaries('events', lunch.id)).toContain('slettet virksomhet')
    expect(await summaries('events', lunch.id)).not.toContain('slettet person')
    expect(await byTable('statusEvents')).toEqual(expect.arrayContaining(['slettet virksomhet']))
    expect(new Set(await summaries('people', ola.id))).toEqual(new Set(['slettet person']))
  })

  it('says «slettet person» in a live organisation’s history that named the erased person', async () => {
    const { org, other, kari } = await seed()
    await erasePerson(kari.id)
    // Havbris's "Person lagt til: Kari Sámi", and Fjordlys's note that named her.
    const havbris = await summaries('organisations', other.id)
    expect(havbris.at(-1)).toBe('slettet person')
    expect(JSON.stringify(havbris)).not.toContain('Kari')
    const fjordlys = await summaries('organisations', org.id)
    expect(fjordlys).toContain('slettet person')
    expect(fjordlys).not.toContain('slettet virksomhet')
    expect(await summaries('people', kari.id)).toEqual(['slettet person', ERASE_SUMMARY])
  })

  it('says «slettet virksomhet» in the organisation’s entry naming a person erased too, whichever was deleted first', async () => {
    const { org, kari } = await seed()
    await erasePerson(kari.id)
    await trashOrganisation(org.id)
    await emptyTrash()
    const personFirst = await summaries('organisations', org.id)

    await freshDatabase()
    const again = await seed()
    await trashOrganisation(again.org.id)
    await emptyTrash()
    await erasePerson(again.kari.id)
    expect(await summaries('organisations', again.org.id)).toEqual(personFirst)
    expect(personFirst).not.toContain('slettet person')
  })

  it('writes the same words when a file from before the emptying is imported again', async () => {
    const { org, lunch } = await seed()
    const older = encodeEnvelope(await exportDatabase({ appVersion: '1' }))
    await trashOrganisation(org.id)
    await emptyTrash()
    // "Erstatt alt" takes the file's history, which ends before the trash (and its entries).
    const read = async () => [[...new Set(await summaries('organisations', org.id))].filter((s) => s !== ORGANISATION_ERASE_SUMMARY), await summaries('events', lunch.id), (await byTable('people')).sort()]
    const emptied = await read()
    expect(emptied[0]).toEqual(['slettet virksomhet'])
    for (const how of ['merge', 'replace'] as const) {
      expect(await importBytes(older, how)).toBe('applied')
      expect(await read(), how).toEqual(emptied)
    }
  })
})
