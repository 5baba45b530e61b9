import { beforeEach, describe, expect, it } from 'vitest'
import { isLocalTable } from '../../../../../../renderer/db/schema'
import { db } from '../../../../../../renderer/db/db'
import { applyImport, exportDatabase, readAllTables, recordExport } from '../../../../../../renderer/db/repositories/backup-repo'
import { getDevice, setClock } from '../../../../../../renderer/db/repositories/base'
import { encodeEnvelope, FORMAT_NAME, MAX_IMPORT_BYTES, serializeEnvelope, serializeEnvelopeInSlices, type Row } from '../../../../../../renderer/domain/backup/envelope'
import { planImport } from '../../../../../../renderer/domain/backup/plan'
import { readExportFile } from '../../../../../../renderer/domain/backup/read-file'
import { freshDatabase } from '../../../db-helpers'
import { importBytes, applied } from './pipeline'
import { organisation, rowFor } from '../../../domain/backup/seed'

const text = (s: string) => new TextEncoder().encode(s)

async function seedEveryTable() {
  const database = await freshDatabase()
  for (const table of database.tables) if (table.name !== 'device') await table.put(rowFor(table.name))
  return database
}

async function exportBytes() {
  return encodeEnvelope(await exportDatabase({ appVersion: '1.0.0' }))
}

async function readOk(bytes: Uint8Array) {
  const result = await readExportFile(bytes)
  if (!result.ok) throw new Error(result.problem.message)
  return result.envelope
}

const problemOf = async (bytes: Uint8Array) => {
  const result = await readExportFile(bytes)
  if (result.ok) throw new Error('expected a problem')
  return result.problem
}

describe('export of everything', () => {
  beforeEach(() => setClock(() => new Date('2026-11-28T10:00:00.000Z')))

  it('holds every table the database has, apart from this laptop’s own (its device record, dietary needs)', async () => {
    const database = await seedEveryTable()
    const device = await getDevice()
    const envelope = await readOk(await exportBytes())
    const expected = database.tables.map((t) => t.name).filter((n) => !isLocalTable(n)).sort()
    expect(Object.keys(envelope.data).sort()).toEqual(expected)
    for (const table of expected) expect(envelope.counts[table], table).toBeGreaterThan(0)
    expect(envelope.data.device).toBeUndefined()
    expect(envelope.data.diets).toBeUndefined()
    expect(envelope).toMatchObject({ format: FORMAT_NAME, version: 2, installId: device.installId, appVersion: '1.0.0' })
  })

  it('carries attachment bytes as base64 and gives them back as bytes', async () => {
    await seedEveryTable()
    const bytes = await exportBytes()
    expect(new TextDecoder().decode(bytes)).toContain('"$bytes":"iVBORwD/"')
    const envelope = await readOk(bytes)
    expect(envelope.data.attachments?.[0]?.bytes).toEqual(new Uint8Array([137, 80, 78, 71, 0, 255]))
  })

  it('restores into an empty database with the same rows, without touching that laptop’s identity', async () => {
    await seedEveryTable()
    const before = await readAllTables()
    const envelope = await readOk(await exportBytes())

    await freshDatabase()
    const otherLaptop = await getDevice()
    await applied(applyImport(planImport(envelope, await readAllTables(), 'replace'), new Map()))
    const after = await readAllTables()
    for (const table of Object.keys(before)) {
      if (table === 'auditLog' || table === 'syncLog') continue
      expect(after[table], table).toEqual(before[table])
    }
    expect((after.auditLog ?? []).filter((r) => r.action === 'import')).toHaveLength(1)
    expect(await getDevice()).toEqual(otherLaptop)
  })
})

describe('a bad file changes nothing and says what is wrong', () => {
  beforeEach(async () => {
    await freshDatabase()
    await db().organisations.put(organisation('Før importen AS') as never)
  })

  it('refuses text that is not JSON, a truncated file and another program’s file', async () => {
    expect(await problemOf(text('Navn;Orgnr\nA;1'))).toMatchObject({ code: 'not-json' })
    const full = await exportBytes()
    expect(await problemOf(full.slice(0, Math.floor(full.length / 2)))).toMatchObject({ code: 'truncated', message: expect.stringContaining('avkuttet') })
    expect(await problemOf(text('{"name":"package","version":1}'))).toMatchObject({ code: 'foreign', message: expect.stringContaining('annet program') })
    expect(await problemOf(new Uint8Array([0xff, 0xfe, 0x00]))).toMatchObject({ code: 'not-text' })
  })

  it('refuses a newer format version and asks to update the program', async () => {
    const envelope = await readOk(await exportBytes())
    const problem = await problemOf(text(serializeEnvelope({ ...envelope, version: 3 as 2 })))
    expect(problem.code).toBe('too-new')
    expect(problem.message).toContain('Oppdater programmet')
  })

  it('names table, row and field of an invalid row, and of a duplicate id', async () => {
    const envelope = await readOk(await exportBytes())
    const orgs = envelope.data.organisations ?? []
    const broken = { ...envelope, data: { ...envelope.data, organisations: [...orgs, { ...orgs[0], id: 'ikke-en-id' }] }, counts: { ...envelope.counts, organisations: 2 } }
    const problem = await problemOf(encodeEnvelope(broken))
    expect(problem).toMatchObject({ code: 'invalid-row', table: 'organisations', row: 2, field: 'id' })
    expect(problem.message).toContain('Tabell «organisations», rad 2, felt «id»')

    const twice = { ...envelope, data: { ...envelope.data, organisations: [orgs[0] as Row, orgs[0] as Row] }, counts: { ...envelope.counts, organisations: 2 } }
    expect(await problemOf(encodeEnvelope(twice))).toMatchObject({ code: 'duplicate-id', table: 'organisations', row: 2 })
  })

  it('refuses __proto__ and constructor keys, even when escaped', async () => {
    const source = new TextDecoder().decode(await exportBytes())
    const poisoned = source.replace('"name":', '"\\u005f_proto__":{"admin":true},"name":')
    expect(await problemOf(text(poisoned))).toMatchObject({ code: 'forbidden-key', table: 'organisations', field: '__proto__' })
    const ctor = source.replace('"name":', '"notes2":{"constructor":{"prototype":1}},"name":')
    expect(await problemOf(text(ctor))).toMatchObject({ code: 'forbidden-key' })
    expect(({} as Record<string, unknown>).admin).toBeUndefined()
  })

  it('refuses a file larger than the limit before parsing it', async () => {
    const huge = new Uint8Array(4)
    Object.defineProperty(huge, 'byteLength', { value: MAX_IMPORT_BYTES + 1 })
    expect(await problemOf(huge)).toMatchObject({ code: 'too-large' })
  })

  it('reads a file of the older format 1 by upgrading it', async () => {
    const envelope = await readOk(await exportBytes())
    const v1 = JSON.stringify({ format: FORMAT_NAME, version: 1, exportedAt: envelope.exportedAt, tables: { organisations: envelope.data.organisations } })
    const result = await readExportFile(text(v1))
    expect(result.ok && result.upgradedFrom).toBe(1)
    expect(result.ok && result.envelope.data.organisations?.[0]?.name).toBe('Før importen AS')
  })

  it('leaves the previous data intact when replace mode meets a bad row in the last table', async () => {
    const database = await seedEveryTable()
    const envelope = await readOk(await exportBytes())
    const stays = organisation('Skal bli værende AS')
    await database.organisations.put(stays as never)
    const before = await readAllTables()
    const last = Object.keys(envelope.data).at(-1) as string
    const rows = envelope.data[last] ?? []
    // Replacing with this file would remove the organisation added since: only the bad last row stops it.
    const bad = { ...envelope, data: { ...envelope.data, [last]: [...rows, { ...rows[0], id: 'rad-uten-uuid' }] }, counts: { ...envelope.counts, [last]: rows.length + 1 } }
    expect(await importBytes(encodeEnvelope(bad), 'replace')).toBe('refused-on-read')
    expect(await problemOf(encodeEnvelope(bad))).toMatchObject({ code: 'invalid-row', table: last, row: rows.length + 1, field: 'id' })
    expect(await readAllTables()).toEqual(before)
    // The same file without the bad row goes all the way in, so the refusal above is the bad row's doing.
    expect(await importBytes(encodeEnvelope(envelope), 'replace')).toBe('applied')
    expect(await database.organisations.get(String(stays.id))).toBeUndefined()
  })

  it('rolls the whole import back when a write fails inside the transaction', async () => {
    const database = await seedEveryTable()
    const before = await readAllTables()
    const envelope = await readOk(await exportBytes())
    const plan = planImport({ ...envelope, data: { ...envelope.data, sectors: [] } }, before, 'replace', { now: '2026-11-28T10:00:00.000Z' })
    expect(plan.problems).toEqual([])
    // A row the database itself refuses (no primary key), written after the tables were cleared and others filled.
    plan.incoming.syncLog = [...(plan.incoming.syncLog ?? []), { at: 'uten id' }]
    await expect(applyImport(plan, new Map())).rejects.toThrow()
    expect(await readAllTables()).toEqual(before)
    expect(database.isOpen()).toBe(true)
  })
})

describe('cancelling an import', () => {
  it('leaves everything as it was when the user cancels after the tables were cleared', async () => {
    await seedEveryTable()
    const before = await readAllTables()
    const envelope = await readOk(await exportBytes())
    const plan = planImport({ ...envelope, data: { ...envelope.data, sectors: [] } }, before, 'replace', { now: '2026-11-28T10:00:00.000Z' })
    const stop = new AbortController()
    let heard = 0
    // "Avbryt importen" pressed once writing has begun: the replace has already emptied the tables.
    const progress = () => {
      heard++
      stop.abort()
    }
    const outcome = await applyImport(plan, new Map(), progress, stop.signal)
    expect(outcome).toMatchObject({ ok: false, error: 'cancelled', message: 'Importen ble avbrutt, og ingenting er endret.' })
    expect(heard).toBeGreaterThan(0)
    expect(await readAllTables()).toEqual(before)
  })

  it('writes the whole file when nobody cancels', async () => {
    await seedEveryTable()
    const envelope = await readOk(await exportBytes())
    const plan = planImport(envelope, await readAllTables(), 'replace', { now: '2026-11-28T10:00:00.000Z' })
    const { written } = await applied(applyImport(plan, new Map(), () => {}, new AbortController().signal))
    expect(written).toBeGreaterThan(0)
  })
})

describe('sync log', () => {
  it('remembers an export once it is safely written', async () => {
    await freshDatabase()
    const envelope = await exportDatabase({ appVersion: '1' })
    expect(await readAllTables()).toMatchObject({ syncLog: [] })
    await recordExport(envelope)
    expect((await readAllTables()).syncLog?.map((r) => r.id)).toEqual([envelope.exportId])
  })
})

describe('serialising in slices', () => {
  it('gives the same bytes as the one-go serialiser and reports progress', async () => {
    await seedEveryTable()
    const envelope = await exportDatabase({ appVersion: '1' })
    const seen: number[] = []
    const text = await serializeEnvelopeInSlices(envelope, (done) => seen.push(done))
    expect(text).toBe(serializeEnvelope(envelope))
    expect(seen.at(-1)).toBe(Object.values(envelope.counts).reduce((a, b) => a + b, 0))
  })
})
