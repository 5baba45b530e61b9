import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { db } from '../../../../renderer/db/db'
import { applyImport, exportDatabase, readAllTables } from '../../../../renderer/db/repositories/backup-repo'
import { setClock } from '../../../../renderer/db/repositories/base'
import { buildEnvelope, encodeEnvelope, serializeEnvelope } from '../../../../renderer/lib/backup/envelope'
import { planImport } from '../../../../renderer/lib/backup/plan'
import { readExportFile } from '../../../../renderer/lib/backup/read-file'
import { freshDatabase } from '../db-helpers'

const samiAndEmoji = fc.constantFrom('', 'Áŋŧčđšž', 'Ođđa Ŋuolla', 'Ærlig Øl & Å', '🌍🚲', 'a\u0301', '"; DROP', '\n\t', '\\u0000')
const text = fc.oneof(fc.string({ maxLength: 20 }), samiAndEmoji, fc.string({ unit: 'grapheme', maxLength: 8 }))
const iso = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString())
const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))

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
const attachmentArb = fc.record({
  id: fc.uuid(),
  createdAt: iso,
  updatedAt: iso,
  deletedAt: fc.constant(null),
  name: text,
  bytes: fc.uint8Array({ maxLength: 64 }),
})

const FIXED = new Date('2026-11-28T12:00:00.000Z')
const EXPORT_ID = '11111111-2222-4333-8444-555555555555'

describe('export and import, for arbitrary records', () => {
  it('gives back the same data in an empty database, and the export is byte-stable across the round trip', async () => {
    setClock(() => FIXED)
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(organisationArb, { selector: (o) => o.id, maxLength: 8 }),
        fc.uniqueArray(attachmentArb, { selector: (o) => o.id, maxLength: 3 }),
        async (organisations, attachments) => {
          await freshDatabase()
          await db().organisations.bulkPut(organisations as never[])
          await db().attachments.bulkPut(attachments as never[])
          const before = await readAllTables()
          const first = encodeEnvelope(await exportDatabase({ appVersion: '1', exportId: EXPORT_ID }))

          await freshDatabase()
          const read = await readExportFile(first)
          if (!read.ok) throw new Error(read.problem.message)
          await applyImport(planImport(read.envelope, await readAllTables(), 'replace'), new Map())
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
        },
      ),
      { numRuns: 25 },
    )
  })

  it('never throws and never writes for fuzzed and mutated files', async () => {
    setClock(() => FIXED)
    await freshDatabase()
    await db().organisations.put({ id: EXPORT_ID, createdAt: FIXED.toISOString(), updatedAt: FIXED.toISOString(), deletedAt: null, name: 'Før', orgNumber: '', status: 'medlem', tier: 'medlem' } as never)
    const valid = encodeEnvelope(await exportDatabase({ appVersion: '1' }))
    const before = await readAllTables()
    const mutated = fc.array(fc.record({ at: fc.nat(valid.length - 1), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 6 }).map((edits) => {
      const copy = valid.slice()
      for (const e of edits) copy[e.at] = e.byte
      return copy
    })
    const cut = fc.nat(valid.length - 1).map((n) => valid.slice(0, n))
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated, cut, fc.uint8Array({ maxLength: 200 }), fc.json().map((j) => new TextEncoder().encode(j))), async (bytes) => {
        const result = await readExportFile(bytes)
        if (!result.ok) {
          expect(typeof result.problem.code).toBe('string')
          expect(result.problem.message.length).toBeGreaterThan(10)
        }
        expect(await readAllTables()).toEqual(before)
      }),
      { numRuns: 150 },
    )
  })
})
