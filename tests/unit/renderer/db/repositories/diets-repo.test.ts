import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { exportDatabase, readAllTables } from '../../../../../renderer/db/repositories/backup-repo'
import { setClock } from '../../../../../renderer/db/repositories/base'
import { deleteExpiredDiets, dietsOfEvent, saveDiet } from '../../../../../renderer/db/repositories/diets-repo'
import { addGuest, saveSeatingPlan } from '../../../../../renderer/db/repositories/lunches-guests-repo'
import { createLunch, emptySeatingPlan, inviteOrganisation, loadLunchView } from '../../../../../renderer/db/repositories/lunches-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { listRoster } from '../../../../../renderer/db/repositories/registrations-repo'
import { buildCsv, type CsvKind } from '../../../../../renderer/domain/backup/csv-export'
import { encodeEnvelope } from '../../../../../renderer/domain/backup/envelope'
import { kitchenList, tablePlan } from '../../../../../renderer/features/lunches/print/lunch-documents'
import { rosterCsv } from '../../../../../renderer/features/events/roster'
import { freshDatabase, made } from '../../db-helpers'
import { seedOrganisation, seedPerson } from './lunch-fixtures'

const ALLERGY = 'Alvorlig: ingen spor av peanøtter'

async function lunchWithGuests() {
  const lunch = await createLunch({ date: '2026-12-03', startTime: '11:30', endTime: '13:00', place: 'Oslo rådhus', room: 'Festsalen' })
  const org = await seedOrganisation('Sámi Čuovga AS', '2026-01-01')
  await made(inviteOrganisation(lunch.id, org.id))
  const aile = await seedPerson(org.id, 'Áile Ŋuolla', ['toppleder'])
  const jozef = await seedPerson(org.id, 'Józef Żółkiewski', ['klimakontakt'])
  const a = await made(addGuest(lunch.id, org.id, { personId: aile.id }))
  const b = await made(addGuest(lunch.id, org.id, { personId: jozef.id }))
  await saveSeatingPlan(lunch.id, { ...emptySeatingPlan(), tables: [{ id: 't1', name: 'Bord 1', shape: 'round', seats: 6 }], assignment: { 't1:0': a.id, 't1:1': 'commissioner' } }, 'test')
  return { lunch, aile, jozef, a, b }
}

describe('dietary needs per lunch guest', () => {
  beforeEach(async () => {
    await freshDatabase()
    setClock(() => new Date('2026-11-28T10:00:00Z'))
  })

  it('shows them on the table plan and the kitchen list, with every guest counted at their table', async () => {
    const { lunch, a, b } = await lunchWithGuests()
    await saveDiet(a.id, ['Nøtteallergi', 'Vegetar'], ALLERGY)
    const diets = await dietsOfEvent(lunch.id)
    const view = (await loadLunchView(lunch.id))!
    const plan = tablePlan(view, diets)
    expect(plan.tables[0]?.seats.find((s) => s.name === 'Áile Ŋuolla')?.diet).toBe(`Nøtteallergi, Vegetar – ${ALLERGY}`)
    expect(plan.tables[0]?.seats.find((s) => s.name !== 'Áile Ŋuolla')?.diet).toBeUndefined()
    const kitchen = kitchenList(view, diets)
    expect(kitchen.title).toBe('Signeringslunsj 3. desember 2026')
    expect(kitchen.guests.map((g) => [g.name, g.table, g.needs])).toEqual([
      ['Áile Ŋuolla', 'Bord 1', ['Nøtteallergi', 'Vegetar']],
      ['Byråden', 'Bord 1', []],
      ['Józef Żółkiewski', '', []],
    ])
    expect(kitchen.guests[0]?.note).toBe(ALLERGY)
    // Clearing every need removes the record.
    await saveDiet(b.id, ['Vegan'], '')
    await saveDiet(b.id, [], ' ')
    expect([...(await dietsOfEvent(lunch.id)).keys()]).toEqual([a.id])
  })

  it('never leaves the laptop: not in the export, the backup tables, any CSV, the roster CSV or the audit log', async () => {
    const { lunch, a } = await lunchWithGuests()
    await saveDiet(a.id, ['Nøtteallergi'], ALLERGY)
    const envelope = await exportDatabase({ appVersion: '1.0.0' })
    const exported = new TextDecoder().decode(encodeEnvelope(envelope))
    expect(exported).not.toContain('peanøtter')
    expect(exported).not.toContain('Nøtteallergi')
    const tables = await readAllTables()
    expect(Object.keys(tables)).not.toContain('diets')
    for (const kind of ['organisations', 'people', 'attendance', 'annualReports'] satisfies CsvKind[]) {
      const csv = new TextDecoder().decode(buildCsv(kind, tables))
      expect(csv, kind).not.toContain('peanøtter')
      expect(csv, kind).not.toContain('Nøtteallergi')
    }
    expect(rosterCsv(await listRoster(lunch.id))).not.toContain('Nøtteallergi')
    expect(JSON.stringify(await db().auditLog.toArray())).not.toContain('Nøtteallergi')
  })

  it('deletes them 7 days after the lunch, not before', async () => {
    const { lunch, a } = await lunchWithGuests()
    await saveDiet(a.id, ['Vegan'], '')
    expect(await deleteExpiredDiets('2026-12-09')).toBe(0)
    expect((await dietsOfEvent(lunch.id)).size).toBe(1)
    expect(await deleteExpiredDiets('2026-12-10')).toBe(1)
    expect((await dietsOfEvent(lunch.id)).size).toBe(0)
  })

  it('deletes them on "Slett for godt"', async () => {
    const { lunch, a, b, aile } = await lunchWithGuests()
    await saveDiet(a.id, ['Vegan'], '')
    await saveDiet(b.id, ['Glutenfri'], '')
    await erasePerson(aile.id)
    expect([...(await dietsOfEvent(lunch.id)).keys()]).toEqual([b.id])
  })
})
