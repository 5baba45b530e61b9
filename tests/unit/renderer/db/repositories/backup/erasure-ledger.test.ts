import Dexie from 'dexie'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../../renderer/db/db'
import { applyImport, exportDatabase, importSpreadsheetRows, readAllTables } from '../../../../../../renderer/db/repositories/backup-repo'
import { nowIso, setClock } from '../../../../../../renderer/db/repositories/base'
import { createOrganisation, emptyOrganisationInput } from '../../../../../../renderer/db/repositories/organisations-repo'
import { addPerson } from '../../../../../../renderer/db/repositories/people-repo'
import { erasePerson } from '../../../../../../renderer/db/repositories/privacy-repo'
import { emptyTrash, trashOrganisation } from '../../../../../../renderer/db/repositories/trash-repo'
import { NfkDatabase, SCHEMA_VERSIONS } from '../../../../../../renderer/db/schema'
import { encodeEnvelope, type Envelope, type Row } from '../../../../../../renderer/domain/backup/envelope'
import { ERASE_SUMMARY } from '../../../../../../renderer/domain/backup/erasure-ledger'
import { planImport } from '../../../../../../renderer/domain/backup/plan'
import { readExportFile } from '../../../../../../renderer/domain/backup/read-file'
import type { Candidate } from '../../../../../../renderer/domain/backup/spreadsheet/candidates'
import { freshDatabase, made } from '../../../db-helpers'
import { importBytes, applied } from './pipeline'

let minute = 0
beforeEach(async () => {
  minute = 0
  setClock(() => new Date(Date.UTC(2026, 10, 1, 8, minute++)))
  await freshDatabase()
})

async function seed() {
  const org = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Ruoŧŧa AS' }, { status: 'medlem', date: '2020-01-10', note: 'Signert i rådhuset' }))
  const person = await made(addPerson(org.id, { name: 'Ánde Ŋuolla', title: 'Leder', email: 'ande@example.no', phone: '', roles: ['toppleder'] }))
  const colleague = await made(addPerson(org.id, { name: 'Siri Sámi', title: 'Rådgiver', email: 'siri@example.no', phone: '', roles: ['klimakontakt'] }))
  return { org, person, colleague }
}

const exportNow = async () => encodeEnvelope(await exportDatabase({ appVersion: '1' }))
const everything = async () => JSON.stringify(await readAllTables())

async function read(bytes: Uint8Array): Promise<Envelope> {
  const result = await readExportFile(bytes)
  if (!result.ok) throw new Error(result.problem.message)
  return result.envelope
}

describe('an erased person stays erased, whatever file comes in', () => {
  for (const mode of ['replace', 'merge'] as const) {
    it(`${mode === 'replace' ? '"Erstatt alt"' : 'merging'} with an export from before the erasure brings back neither name, e-mail nor audit entries`, async () => {
      const { person, colleague } = await seed()
      const older = await exportNow()
      await erasePerson(person.id)

      expect(await importBytes(older, mode)).toBe('applied')
      const stored = await db().people.get(person.id)
      expect(stored).toMatchObject({ name: '', email: '', title: '', roles: [] })
      expect(stored?.erasedAt).toEqual(expect.any(String))
      const text = await everything()
      expect(text).not.toContain('Ánde')
      expect(text).not.toContain('ande@example.no')
      const entries = (await db().auditLog.toArray()).filter((e) => e.entityId === person.id)
      expect(entries.length).toBeGreaterThan(0)
      for (const e of entries) expect([ERASE_SUMMARY, 'slettet person']).toContain(e.summary)
      // The colleague, who was never erased, is as she was.
      expect((await db().people.get(colleague.id))?.name).toBe('Siri Sámi')
      expect(await db().erasures.toArray()).toEqual([{ id: person.id, table: 'people', erasedAt: stored?.erasedAt }])
    })
  }

  it('restoring an older backup twice changes nothing the second time: the preview shows the erased person as identical', async () => {
    const { person } = await seed()
    const backup = await exportNow()
    await erasePerson(person.id)
    const first = planImport(await read(backup), await readAllTables(), 'replace', { now: nowIso() })
    expect(first.erased).toEqual({ people: 1, organisations: 0, withContent: 1 })
    expect(first.counts.people).toMatchObject({ identical: 2, changed: 0 })
    expect(await importBytes(backup, 'replace')).toBe('applied')
    const again = planImport(await read(backup), await readAllTables(), 'merge', { now: nowIso() })
    expect(again.counts.people).toMatchObject({ identical: 2, changed: 0, added: 0 })
    expect(again.erased.people).toBe(1)
  })

  it('travels in every export as ids and dates only, and a file whose own ledger names a person lands that person erased', async () => {
    const { person } = await seed()
    const before = await read(await exportNow())
    await erasePerson(person.id)
    const after = await read(await exportNow())
    expect(after.data.erasures).toEqual([{ id: person.id, table: 'people', erasedAt: expect.any(String) }])

    // A file that holds the person in full but lists them in its own ledger: the ledger wins.
    await freshDatabase()
    const crafted = { ...before, data: { ...before.data, erasures: after.data.erasures ?? [] }, counts: { ...before.counts, erasures: 1 } }
    expect(await importBytes(encodeEnvelope(crafted), 'replace')).toBe('applied')
    expect((await db().people.get(person.id))?.name).toBe('')
    expect(await everything()).not.toContain('Ánde')
  })

  it('is never shortened: a file without the ledger, in either mode, leaves every line; the earliest erasure of an id is kept', async () => {
    const { person, colleague } = await seed()
    const older = await exportNow()
    await erasePerson(person.id)
    const ledger = await db().erasures.toArray()
    for (const mode of ['replace', 'merge'] as const) {
      expect(await importBytes(older, mode)).toBe('applied')
      expect(await db().erasures.toArray()).toEqual(ledger)
    }
    // Another laptop erased the colleague, and the person too but later: both lines arrive, the earlier date stays.
    const envelope = await read(await exportNow())
    const lines = [
      { id: person.id, table: 'people', erasedAt: '2026-12-24T10:00:00.000Z' },
      { id: colleague.id, table: 'people', erasedAt: '2026-11-01T09:00:00.000Z' },
    ]
    const theirs = { ...envelope, data: { ...envelope.data, erasures: lines }, counts: { ...envelope.counts, erasures: 2 } }
    expect(await importBytes(encodeEnvelope(theirs), 'merge')).toBe('applied')
    const united = Object.fromEntries((await db().erasures.toArray()).map((e) => [e.id, e.erasedAt]))
    expect(united).toEqual({ [person.id]: ledger[0]?.erasedAt, [colleague.id]: '2026-11-01T09:00:00.000Z' })
    expect((await db().people.get(colleague.id))?.name).toBe('')
  })

  it('erases here, in a merge, a person the other laptop erased, and anonymises this laptop’s audit entries that name them', async () => {
    const { person } = await seed()
    const shared = await exportNow()
    // The other laptop: same data, erases the person.
    const local = await readAllTables()
    await freshDatabase()
    expect(await importBytes(shared, 'replace')).toBe('applied')
    await erasePerson(person.id)
    const theirs = await exportNow()
    // Back here, where an entry about the organisation mentions the person by name.
    await freshDatabase()
    for (const [table, rows] of Object.entries(local)) await db().table(table).bulkPut(rows)
    await db().auditLog.put({ id: crypto.randomUUID(), at: nowIso(), table: 'organisations', entityId: person.organisationId, action: 'update', changes: {}, summary: 'Møte med Ánde Ŋuolla', userName: 'Kari', installId: 'x' })

    const plan = planImport(await read(theirs), await readAllTables(), 'merge', { now: nowIso() })
    expect(plan.counts.people).toMatchObject({ changed: 1 })
    expect(await importBytes(theirs, 'merge')).toBe('applied')
    expect(await everything()).not.toContain('Ánde')
    expect((await db().auditLog.toArray()).filter((e) => e.summary === 'slettet person').length).toBeGreaterThan(1)
  })
})

describe('the write itself applies the ledger, inside its transaction', () => {
  it('keeps a person erased while the preview was open erased, in either mode', async () => {
    for (const mode of ['replace', 'merge'] as const) {
      await freshDatabase()
      const { person } = await seed()
      const plan = planImport(await read(await exportNow()), await readAllTables(), mode, { now: nowIso() })
      expect(plan.erased.people).toBe(0)
      await erasePerson(person.id)
      await applied(applyImport(plan, new Map()))
      expect(await db().people.get(person.id), mode).toMatchObject({ name: '', email: '' })
      expect(await everything()).not.toContain('ande@example.no')
      expect(await db().erasures.count()).toBe(1)
    }
  })

  it('refuses a plan that holds a table this database lacks, before writing anything', async () => {
    await seed()
    const before = await readAllTables()
    const plan = planImport(await read(await exportNow()), before, 'replace', { now: nowIso() })
    plan.incoming = { ...plan.incoming, device: [{ id: 'this' }] }
    expect(await applyImport(plan, new Map())).toMatchObject({ ok: false, error: 'refused', message: 'Tabellen «device» kan ikke importeres.' })
    plan.incoming = { ...plan.incoming, device: [], ukjent: [] }
    expect(await applyImport(plan, new Map())).toMatchObject({ ok: false, problems: [{ code: 'unknown-table', table: 'device' }, { code: 'unknown-table', table: 'ukjent', message: 'Tabellen «ukjent» kan ikke importeres.' }] })
    expect(await readAllTables()).toEqual(before)
  })
})

describe('an emptied organisation stays emptied', () => {
  it('"Erstatt alt" with an export from before the trash was emptied brings back neither the organisation, its people nor its notes', async () => {
    const { org, person, colleague } = await seed()
    const older = await exportNow()
    await trashOrganisation(org.id)
    expect(await emptyTrash()).toBe(1)
    const lines = await db().erasures.toArray()
    expect(lines.map((l) => [l.id, l.table]).sort()).toEqual([[org.id, 'organisations'], [person.id, 'people'], [colleague.id, 'people']].sort())
    for (const line of lines) expect(Object.keys(line).sort()).toEqual(['erasedAt', 'id', 'table'])
    // Emptying the trash also anonymises the audit entries about its people.
    expect(await everything()).not.toContain('Siri Sámi')

    const plan = planImport(await read(older), await readAllTables(), 'replace', { now: nowIso() })
    expect(plan.erased).toEqual({ people: 2, organisations: 1, withContent: 3 })
    expect(await importBytes(older, 'replace')).toBe('applied')
    expect(await db().organisations.get(org.id)).toMatchObject({ name: '', orgNumber: '', erasedAt: expect.any(String) })
    for (const id of [person.id, colleague.id]) expect(await db().people.get(id)).toMatchObject({ name: '', email: '' })
    const events = await db().statusEvents.where('organisationId').equals(org.id).toArray()
    expect(events.map((e) => [e.note, e.deletedAt !== null])).toEqual([['', true]])
    const text = await everything()
    for (const trace of ['Ánde', 'siri@example.no']) expect(text).not.toContain(trace)
  })

  it('erases, in a merge, the people this laptop added to an organisation the other laptop emptied', async () => {
    const { org } = await seed()
    const shared = await exportNow()
    const here = await readAllTables()
    await freshDatabase()
    expect(await importBytes(shared, 'replace')).toBe('applied')
    await trashOrganisation(org.id)
    await emptyTrash()
    const theirs = await exportNow()
    await freshDatabase()
    for (const [table, rows] of Object.entries(here)) await db().table(table).bulkPut(rows)
    const late = await made(addPerson(org.id, { name: 'Nils Nyansatt', title: '', email: 'nils@example.no', phone: '', roles: ['annen'] }))

    expect(await importBytes(theirs, 'merge')).toBe('applied')
    expect(await db().people.get(late.id)).toMatchObject({ name: '', email: '', erasedAt: expect.any(String) })
    expect(await everything()).not.toContain('Nils Nyansatt')
    expect((await db().erasures.get(late.id))?.table).toBe('people')
  })
})

describe('the spreadsheet import applies the ledger too', () => {
  it('lands a row erased when its new id is one the ledger names', async () => {
    const { person } = await seed()
    await erasePerson(person.id)
    const candidate: Candidate = {
      line: 2, name: 'Ny AS', orgNumber: '', sector: '', tier: 'medlem', status: 'soker', signedDate: null,
      person: { name: 'Ánde Ŋuolla', title: '', email: 'ande@example.no', phone: '' }, problems: [], duplicates: [],
    }
    // Ids are random: force the one collision the ledger must catch (the organisation first, then the person).
    const ids = vi.spyOn(crypto, 'randomUUID').mockReturnValueOnce('00000000-0000-4000-8000-00000000aaaa').mockReturnValueOnce(person.id as `${string}-${string}-${string}-${string}-${string}`)
    try {
      expect(await importSpreadsheetRows([candidate], 'register', 'register.csv')).toBe(1)
    } finally {
      ids.mockRestore()
    }
    expect(await db().people.get(person.id)).toMatchObject({ name: '', email: '' })
    expect((await db().organisations.get('00000000-0000-4000-8000-00000000aaaa'))?.name).toBe('Ny AS')
    expect(await everything()).not.toContain('Ánde')
  })
})

describe('schema version 2', () => {
  it('fills the ledger from people and organisations erased before it existed', async () => {
    const name = `ledger-upgrade-${Date.now()}`
    const v1 = new Dexie(name)
    v1.version(1).stores(SCHEMA_VERSIONS[0]?.stores ?? {})
    await v1.open()
    const at = '2026-06-01T10:00:00.000Z'
    await v1.table('people').bulkPut([
      { id: 'p-erased', organisationId: 'o1', name: '', erasedAt: at } as Row,
      { id: 'p-live', organisationId: 'o1', name: 'Levende' } as Row,
    ])
    await v1.table('organisations').put({ id: 'o-emptied', name: '', erasedAt: at } as Row)
    v1.close()
    const today = new NfkDatabase(name)
    await today.open()
    expect(await today.erasures.orderBy('id').toArray()).toEqual([
      { id: 'o-emptied', table: 'organisations', erasedAt: at },
      { id: 'p-erased', table: 'people', erasedAt: at },
    ])
    today.close()
  })
})
