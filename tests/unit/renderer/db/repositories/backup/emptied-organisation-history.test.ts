/**
 * Emptying the trash erases an organisation for good: none of its field values may survive, not in
 * its own history (its page's history view), not in the history of records that quote it (a lunch's
 * "«name» invitert"), not in an export, not after an older file is imported again.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../../../renderer/db/db'
import { historyOf, setClock } from '../../../../../../renderer/db/repositories/base'
import { exportDatabase } from '../../../../../../renderer/db/repositories/backup-repo'
import { recordHistory } from '../../../../../../renderer/db/repositories/history-repo'
import { createLunch, inviteOrganisation } from '../../../../../../renderer/db/repositories/lunches-repo'
import { createOrganisation, emptyOrganisationInput, updateOrganisation } from '../../../../../../renderer/db/repositories/organisations-repo'
import { mergeOrganisations } from '../../../../../../renderer/db/repositories/merge-repo'
import { emptyTrash, trashOrganisation } from '../../../../../../renderer/db/repositories/trash-repo'
import { encodeEnvelope } from '../../../../../../renderer/domain/backup/envelope'
import { ORGANISATION_ERASE_SUMMARY } from '../../../../../../renderer/domain/backup/erasure-ledger'
import { freshDatabase, made } from '../../../db-helpers'
import { importBytes } from './pipeline'

let minute = 0
beforeEach(async () => {
  minute = 0
  setClock(() => new Date(Date.UTC(2026, 10, 1, 8, minute++)))
  await freshDatabase()
})

/** What the organisation held: each must be gone once the trash is emptied. */
const VALUES = ['Fjordlys Energi', '923456783', 'fjordlys.example.no', 'Nei takk til kontrakt i år']

async function seed() {
  const input = { ...emptyOrganisationInput(), name: 'Fjordlys Energi AS', orgNumber: '923456783' }
  const org = await made(createOrganisation(input, { status: 'godkjent', date: '2026-01-10', note: '' }))
  await made(updateOrganisation(org.id, { ...input, website: 'https://fjordlys.example.no', notes: 'Nei takk til kontrakt i år' }))
  const lunch = await createLunch({ date: '2026-12-03', startTime: '11:30', endTime: '13:00', place: 'Oslo rådhus', room: 'Festsalen' })
  await made(inviteOrganisation(lunch.id, org.id))
  return { org, lunch }
}

const exportText = async () => new TextDecoder().decode(encodeEnvelope(await exportDatabase({ appVersion: '1' })))

describe('emptying the trash leaves no field value of the organisation', () => {
  it('is gone from its own history, the history that quotes it, and an export', async () => {
    const { org, lunch } = await seed()
    // The values are there before: the checks below would find them.
    const before = JSON.stringify([await recordHistory('organisations', org.id), await historyOf('events', lunch.id)])
    for (const v of ['Fjordlys Energi', 'Nei takk til kontrakt i år']) expect(before).toContain(v)

    await trashOrganisation(org.id)
    expect(await emptyTrash()).toBe(1)

    const own = await recordHistory('organisations', org.id)
    expect(own.length).toBeGreaterThan(0)
    expect(own.every((e) => Object.keys(e.changes).length === 0)).toBe(true)
    expect(own.map((e) => e.summary)).toContain(ORGANISATION_ERASE_SUMMARY)
    const quoting = await historyOf('events', lunch.id)
    const text = [JSON.stringify(own), JSON.stringify(quoting), JSON.stringify(await db().auditLog.toArray()), await exportText()]
    for (const t of text) for (const v of VALUES) expect(t).not.toContain(v)
  })

  it('stays gone when a file written before the emptying is imported again', async () => {
    const { org } = await seed()
    const older = encodeEnvelope(await exportDatabase({ appVersion: '1' }))
    await trashOrganisation(org.id)
    await emptyTrash()
    for (const how of ['merge', 'replace'] as const) {
      expect(await importBytes(older, how)).toBe('applied')
      const text = JSON.stringify(await recordHistory('organisations', org.id)) + (await exportText())
      for (const v of VALUES) expect(text, how).not.toContain(v)
    }
  })

  it('empties a duplicate merged into it too, which its page’s history reads', async () => {
    const { org } = await seed()
    const copy = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'FJORDLYS ENERGI AS', notes: 'Kopi med eget notat' }))
    await made(mergeOrganisations(org.id, copy.id))
    await trashOrganisation(org.id)
    // One organisation in the trash: the duplicate went with it.
    expect(await emptyTrash()).toBe(1)
    expect(await db().organisations.get(copy.id)).toMatchObject({ name: '', notes: '', erasedAt: expect.any(String), mergedInto: org.id })
    expect((await db().erasures.get(copy.id))?.table).toBe('organisations')
    const text = (JSON.stringify(await recordHistory('organisations', org.id)) + (await exportText())).toLowerCase()
    for (const v of [...VALUES, 'Kopi med eget notat']) expect(text).not.toContain(v.toLowerCase())
  })

  it('leaves the history of a live organisation whose name holds the emptied one’s', async () => {
    const { org } = await seed()
    const live = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Fjordlys Energi AS Nord' }))
    await made(updateOrganisation(live.id, { ...emptyOrganisationInput(), name: 'Fjordlys Energi AS Nord', notes: 'Egen merknad' }))
    const before = await recordHistory('organisations', live.id)
    await trashOrganisation(org.id)
    await emptyTrash()
    expect(await recordHistory('organisations', live.id)).toEqual(before)
    expect(JSON.stringify(before)).toContain('Egen merknad')
  })
})
