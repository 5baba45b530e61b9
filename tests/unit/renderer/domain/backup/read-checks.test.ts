import { describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { readAllTables } from '../../../../../renderer/db/repositories/backup-repo'
import { loadSettings } from '../../../../../renderer/db/repositories/settings-repo'
import { DATA_TABLES } from '../../../../../renderer/db/schema'
import { encodeEnvelope, type Envelope, type Row } from '../../../../../renderer/domain/backup/envelope'
import { MAX_DEPTH, MAX_STRING_LENGTH } from '../../../../../renderer/domain/backup/inspect'
import { readExportFile } from '../../../../../renderer/domain/backup/read-file'
import { ROW_SCHEMAS } from '../../../../../renderer/domain/backup/row-schemas'
import { freshDatabase } from '../../db-helpers'
import { importBytes } from '../../db/repositories/backup/pipeline'
import { rowFor } from './seed'
import { baseExport, problemOf, accepted } from './base-export'

const exported = baseExport()
const { withRow } = exported

const text = (s: string) => new TextEncoder().encode(s)

/** Norwegian through and through: none of zod's or the engine's English. */
const NOT_ENGLISH = /Invalid|expected|received|undefined|Maximum call stack|is not a function|Cannot read/

/** `{"a":{"a":…}}` with `levels` objects, the outer one included. */
function nested(levels: number): Row {
  let value: Row = { leaf: 1 }
  for (let i = 1; i < levels; i++) value = { a: value }
  return value
}

describe('limits, named and tested just under and just over', () => {
  it(`accepts a row nested ${MAX_DEPTH} levels deep and refuses one level more, naming the field`, async () => {
    // The row itself is the first level: its field holds MAX_DEPTH - 1 more.
    await accepted(withRow('organisations', (r) => ({ ...r, notes2: nested(MAX_DEPTH - 1) })))
    const problem = await problemOf(withRow('organisations', (r) => ({ ...r, notes2: nested(MAX_DEPTH) })))
    expect(problem).toMatchObject({ code: 'too-deep', table: 'organisations', row: 1 })
    expect(problem.field).toMatch(/^notes2(\.a)+$/)
    expect(problem.message).toContain(`mer enn ${MAX_DEPTH} nivåer`)
  })

  it('refuses 20,000-deep nesting anywhere in the file with a clear message, never a stack overflow', async () => {
    const deep = '['.repeat(20_000) + ']'.repeat(20_000)
    const source = new TextDecoder().decode(encodeEnvelope(exported.base))
    const inRow = source.replace('"name":', `"deep":${deep},"name":`)
    const inHead = source.replace('"appVersion":', `"extra":${deep},"appVersion":`)
    const asRow = source.replace('"sectors": [', `"sectors": [${deep},`).replace('"sectors": 1', '"sectors": 2')
    for (const bytes of [inRow, inHead, asRow].map(text)) {
      const problem = await problemOf(bytes)
      expect(problem.code).toBe('too-deep')
      expect(problem.message).not.toMatch(NOT_ENGLISH)
    }
    expect((await problemOf(text(inRow))).message).toBe(`Tabell «attachments», rad 1, felt «deep.0.0.….0.0»: er nøstet for dypt (mer enn ${MAX_DEPTH} nivåer).`)
    expect(await problemOf(text(inHead))).toMatchObject({ field: `extra${'.0'.repeat(MAX_DEPTH)}`, message: expect.stringMatching(/^Filens hode, felt «extra\.0\.0\.…\.0\.0»/) })
  })

  it(`accepts text of ${MAX_STRING_LENGTH} characters and refuses one more, in a value or a key`, async () => {
    await accepted(withRow('organisations', (r) => ({ ...r, notes: 'x'.repeat(MAX_STRING_LENGTH) })))
    expect(await problemOf(withRow('organisations', (r) => ({ ...r, notes: 'x'.repeat(MAX_STRING_LENGTH + 1) })))).toMatchObject({
      code: 'too-long',
      table: 'organisations',
      row: 1,
      field: 'notes',
      message: expect.stringContaining(`${MAX_STRING_LENGTH + 1} tegn; grensen er ${MAX_STRING_LENGTH}`),
    })
    await accepted(withRow('organisations', (r) => ({ ...r, ['k'.repeat(MAX_STRING_LENGTH)]: 1 })))
    expect(await problemOf(withRow('organisations', (r) => ({ ...r, ['k'.repeat(MAX_STRING_LENGTH + 1)]: 1 })))).toMatchObject({ code: 'too-long' })
  })

  it('lets attachment bytes be longer than any text, and refuses bytes that are not base64', async () => {
    const big = new Uint8Array(MAX_STRING_LENGTH)
    const envelope = await accepted(withRow('attachments', (r) => ({ ...r, bytes: big })))
    expect(envelope.data.attachments?.[0]?.bytes).toEqual(big)
    const source = new TextDecoder().decode(encodeEnvelope(exported.base)).replace(/"\$bytes":"[^"]*"/, '"$bytes":"ikke base64!"')
    expect(await problemOf(text(source))).toMatchObject({ code: 'invalid-row', table: 'attachments', field: 'bytes', message: expect.stringContaining('base64') })
  })
})

describe('tables and settings as the app reads them', () => {
  it('knows exactly the tables an export holds', () => {
    expect(Object.keys(ROW_SCHEMAS).sort()).toEqual([...DATA_TABLES].sort())
  })

  for (const name of ['toString', 'hasOwnProperty', 'valueOf', '__proto__', 'constructor', 'nyTabell']) {
    it(`refuses a table named ${name} with a message naming it`, async () => {
      const source = new TextDecoder().decode(encodeEnvelope(exported.base)).replace('"data": {', `"data": {\n${JSON.stringify(name)}: [],`)
      const problem = await problemOf(text(source))
      expect(problem).toMatchObject({ code: 'unknown-table', table: name })
      expect(problem.message).toContain(`Tabell «${name}» finnes ikke i dette programmet`)
    })
  }

  it('refuses a settings row that would make Innstillinger throw, and one that passes loads', async () => {
    const cases: [Row, string, string][] = [
      [{ retentionYearsAfterLeaving: 0 }, 'retentionYearsAfterLeaving', 'må være minst 1'],
      [{ retentionYearsAfterLeaving: 2.5 }, 'retentionYearsAfterLeaving', 'må være et heltall'],
      [{ participationKinds: ['fest'] }, 'participationKinds.0', 'må være én av «nettverksmote»'],
      [{ geographyMunicipalities: 'Oslo' }, 'geographyMunicipalities', 'må være en liste'],
      [{ commissionerName: 7 }, 'commissionerName', 'må være tekst'],
      [{ reportDueDates: { 2026: '2026-02-30' } }, 'reportDueDates.2026', 'må være en dato som finnes'],
      [{ id: 'annen' }, 'id', 'må være «app»'],
    ]
    for (const [change, field, words] of cases) {
      const problem = await problemOf(withRow('settings', (r) => ({ ...r, ...change })))
      expect(problem, field).toMatchObject({ code: 'invalid-row', table: 'settings', row: 1, field })
      expect(problem.message).toBe(`Tabell «settings», rad 1, felt «${field}»: ${problem.message.split(': ').slice(1).join(': ')}`)
      expect(problem.message).toContain(words)
      expect(problem.message).not.toMatch(NOT_ENGLISH)
    }
    await freshDatabase()
    expect(await importBytes(withRow('settings', (r) => ({ ...r, retentionYearsAfterLeaving: 5, reportDueDates: { 2026: '2027-04-01' } })), 'replace')).toBe('applied')
    expect((await loadSettings()).retentionYearsAfterLeaving).toBe(5)
  })

  it('says what is missing or of the wrong kind in Norwegian', async () => {
    const missing = await problemOf(withRow('people', (r) => ({ ...r, name: undefined })))
    expect(missing.message).toBe('Tabell «people», rad 1, felt «name»: mangler.')
    const wrong = await problemOf(withRow('registrations', (r) => ({ ...r, status: 'kanskje' })))
    expect(wrong.message).toBe('Tabell «registrations», rad 1, felt «status»: må være én av «invitert», «pameldt», «avmeldt», «mott», «ikke-mott».')
    const number = await problemOf(withRow('annualReports', (r) => ({ ...r, year: '2025' })))
    expect(number.message).toBe('Tabell «annualReports», rad 1, felt «year»: må være et tall.')
    const ledger = await problemOf(withRow('erasures', (r) => ({ ...r, name: 'Kari' })))
    expect(ledger.message).toBe('Tabell «erasures», rad 1: har felt som ikke hører hjemme her (name).')
  })
})

describe('every field the app relies on, table by table', () => {
  const refusals: [string, Row, string][] = [
    ['sectors', { createdAt: 'x' }, 'createdAt'],
    ['sectors', { deletedAt: 'x' }, 'deletedAt'],
    ['sectors', { name: 5 }, 'name'],
    ['statusEvents', { organisationId: 5 }, 'organisationId'],
    ['statusEvents', { status: 'x' }, 'status'],
    ['organisations', { name: 5 }, 'name'],
    ['organisations', { orgNumber: 5 }, 'orgNumber'],
    ['organisations', { status: 'x' }, 'status'],
    ['organisations', { tier: 'gull' }, 'tier'],
    ['organisations', { erasedAt: 'x' }, 'erasedAt'],
    ['people', { organisationId: 'x' }, 'organisationId'],
    ['people', { name: 5 }, 'name'],
    ['people', { email: 5 }, 'email'],
    ['people', { roles: 'x' }, 'roles'],
    ['people', { erasedAt: 'x' }, 'erasedAt'],
    ['events', { title: 5 }, 'title'],
    ['events', { kind: 'fest' }, 'kind'],
    ['events', { cancelledAt: 'x' }, 'cancelledAt'],
    ['events', { invitedOrganisationIds: ['x'] }, 'invitedOrganisationIds.0'],
    ['events', { lunch: 'x' }, 'lunch'],
    ['events', { lunch: { speakingOrder: [{ organisationId: 'x' }] } }, 'lunch.speakingOrder.0.organisationId'],
    ['events', { lunch: { signingRegisteredAt: 'x' } }, 'lunch.signingRegisteredAt'],
    ['registrations', { eventId: 'x' }, 'eventId'],
    ['registrations', { organisationId: 'x' }, 'organisationId'],
    ['registrations', { personId: 'x' }, 'personId'],
    ['registrations', { checkedInAt: 'x' }, 'checkedInAt'],
    ['seatingPlans', { eventId: 'x' }, 'eventId'],
    ['seatingPlans', { data: 'x' }, 'data'],
    ['seatingPlans', { data: { assignment: { 't1:0': 5 } } }, 'data.assignment.t1:0'],
    ['annualReports', { organisationId: 'x' }, 'organisationId'],
    ['annualReports', { year: 2025.5 }, 'year'],
    ['annualReports', { status: 'x' }, 'status'],
    ['annualReports', { attachmentId: 'x' }, 'attachmentId'],
    ['annualReports', { checklist: 'x' }, 'checklist'],
    ['annualReports', { checklist: { certification: { validUntil: 'x' } } }, 'checklist.certification.validUntil'],
    ['contracts', { organisationId: 'x' }, 'organisationId'],
    ['contracts', { eventId: 'x' }, 'eventId'],
    ['contracts', { signatoryPersonId: 'x' }, 'signatoryPersonId'],
    ['contracts', { attachmentId: 'x' }, 'attachmentId'],
    ['contracts', { generatedAt: 'x' }, 'generatedAt'],
    ['contractTemplates', { version: 'x' }, 'version'],
    ['contractTemplates', { body: 5 }, 'body'],
    ['contractTemplates', { logoAttachmentId: 'x' }, 'logoAttachmentId'],
    ['attachments', { ownerTable: 5 }, 'ownerTable'],
    ['attachments', { ownerId: 'x' }, 'ownerId'],
    ['settings', { createdAt: 'x' }, 'createdAt'],
    ['settings', { deletedAt: '2026-11-28T10:00:00.000Z' }, 'deletedAt'],
    ['auditLog', { id: 'x' }, 'id'],
    ['auditLog', { at: 'x' }, 'at'],
    ['auditLog', { table: 5 }, 'table'],
    ['auditLog', { entityId: 5 }, 'entityId'],
    ['auditLog', { action: 'x' }, 'action'],
    ['auditLog', { changes: 'x' }, 'changes'],
    ['auditLog', { summary: 5 }, 'summary'],
    ['auditLog', { userName: 5 }, 'userName'],
    ['auditLog', { installId: 5 }, 'installId'],
    ['syncLog', { id: 'x' }, 'id'],
    ['syncLog', { at: 'x' }, 'at'],
    ['syncLog', { installId: 5 }, 'installId'],
    ['erasures', { id: 'x' }, 'id'],
    ['erasures', { table: 'contracts' }, 'table'],
    ['erasures', { erasedAt: 'x' }, 'erasedAt'],
  ]
  for (const [table, change, field] of refusals) {
    it(`refuses ${table}.${field} = ${JSON.stringify(Object.values(change)[0])}`, async () => {
      expect(await problemOf(withRow(table, (r) => ({ ...r, ...change })))).toMatchObject({ code: 'invalid-row', table, row: 1, field })
    })
  }

  it('accepts the values the app writes, optional ones left out', async () => {
    await accepted(withRow('erasures', (r) => ({ ...r, table: 'organisations' })))
    await accepted(withRow('events', (r) => ({ ...r, lunch: { speakingOrder: [], signingRegisteredAt: null }, cancelledAt: null })))
    await accepted(withRow('annualReports', (r) => ({ ...r, checklist: { certification: { validUntil: null }, partner: { klimapartnereDate: '2026-03-01' } } })))
    await accepted(withRow('people', (r) => ({ ...r, email: undefined, roles: undefined, erasedAt: null })))
  })
})

describe('dates and timestamps', () => {
  for (const bad of ['2026-02-30', '2026-13-45', '0000-00-00', '2026-02-29', '2026-4-1', '28.11.2026']) {
    it(`refuses the date ${bad}`, async () => {
      expect(await problemOf(withRow('statusEvents', (r) => ({ ...r, date: bad })))).toMatchObject({
        table: 'statusEvents',
        field: 'date',
        message: 'Tabell «statusEvents», rad 1, felt «date»: må være en dato som finnes (ÅÅÅÅ-MM-DD).',
      })
    })
  }

  it('checks every date field the app reads', async () => {
    const cases: [string, (r: Row) => Row, string][] = [
      ['organisations', (r) => ({ ...r, signedDate: '2026-02-30' }), 'signedDate'],
      ['organisations', (r) => ({ ...r, certification: { kind: null, validUntil: '2026-13-01', note: '' } }), 'certification.validUntil'],
      ['events', (r) => ({ ...r, date: '2026-06-31' }), 'date'],
      ['annualReports', (r) => ({ ...r, receivedDate: '2025-11-31' }), 'receivedDate'],
      ['annualReports', (r) => ({ ...r, checklist: { partner: { klimapartnereDate: '2025-00-10' } } }), 'checklist.partner.klimapartnereDate'],
      ['contracts', (r) => ({ ...r, signedDate: '0000-01-01' }), 'signedDate'],
    ]
    for (const [table, change, field] of cases) expect(await problemOf(withRow(table, change)), field).toMatchObject({ table, field })
    await accepted(withRow('statusEvents', (r) => ({ ...r, date: '2024-02-29' })))
  })

  it('converts timestamps with an offset to UTC on read, and refuses ones that name no real instant', async () => {
    const envelope = await accepted(withRow('organisations', (r) => ({ ...r, updatedAt: '2026-11-28T12:00:00+02:00', deletedAt: '2026-11-28T04:30:00.5-05:30' })))
    expect(envelope.data.organisations?.[0]).toMatchObject({ updatedAt: '2026-11-28T10:00:00.000Z', deletedAt: '2026-11-28T10:00:00.500Z' })
    const old = new TextDecoder().decode(encodeEnvelope(exported.base)).replace(/"exportedAt": "[^"]*"/, '"exportedAt": "2026-11-28T11:00:00+01:00"')
    expect((await accepted(text(old))).exportedAt).toBe('2026-11-28T10:00:00.000Z')
    for (const bad of ['2026-02-30T10:00:00.000Z', '2026-11-28T24:00:00Z', '2026-11-28T10:00:00+24:00', '2026-11-28 10:00', '2026-11-28T10:00:00', '0001-01-01T00:30:00+01:00']) {
      expect(await problemOf(withRow('people', (r) => ({ ...r, updatedAt: bad }))), bad).toMatchObject({
        field: 'updatedAt',
        message: expect.stringContaining('må være et tidspunkt som finnes, i UTC'),
      })
    }
    expect(await problemOf(text(old.replace('2026-11-28T11:00:00+01:00', '2026-11-31T11:00:00Z')))).toMatchObject({ code: 'invalid-envelope', message: 'Filen mangler et gyldig eksporttidspunkt.' })
  })
})

describe('no raw English and no end without an answer', () => {
  it('turns a slip in the reader into a Norwegian sentence', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const result = await readExportFile(encodeEnvelope(exported.base), () => {
      throw new TypeError('Cannot read properties of undefined')
    })
    expect(result).toEqual({ ok: false, problem: { code: 'unexpected', message: 'Filen kunne ikke kontrolleres på grunn av en uventet feil i programmet.' } })
    expect(logged).toHaveBeenCalled()
    logged.mockRestore()
  })

  it('refuses a poisoned key in the file head, naming it', async () => {
    const source = new TextDecoder().decode(encodeEnvelope(exported.base)).replace('"appVersion":', '"meta":{"constructor":{}},"appVersion":')
    expect(await problemOf(text(source))).toMatchObject({ code: 'forbidden-key', message: 'Filens hode, felt «meta.constructor»: ulovlig nøkkel «constructor».' })
  })

  it('refuses counts that disagree with the rows and a table that is no list', async () => {
    const source = new TextDecoder().decode(encodeEnvelope(exported.base))
    expect(await problemOf(text(source.replace('"sectors": 1', '"sectors": 3')))).toMatchObject({ message: 'Tabell «sectors» skal ha 3 rader, men har 1. Filen er skadet.' })
    const notList = JSON.parse(source) as Envelope
    ;(notList.data as Record<string, unknown>).sectors = { a: 1 }
    expect(await problemOf(text(JSON.stringify(notList)))).toMatchObject({ code: 'invalid-envelope', message: 'Tabell «sectors» er ikke en liste.' })
  })

  it('changes nothing in the database for any refusal above', async () => {
    await freshDatabase()
    await db().sectors.put(rowFor('sectors') as never)
    const before = await readAllTables()
    expect(await importBytes(withRow('settings', (r) => ({ ...r, retentionYearsAfterLeaving: 0 })), 'replace')).toBe('refused-on-read')
    expect(await readAllTables()).toEqual(before)
  })
})
