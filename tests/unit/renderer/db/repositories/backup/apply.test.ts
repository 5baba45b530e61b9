import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../../renderer/db/db'
import { applyImport, exportDatabase, importSpreadsheetRows, readAllTables } from '../../../../../../renderer/db/repositories/backup-repo'
import { getDevice, nowIso, setClock } from '../../../../../../renderer/db/repositories/base'
import { erasePerson } from '../../../../../../renderer/db/repositories/privacy-repo'
import { createOrganisation, emptyOrganisationInput } from '../../../../../../renderer/db/repositories/organisations-repo'
import { emptyTrash, trashOrganisation } from '../../../../../../renderer/db/repositories/trash-repo'
import { buildEnvelope, type Envelope, type Row } from '../../../../../../renderer/domain/backup/envelope'
import { planImport } from '../../../../../../renderer/domain/backup/plan'
import type { Candidate } from '../../../../../../renderer/domain/backup/spreadsheet/candidates'
import { todayInOslo } from '../../../../../../renderer/lib/dates'
import { freshDatabase, made } from '../../../db-helpers'
import { applied } from './pipeline'
import { organisation, person, uuidN } from '../../../domain/backup/seed'

const NOW = '2026-11-28T10:00:00.000Z'
beforeEach(async () => {
  setClock(() => new Date(NOW))
  await freshDatabase()
})
afterEach(() => vi.restoreAllMocks())

function file(data: Record<string, Row[]>, exportedAt = '2026-11-27T10:00:00.000Z'): Envelope {
  return buildEnvelope({ exportId: uuidN(5_000), exportedAt, appVersion: '1', installId: 'annen' }, data)
}
const plan = async (envelope: Envelope, mode: 'replace' | 'merge') => planImport(envelope, await readAllTables(), mode, { now: NOW })

describe('the export', () => {
  it('lists itself once in its sync log, sorted by id, and never this laptop’s device', async () => {
    await db().syncLog.bulkPut([
      { id: uuidN(9), at: '2026-11-01T10:00:00.000Z', installId: 'x' },
      { id: uuidN(1), at: '2026-11-02T10:00:00.000Z', installId: 'x' },
    ])
    const { installId } = await getDevice()
    const envelope = await exportDatabase({ appVersion: '1', exportId: uuidN(5) })
    expect(envelope.data.syncLog).toEqual([
      { id: uuidN(1), at: '2026-11-02T10:00:00.000Z', installId: 'x' },
      { id: uuidN(5), at: NOW, installId },
      { id: uuidN(9), at: '2026-11-01T10:00:00.000Z', installId: 'x' },
    ])
    await db().syncLog.put({ id: uuidN(5), at: NOW, installId })
    expect((await exportDatabase({ appVersion: '1', exportId: uuidN(5) })).data.syncLog?.filter((r) => r.id === uuidN(5))).toHaveLength(1)
    expect(envelope.data.device).toBeUndefined()
    expect(envelope).toMatchObject({ exportId: uuidN(5), exportedAt: NOW, appVersion: '1', installId })
  })
})

describe('writing a plan', () => {
  it('counts what it writes and removes, reports progress in chunks, and logs the import', async () => {
    await db().sectors.put({ id: uuidN(1), createdAt: NOW, updatedAt: NOW, deletedAt: null, name: 'Fjernes' })
    const organisations = Array.from({ length: 5_001 }, (_, i) => organisation(`Org ${i}`, { id: uuidN(10_000 + i) }))
    const envelope = file({ organisations })
    const seen: [number, number, string][] = []
    const outcome = await applied(applyImport(await plan(envelope, 'replace'), new Map(), (done, total, label) => seen.push([done, total, label])))
    // 5,001 organisations and the file's own line in the sync log.
    expect(outcome).toEqual({ written: 5_002, removed: 1 })
    expect(seen).toEqual([
      [0, 5_002, 'Skriver til databasen'],
      [5_000, 5_002, 'Skriver til databasen'],
      [5_001, 5_002, 'Skriver til databasen'],
      [5_002, 5_002, 'Skriver til databasen'],
    ])
    expect(await db().sectors.count()).toBe(0)
    const entry = (await db().auditLog.toArray()).find((e) => e.action === 'import')
    expect(entry).toMatchObject({ table: 'data', entityId: uuidN(5_000), summary: 'Import (erstattet alt) fra eksport 2026-11-27T10:00:00.000Z: 5002 rader skrevet' })

    const merged = await applied(applyImport(await plan(file({ organisations: [organisation('Ny', { id: uuidN(1) })] }), 'merge'), new Map()))
    // The file's own sync point is here already since the replace: only the organisation is new.
    expect(merged).toEqual({ written: 1, removed: 0 })
    expect((await db().auditLog.toArray()).filter((e) => e.action === 'import').map((e) => e.summary)).toContain(
      'Import (slått sammen) fra eksport 2026-11-27T10:00:00.000Z: 1 rader skrevet',
    )
  })

  it('keeps this laptop’s device and the ledger through a replace, writing only ledger lines that are new', async () => {
    const org = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Tømmes AS' }))
    await trashOrganisation(org.id)
    await emptyTrash()
    const device = await getDevice()
    const ledger = await db().erasures.toArray()
    const outcome = await applied(applyImport(await plan(file({ sectors: [] }), 'replace'), new Map()))
    expect(outcome.written).toBe(1)
    expect(await getDevice()).toEqual(device)
    expect(await db().erasures.toArray()).toEqual(ledger)
    const fromFile = { id: uuidN(77), table: 'people', erasedAt: '2026-11-01T10:00:00.000Z' }
    expect((await applied(applyImport(await plan(file({ erasures: [fromFile] }), 'merge'), new Map()))).written).toBe(1)
    expect(await db().erasures.get(uuidN(77))).toEqual(fromFile)
  })

  it('writes the resolved side of a conflict and re-stamps kept rows in a merge', async () => {
    const shared = { id: uuidN(3), at: '2026-11-20T10:00:00.000Z', installId: 'x' }
    const mine = organisation('Her', { id: uuidN(1), updatedAt: '2026-11-25T10:00:00.000Z' })
    await db().organisations.put(mine as never)
    await db().syncLog.put(shared)
    const theirs = { ...mine, name: 'Der', updatedAt: '2026-11-26T10:00:00.000Z' }
    const p = await plan(file({ organisations: [theirs], syncLog: [shared] }), 'merge')
    expect(p.conflicts).toHaveLength(1)
    await applied(applyImport(p, new Map([[`organisations/${uuidN(1)}`, 'local']])))
    expect(await db().organisations.get(uuidN(1))).toMatchObject({ name: 'Her', updatedAt: NOW })
  })
})

/** A checked spreadsheet row, ticked for import. */
function candidate(extra: Partial<Candidate> = {}): Candidate {
  return { line: 2, name: 'Ny AS', orgNumber: '', sector: '', tier: 'medlem', status: 'medlem', signedDate: '2025-05-04', person: null, problems: [], duplicates: [], ...extra }
}

describe('the spreadsheet import and the ledger', () => {
  it('leaves an emptied organisation’s tombstone as it is when a new row gets its id, and writes nothing for it', async () => {
    const org = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Tømt AS' }))
    await trashOrganisation(org.id)
    await emptyTrash()
    const tombstone = await db().organisations.get(org.id)
    const events = await db().statusEvents.count()
    vi.spyOn(crypto, 'randomUUID').mockReturnValueOnce(org.id as `${string}-${string}-${string}-${string}-${string}`)
    expect(await importSpreadsheetRows([candidate({ person: { name: 'Kari', title: '', email: '', phone: '' } })], 'register', 'ark.csv')).toBe(1)
    expect(await db().organisations.get(org.id)).toEqual(tombstone)
    expect(await db().statusEvents.count()).toBe(events)
    expect(await db().people.where('organisationId').equals(org.id).count()).toBe(0)
  })

  it('dates a member from its signing and an applicant from today, with the note of its kind', async () => {
    await importSpreadsheetRows([candidate(), candidate({ name: 'Søker AS', status: 'soker' }), candidate({ name: 'Uten dato AS', signedDate: null })], 'register', 'ark.csv')
    await importSpreadsheetRows([candidate({ name: 'Søknad AS', status: 'soker' })], 'applications', 'soknader.csv')
    const byName = new Map((await db().organisations.toArray()).map((o) => [o.name, o.id]))
    const eventOf = async (name: string) => (await db().statusEvents.where('organisationId').equals(String(byName.get(name))).toArray())[0]
    expect(await eventOf('Ny AS')).toMatchObject({ status: 'medlem', date: '2025-05-04', note: 'Importert fra registeret' })
    expect(await eventOf('Søker AS')).toMatchObject({ status: 'soker', date: todayInOslo() })
    expect(await eventOf('Uten dato AS')).toMatchObject({ date: todayInOslo() })
    expect(await eventOf('Søknad AS')).toMatchObject({ note: 'Søknad importert fra regneark' })
  })

  it('makes the contact person a klimakontakt of the new organisation and says so in the history', async () => {
    await importSpreadsheetRows([candidate({ name: 'Ny Kontakt AS', person: { name: 'Kari Nordmann', title: 'Daglig leder', email: 'kari@example.no', phone: '' } })], 'register', 'ark.csv')
    const [org] = await db().organisations.toArray()
    const [contact] = await db().people.toArray()
    expect(contact).toMatchObject({ name: 'Kari Nordmann', organisationId: org?.id, roles: ['klimakontakt'] })
    const summaries = (await db().auditLog.toArray()).map((e) => e.summary)
    expect(summaries).toContain('Virksomheten Ny Kontakt AS ble importert fra ark.csv')
    expect(summaries).toContain('Kari Nordmann ble importert hos Ny Kontakt AS')
  })

  it('names the erased person in no audit entry when a new person lands erased', async () => {
    const org = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Her AS' }))
    await db().people.put(person(org.id, 'Ánde Ŋuolla', { id: uuidN(42) }) as never)
    await erasePerson(uuidN(42))
    await db().people.delete(uuidN(42))
    vi.spyOn(crypto, 'randomUUID').mockReturnValueOnce(uuidN(43) as `${string}-${string}-${string}-${string}-${string}`).mockReturnValueOnce(uuidN(42) as `${string}-${string}-${string}-${string}-${string}`)
    await importSpreadsheetRows([candidate({ person: { name: 'Ánde Ŋuolla', title: '', email: 'ande@example.no', phone: '' } })], 'register', 'ark.csv')
    expect(await db().people.get(uuidN(42))).toMatchObject({ name: '', email: '', organisationId: uuidN(43), erasedAt: expect.any(String) })
    const entries = (await db().auditLog.toArray()).filter((e) => e.entityId === uuidN(42))
    expect(entries.map((e) => e.summary)).toContain('slettet person')
    expect(JSON.stringify(await readAllTables())).not.toContain('Ánde')
    expect(nowIso()).toBe(NOW)
  })
})
