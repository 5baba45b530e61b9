import * as fc from 'fast-check'
import { isLocalTable } from '../../../../renderer/db/schema'
import { describe, expect, it } from 'vitest'
import { db } from '../../../../renderer/db/db'
import { applyImport, exportDatabase, readAllTables } from '../../../../renderer/db/repositories/backup-repo'
import { setClock } from '../../../../renderer/db/repositories/base'
import { buildEnvelope, encodeEnvelope, serializeEnvelope, type Row, type TableData } from '../../../../renderer/domain/backup/envelope'
import { planImport, type ImportMode } from '../../../../renderer/domain/backup/plan'
import { readExportFile } from '../../../../renderer/domain/backup/read-file'
import { checkReferences } from '../../../../renderer/domain/backup/references'
import { schemaFor } from '../../../../renderer/domain/backup/row-schemas'
import { freshDatabase } from '../db-helpers'
import { importBytes, type Outcome } from './pipeline'
import { rowFor, uuidN } from './seed'

const samiAndEmoji = fc.constantFrom('', 'Áŋŧčđšž', 'Ođđa Ŋuolla', 'Ærlig Øl & Å', '🌍🚲', 'a\u0301', '"; DROP', '\n\t', '\\u0000')
const text = fc.oneof(fc.string({ maxLength: 20 }), samiAndEmoji, fc.string({ unit: 'grapheme', maxLength: 8 }))
const iso = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString())
const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
// Under Stryker every mutant reruns these; fewer runs there keep a module's run in minutes.
const RUNS = process.env.NFK_MUTATION_MODULE ? 30 : 120

const organisationArb = fc.record({
  id: fc.uuid(),
  createdAt: iso,
  updatedAt: iso,
  deletedAt: fc.option(iso, { nil: null }),
  name: text,
  orgNumber: fc.oneof(fc.constant(''), fc.stringMatching(/^\d{9}$/)),
  status: fc.constantFrom('soker', 'medlem', 'utmeldt'),
  tier: fc.constantFrom('medlem', 'partner'),
  signedDate: fc.option(day, { nil: null }),
  notes: text,
  address: fc.record({ street: text, postalCode: text, municipality: text }),
  partnerFee: fc.array(
    fc.record({
      year: fc.integer({ min: 2000, max: 2100 }),
      // JSON has no -0 (it reads back as 0), and a fee of minus nothing is not data anyone keeps.
      amount: fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x)),
      paid: fc.boolean(),
    }),
    { maxLength: 2 },
  ),
  website: fc.option(text, { nil: null }),
})
/** Organisations, and attachments each owned by one of them (every reference must resolve). */
const organisationsWithAttachments = fc.uniqueArray(organisationArb, { selector: (o) => o.id, minLength: 1, maxLength: 8 }).chain((organisations) =>
  fc.tuple(
    fc.constant(organisations),
    fc.uniqueArray(
      fc.record({
        id: fc.uuid(),
        createdAt: iso,
        updatedAt: iso,
        deletedAt: fc.constant(null),
        ownerTable: fc.constant('organisations'),
        ownerId: fc.constantFrom(...organisations.map((o) => o.id)),
        name: text,
        bytes: fc.uint8Array({ maxLength: 64 }),
      }),
      { selector: (a) => a.id, maxLength: 3 },
    ),
  ),
)

const FIXED = new Date('2026-11-28T12:00:00.000Z')
const NOW = { now: FIXED.toISOString() }
const EXPORT_ID = '11111111-2222-4333-8444-555555555555'

describe('export and import, for arbitrary records', () => {
  it('gives back the same data in an empty database, and the export is byte-stable across the round trip', async () => {
    setClock(() => FIXED)
    await fc.assert(
      fc.asyncProperty(organisationsWithAttachments, async ([organisations, attachments]) => {
        await freshDatabase()
        await db().organisations.bulkPut(organisations as never[])
        await db().attachments.bulkPut(attachments as never[])
        const before = await readAllTables()
        const first = encodeEnvelope(await exportDatabase({ appVersion: '1', exportId: EXPORT_ID }))

        await freshDatabase()
        const read = await readExportFile(first)
        if (!read.ok) throw new Error(read.problem.message)
        await applyImport(planImport(read.envelope, await readAllTables(), 'replace', NOW), new Map())
        const after = await readAllTables()
        expect(after.organisations).toEqual(before.organisations)
        expect(after.attachments).toEqual(before.attachments)

        // The import adds its own audit entry; apart from that the second export is the same bytes.
        const again = await exportDatabase({ appVersion: '1', exportId: EXPORT_ID })
        const { exportId, exportedAt, appVersion, installId } = again
        const withoutImport = { ...again.data, auditLog: (again.data.auditLog ?? []).filter((r) => r.action !== 'import') }
        const second = serializeEnvelope(buildEnvelope({ exportId, exportedAt, appVersion, installId: read.envelope.installId }, withoutImport))
        expect(installId).not.toBe(read.envelope.installId)
        expect(second).toBe(new TextDecoder().decode(first))
      }),
      { numRuns: 25 },
    )
  })
})

/** Values that break one rule or another, and some that are fine. */
const tricky = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    0,
    '',
    'ikke-en-id',
    '2026-02-30',
    '2026-13-45',
    '0000-00-00',
    '2026-11-28T10:00:00+02:00',
    '2026-02-30T10:00:00.000Z',
    uuidN(777_777),
    [],
    {},
    { $bytes: '***' },
  ),
  fc.jsonValue({ maxDepth: 3 }),
)
/** A path into a row: a top-level field, or one level down. */
type Edit = { table: number; row: number; path: string[]; value: unknown; remove: boolean }
const edit: fc.Arbitrary<Edit> = fc.record({
  table: fc.nat(),
  row: fc.nat(),
  path: fc.array(fc.constantFrom('id', 'organisationId', 'personId', 'eventId', 'ownerId', 'date', 'updatedAt', 'name', 'status', 'data', 'lunch', 'assignment', 'settings', 'retentionYearsAfterLeaving', 'bytes', 'table', 'erasedAt'), { minLength: 1, maxLength: 2 }),
  value: tricky,
  remove: fc.boolean(),
})
/** A reference that points nowhere: the file reads, the planner refuses it, and so must the write. */
const DANGLING: [string, string][] = [
  ['people', 'organisationId'],
  ['registrations', 'personId'],
  ['registrations', 'eventId'],
  ['contracts', 'signatoryPersonId'],
  ['annualReports', 'attachmentId'],
  ['attachments', 'ownerId'],
  ['statusEvents', 'organisationId'],
]

function applyEdits(source: string, edits: Edit[], dangle: number | null): Uint8Array {
  const file = JSON.parse(source) as { data: TableData }
  const tables = Object.keys(file.data)
  for (const e of edits) {
    const rows = file.data[tables[e.table % tables.length] as string] ?? []
    let target = rows[e.row % Math.max(1, rows.length)] as Row | undefined
    if (!target) continue
    for (const key of e.path.slice(0, -1)) {
      const next = target[key]
      if (typeof next !== 'object' || next === null) break
      target = next as Row
    }
    const last = e.path.at(-1) as string
    if (e.remove) delete target[last]
    else target[last] = e.value
  }
  if (dangle !== null) {
    const [table, field] = DANGLING[dangle % DANGLING.length] as [string, string]
    const row = file.data[table]?.[0]
    if (row) row[field] = uuidN(888_888)
  }
  return new TextEncoder().encode(JSON.stringify(file))
}

async function restore(snapshot: TableData) {
  await freshDatabase()
  for (const [table, rows] of Object.entries(snapshot)) await db().table(table).bulkPut(rows)
}

describe('import of damaged files, all the way to the database', () => {
  it('never throws; a refused file changes nothing, an accepted one leaves only rows the app can read, every reference resolving', async () => {
    setClock(() => FIXED)
    const database = await freshDatabase()
    for (const table of database.tables) if (!isLocalTable(table.name)) await table.put(rowFor(table.name))
    const valid = encodeEnvelope(await exportDatabase({ appVersion: '1' }))
    const validText = new TextDecoder().decode(valid)
    const before = await readAllTables()
    const tableIndex = (name: string) => Object.keys((JSON.parse(validText) as { data: TableData }).data).indexOf(name)
    const seen: Record<Outcome, number> = { 'refused-on-read': 0, 'refused-on-write': 0, applied: 0 }

    const flipped = fc.array(fc.record({ at: fc.nat(valid.length - 1), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 6 }).map((edits) => {
      const copy = valid.slice()
      for (const e of edits) copy[e.at] = e.byte
      return copy
    })
    const cut = fc.nat(valid.length - 1).map((n) => valid.slice(0, n))
    const structural = fc.tuple(fc.array(edit, { maxLength: 3 }), fc.option(fc.nat(), { nil: null })).map(([edits, dangle]) => applyEdits(validText, edits, dangle))
    const files = fc.oneof(
      { arbitrary: structural, weight: 6 },
      { arbitrary: flipped, weight: 2 },
      { arbitrary: cut, weight: 1 },
      { arbitrary: fc.uint8Array({ maxLength: 200 }), weight: 1 },
      { arbitrary: fc.json().map((j) => new TextEncoder().encode(j)), weight: 1 },
    )
    await fc.assert(
      fc.asyncProperty(files, fc.constantFrom<ImportMode>('replace', 'merge'), async (bytes, mode) => {
        await restore(before)
        const outcome = await importBytes(bytes, mode)
        seen[outcome]++
        const after = await readAllTables()
        if (outcome !== 'applied') {
          expect(after).toEqual(before)
          return
        }
        for (const [table, rows] of Object.entries(after)) {
          for (const row of rows) expect(schemaFor(table)?.safeParse(row).success, `${table} ${JSON.stringify(row).slice(0, 200)}`).toBe(true)
        }
        expect(checkReferences(after, null).problems).toEqual([])
      }),
      {
        numRuns: RUNS,
        // One file of each fate, whatever the random ones turn out to be.
        examples: [
          [valid, 'merge'],
          [applyEdits(validText, [], 0), 'replace'],
          [valid.slice(0, valid.length >> 1), 'merge'],
          [applyEdits(validText, [{ table: tableIndex('statusEvents'), row: 0, path: ['date'], value: '2026-02-30', remove: false }], null), 'replace'],
        ],
      },
    )
    // The property reached the database every way: refused on reading, refused at the write, written.
    expect(seen['refused-on-read']).toBeGreaterThan(0)
    expect(seen['refused-on-write']).toBeGreaterThan(0)
    expect(seen.applied).toBeGreaterThan(0)
  })
})
