import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../../../renderer/db/db'
import { applyImport, exportDatabase, readAllTables, recordExport } from '../../../../../../renderer/db/repositories/backup-repo'
import { setClock } from '../../../../../../renderer/db/repositories/base'
import { createOrganisation, emptyOrganisationInput } from '../../../../../../renderer/db/repositories/organisations-repo'
import { mergePeople } from '../../../../../../renderer/db/repositories/merge-repo'
import { addPerson } from '../../../../../../renderer/db/repositories/people-repo'
import { erasePerson, erasureProposals } from '../../../../../../renderer/db/repositories/privacy-repo'
import { setPipelineStatus } from '../../../../../../renderer/db/repositories/status-events-repo'
import { encodeEnvelope } from '../../../../../../renderer/domain/backup/envelope'
import { planImport } from '../../../../../../renderer/domain/backup/plan'
import { readExportFile } from '../../../../../../renderer/domain/backup/read-file'
import { freshDatabase, made } from '../../../db-helpers'
import { applied } from './pipeline'

let minute = 0
beforeEach(async () => {
  minute = 0
  setClock(() => new Date(Date.UTC(2026, 10, 1, 8, minute++)))
  await freshDatabase()
})

async function seedPerson() {
  const org = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Ruoŧŧa AS' }, { status: 'medlem', date: '2020-01-10' }))
  const person = await made(addPerson(org.id, { name: 'Ánde Ŋuolla', title: 'Leder', email: 'ande@example.no', phone: '', roles: ['toppleder'] }))
  return { org, person }
}

describe('erasing a person for good', () => {
  it('removes the person’s details from the database and rewrites the audit log as "slettet person"', async () => {
    const { person } = await seedPerson()
    await erasePerson(person.id)
    const stored = await db().people.get(person.id)
    expect(stored).toMatchObject({ name: '', email: '', title: '', roles: [] })
    expect(stored?.erasedAt).toBeTruthy()
    const text = new TextDecoder().decode(encodeEnvelope(await exportDatabase({ appVersion: '1' })))
    expect(text).not.toContain('Ánde')
    expect(text).not.toContain('ande@example.no')
    expect(text).toContain('slettet person')
    await expect(erasePerson(person.id)).rejects.toThrow('allerede slettet')
  })

  it('takes every copy merged into the person, also one merged into a copy before that copy was merged in', async () => {
    const { org, person } = await seedPerson()
    const copy = (name: string) => made(addPerson(org.id, { name, title: '', email: 'ande@example.no', phone: '', roles: ['annen'] }))
    const older = await copy('Ande Nuolla')
    const oldest = await copy('Á. Ŋuolla')
    // Three records of one person: the oldest merged into the older, then the older into the person.
    await made(mergePeople(older.id, oldest.id))
    await made(mergePeople(person.id, older.id))
    await erasePerson(person.id)
    for (const id of [person.id, older.id, oldest.id]) {
      expect(await db().people.get(id)).toMatchObject({ name: '', email: '' })
      expect(await db().erasures.get(id)).toBeTruthy()
    }
    const text = new TextDecoder().decode(encodeEnvelope(await exportDatabase({ appVersion: '1' })))
    for (const trace of ['Ande Nuolla', 'Á. Ŋuolla', 'ande@example.no']) expect(text).not.toContain(trace)
  })

  it('never comes back through a merge of an older copy, and that copy’s log entries are anonymised', async () => {
    const { person } = await seedPerson()
    const older = await exportDatabase({ appVersion: '1' })
    await recordExport(older)
    await erasePerson(person.id)
    const read = await readExportFile(encodeEnvelope(older))
    if (!read.ok) throw new Error(read.problem.message)
    // The other copy also edited the person after the shared export.
    const people = (read.envelope.data.people ?? []).map((p) => ({ ...p, title: 'Styreleder', updatedAt: '2026-11-02T00:00:00.000Z' }))
    const auditLog = [...(read.envelope.data.auditLog ?? []), { id: crypto.randomUUID(), at: '2026-11-02T00:00:00.000Z', table: 'people', entityId: person.id, action: 'update', changes: { title: { from: 'Leder', to: 'Styreleder' } }, summary: 'Ánde Ŋuolla ble endret', userName: 'Ola', installId: 'x' }]
    const plan = planImport({ ...read.envelope, data: { ...read.envelope.data, people, auditLog } }, await readAllTables(), 'merge')
    expect(plan.conflicts).toEqual([])
    await applied(applyImport(plan, new Map()))
    expect((await db().people.get(person.id))?.name).toBe('')
    const text = JSON.stringify(await readAllTables())
    expect(text).not.toContain('Ánde')
  })

  it('proposes erasing the people of organisations that left longer ago than the retention setting', async () => {
    const { org, person } = await seedPerson()
    await setPipelineStatus(org.id, 'utmeldt', '2022-06-01')
    expect((await erasureProposals(3, '2026-11-28')).map((p) => [p.person.id, p.leftOn])).toEqual([[person.id, '2022-06-01']])
    expect(await erasureProposals(5, '2026-11-28')).toEqual([])
    await erasePerson(person.id)
    expect(await erasureProposals(3, '2026-11-28')).toEqual([])
  })
})
