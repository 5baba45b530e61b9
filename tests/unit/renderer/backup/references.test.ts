import { beforeEach, describe, expect, it } from 'vitest'
import { isLocalTable } from '../../../../renderer/db/schema'
import { db } from '../../../../renderer/db/db'
import { applyImport, exportDatabase, readAllTables } from '../../../../renderer/db/repositories/backup-repo'
import { setClock } from '../../../../renderer/db/repositories/base'
import { encodeEnvelope, type Envelope, type Row, type TableData } from '../../../../renderer/domain/backup/envelope'
import { planImport } from '../../../../renderer/domain/backup/plan'
import { ImportRefusedError } from '../../../../renderer/domain/backup/problems'
import { checkReferences } from '../../../../renderer/domain/backup/references'
import { freshDatabase } from '../db-helpers'
import { importBytes } from './pipeline'
import { organisation, person, rowFor, SEEDED, uuidN } from './seed'

const NOW = { now: '2026-11-28T10:00:00.000Z' }
const NOWHERE = uuidN(123_456)
let data: TableData

beforeEach(async () => {
  setClock(() => new Date(NOW.now))
  const database = await freshDatabase()
  for (const table of database.tables) if (!isLocalTable(table.name)) await table.put(rowFor(table.name))
  data = structuredClone((await exportDatabase({ appVersion: '1' })).data)
})

const first = (table: string) => (data[table] as Row[])[0] as Row

describe('every reference between tables must resolve', () => {
  it('finds nothing wrong in a file whose references all resolve', () => {
    expect(checkReferences(data, null)).toEqual({ problems: [], total: 0 })
  })

  const cases: [string, (r: Row) => void, string, string][] = [
    ['statusEvents', (r) => (r.organisationId = NOWHERE), 'organisationId', 'en virksomhet'],
    ['people', (r) => (r.organisationId = NOWHERE), 'organisationId', 'en virksomhet'],
    ['events', (r) => (r.invitedOrganisationIds = [SEEDED.organisation, NOWHERE]), 'invitedOrganisationIds.1', 'en virksomhet'],
    ['events', (r) => (r.lunch = { speakingOrder: [{ organisationId: NOWHERE, minutes: 3 }] }), 'lunch.speakingOrder.0.organisationId', 'en virksomhet'],
    ['registrations', (r) => (r.eventId = NOWHERE), 'eventId', 'et arrangement'],
    ['registrations', (r) => (r.organisationId = NOWHERE), 'organisationId', 'en virksomhet'],
    ['registrations', (r) => (r.personId = NOWHERE), 'personId', 'en person'],
    ['seatingPlans', (r) => (r.eventId = NOWHERE), 'eventId', 'et arrangement'],
    ['seatingPlans', (r) => ((r.data as Row).assignment = { 't1:0': NOWHERE, 't1:1': 'host:h1' }), 'data.assignment.t1:0', 'en påmelding'],
    ['annualReports', (r) => (r.organisationId = NOWHERE), 'organisationId', 'en virksomhet'],
    ['annualReports', (r) => (r.attachmentId = NOWHERE), 'attachmentId', 'et vedlegg'],
    ['contracts', (r) => (r.organisationId = NOWHERE), 'organisationId', 'en virksomhet'],
    ['contracts', (r) => (r.eventId = NOWHERE), 'eventId', 'et arrangement'],
    ['contracts', (r) => (r.signatoryPersonId = NOWHERE), 'signatoryPersonId', 'en person'],
    ['contracts', (r) => (r.attachmentId = NOWHERE), 'attachmentId', 'et vedlegg'],
    ['contractTemplates', (r) => (r.logoAttachmentId = NOWHERE), 'logoAttachmentId', 'et vedlegg'],
    ['attachments', (r) => (r.ownerId = NOWHERE), 'ownerId', 'en årsrapport'],
    ['attachments', (r) => ((r.ownerTable = 'contracts'), (r.ownerId = NOWHERE)), 'ownerId', 'en klimakontrakt'],
    ['attachments', (r) => ((r.ownerTable = 'contractTemplates'), (r.ownerId = NOWHERE)), 'ownerId', 'en kontraktmal'],
    ['attachments', (r) => ((r.ownerTable = 'sectors'), (r.ownerId = NOWHERE)), 'ownerId', 'en rad i «sectors»'],
  ]
  for (const [table, breakIt, field, what] of cases) {
    it(`lists ${table}.${field} pointing at ${what} that does not exist`, () => {
      breakIt(first(table))
      const { problems, total } = checkReferences(data, null)
      expect(total).toBe(1)
      expect(problems).toEqual([
        { code: 'bad-reference', table, row: 1, field, message: `Tabell «${table}», rad 1, felt «${field}»: peker på ${what} som ikke finnes (id ${NOWHERE}).` },
      ])
    })
  }

  it('refuses an attachment owned by a table the app does not know', () => {
    first('attachments').ownerTable = 'toString'
    expect(checkReferences(data, null).problems).toEqual([
      { code: 'bad-reference', table: 'attachments', row: 1, field: 'ownerId', message: 'Tabell «attachments», rad 1, felt «ownerId»: peker på tabellen «toString», som ikke finnes.' },
    ])
  })

  it('looks only at references that are there: no invitation list, a seat plan that is no object, guests that are no text', () => {
    delete first('events').invitedOrganisationIds
    first('events').lunch = { speakingOrder: 'ingen' }
    ;(first('seatingPlans').data as Row).assignment = 'ab'
    expect(checkReferences(data, null).total).toBe(0)
    ;(first('seatingPlans').data as Row).assignment = { 't1:0': 5, 't1:1': 'commissioner', 't1:2': 'host:x' }
    first('seatingPlans').data = 'plan'
    expect(checkReferences(data, null).total).toBe(0)
    first('seatingPlans').data = { assignment: { 't1:0': 5 } }
    expect(checkReferences(data, null).total).toBe(0)
  })

  it('checks a file that holds only some of the tables', () => {
    expect(checkReferences({ people: [person(NOWHERE, 'Ola')] }, null).problems.map((p) => p.field)).toEqual(['organisationId'])
    expect(checkReferences({ people: [person(NOWHERE, 'Ola')] }, { organisations: [organisation('Her', { id: NOWHERE })] }).total).toBe(0)
  })

  it('counts trashed and erased rows as existing, and empty references as none', () => {
    Object.assign(first('organisations'), { deletedAt: NOW.now, erasedAt: NOW.now, name: '' })
    Object.assign(first('people'), { deletedAt: NOW.now })
    Object.assign(first('contracts'), { eventId: null, signatoryPersonId: '' })
    delete first('annualReports').attachmentId
    expect(checkReferences(data, null).total).toBe(0)
  })

  it('resolves against the local rows in merge mode only', () => {
    const stranger = person(uuidN(555), 'Ola Nordmann')
    data.people = [...(data.people ?? []), stranger]
    const local = { organisations: [organisation('Finnes her AS', { id: uuidN(555) })] }
    expect(checkReferences(data, local).total).toBe(0)
    expect(checkReferences(data, null).problems.map((p) => p.row)).toEqual([2])
  })

  it('lists at most the limit and counts the rest', () => {
    data.people = [first('people'), ...Array.from({ length: 60 }, (_, i) => person(NOWHERE, `Person ${i}`))]
    const { problems, total } = checkReferences(data, null)
    expect(total).toBe(60)
    expect(problems).toHaveLength(50)
    expect(checkReferences(data, null, 3).problems.map((p) => p.row)).toEqual([2, 3, 4])
  })
})

/** This database's export, changed. */
async function file(change: (d: TableData) => void): Promise<Envelope> {
  const envelope = structuredClone(await exportDatabase({ appVersion: '1' }))
  change(envelope.data)
  for (const [t, rows] of Object.entries(envelope.data)) envelope.counts[t] = rows.length
  return envelope
}

describe('an import with a dangling reference writes nothing', () => {

  it('is refused by the plan, refused again by the write, and leaves the database as it was', async () => {
    const envelope = await file((d) => (d.people = [...(d.people ?? []), person(NOWHERE, 'Ola Nordmann')]))
    const before = await readAllTables()
    for (const mode of ['replace', 'merge'] as const) {
      const plan = planImport(envelope, before, mode, NOW)
      expect(plan.problemCount).toBe(1)
      expect(plan.problems[0]).toMatchObject({ table: 'people', row: 2, field: 'organisationId' })
      const refusal = await applyImport(plan, new Map()).catch((e: unknown) => e)
      expect(refusal).toBeInstanceOf(ImportRefusedError)
      expect((refusal as ImportRefusedError).problems).toEqual(plan.problems)
      expect((refusal as Error).message).toBe(plan.problems[0]?.message)
      expect(await importBytes(encodeEnvelope(envelope), mode)).toBe('refused-on-write')
      expect(await readAllTables()).toEqual(before)
    }
  })

  it('merges a file whose people belong to an organisation only this laptop has, but refuses to replace with it', async () => {
    const here = organisation('Bare her AS')
    await db().organisations.put(here as never)
    const envelope = await file((d) => (d.people = [...(d.people ?? []), person(String(here.id), 'Ny kontakt')]))
    await freshDatabase()
    for (const t of Object.keys(data)) await db().table(t).bulkPut(data[t] ?? [])
    await db().organisations.put(here as never)
    expect(await importBytes(encodeEnvelope({ ...envelope, data: { ...envelope.data, organisations: (envelope.data.organisations ?? []).filter((o) => o.id !== here.id) }, counts: { ...envelope.counts, organisations: 1 } }), 'replace')).toBe('refused-on-write')
    expect(await importBytes(encodeEnvelope({ ...envelope, data: { ...envelope.data, organisations: (envelope.data.organisations ?? []).filter((o) => o.id !== here.id) }, counts: { ...envelope.counts, organisations: 1 } }), 'merge')).toBe('applied')
    expect((await db().people.toArray()).map((p) => p.name).sort()).toEqual(['Ny kontakt', 'Áile Ŋuolla'])
  })
})
