/**
 * What an import refuses in names, the invitation log and applications, and which format versions it
 * can read: each case guards one rule of the reader (found unguarded by mutation testing).
 */
import { describe, expect, it } from 'vitest'
import { FORMAT_NAME, FORMAT_VERSION, type Row } from '../../../../../renderer/domain/backup/envelope'
import { upgradeEnvelope } from '../../../../../renderer/domain/backup/upgrade'
import { baseExport, problemOf, accepted } from './base-export'

const exported = baseExport()
const { withRow } = exported

const SEEDLING = 'Tegnet «🌱» (U+1F331) kan ikke skrives ut i kontrakter og bordkort. Bytt det ut eller fjern det.'

describe('names the PDF font cannot draw', () => {
  const cases: [string, string, string][] = [
    ['organisations', 'name', 'Grønn Vekst 🌱 AS'],
    ['people', 'name', 'Kari 🌱 Nordmann'],
    ['people', 'title', 'Daglig leder 🌱'],
    ['sectors', 'name', 'Bygg 🌱'],
  ]
  for (const [table, field, value] of cases) {
    it(`refuses ${table}.${field} naming the character, as the editor would`, async () => {
      expect(await problemOf(withRow(table, (r) => ({ ...r, [field]: value })))).toEqual({
        code: 'invalid-row',
        table,
        row: 1,
        field,
        message: `Tabell «${table}», rad 1, felt «${field}»: ${SEEDLING}`,
      })
    })
  }

  it('holds an imported name to the editor’s other rules too (required, at most 200 characters)', async () => {
    expect((await problemOf(withRow('organisations', (r) => ({ ...r, name: '  ' })))).field).toBe('name')
    expect((await problemOf(withRow('sectors', (r) => ({ ...r, name: 'x'.repeat(201) })))).message).toBe('Tabell «sectors», rad 1, felt «name»: Bransje kan ha høyst 200 tegn.')
  })

  it('lets an erased person or organisation through blank, and a person without a title', async () => {
    const org = await accepted(withRow('organisations', (r) => ({ ...r, name: '', erasedAt: '2026-11-28T10:00:00.000Z' })))
    expect(org.data.organisations?.[0]).toMatchObject({ name: '' })
    await accepted(withRow('people', (r) => ({ ...r, name: '', title: '', erasedAt: '2026-11-28T10:00:00.000Z' })))
    await accepted(withRow('people', (r) => ({ ...r, title: undefined })))
  })
})

describe('the invitation log and applications, field by field', () => {
  const refusals: [string, Row, string][] = [
    ['invitationLog', { eventId: 'x' }, 'eventId'],
    ['invitationLog', { at: 'x' }, 'at'],
    ['invitationLog', { kind: 'brev' }, 'kind'],
    ['invitationLog', { registrationId: 'x' }, 'registrationId'],
    ['invitationLog', { personId: 'x' }, 'personId'],
    ['invitationLog', { calendar: 'x' }, 'calendar'],
    ['invitationLog', { calendar: { sequence: -1, fingerprint: '[]' } }, 'calendar.sequence'],
    ['invitationLog', { calendar: { sequence: 1.5, fingerprint: '[]' } }, 'calendar.sequence'],
    ['invitationLog', { calendar: { sequence: '1', fingerprint: '[]' } }, 'calendar.sequence'],
    ['invitationLog', { calendar: { sequence: 0, fingerprint: 5 } }, 'calendar.fingerprint'],
    ['applications', { organisationId: 'x' }, 'organisationId'],
    ['applications', { formId: 17 }, 'formId'],
    ['applications', { date: '2026-02-30' }, 'date'],
    ['applications', { tier: 'gull' }, 'tier'],
    ['applications', { answers: 'x' }, 'answers'],
    ['applications', { answers: [{ question: 5, answer: 'Medlem' }] }, 'answers.0.question'],
    ['applications', { answers: [{ question: 'Ønsker å bli', answer: null }] }, 'answers.0.answer'],
  ]
  for (const [table, change, field] of refusals) {
    it(`refuses ${table}.${field} = ${JSON.stringify(Object.values(change)[0])}, naming table, row and field`, async () => {
      const problem = await problemOf(withRow(table, (r) => ({ ...r, ...change })))
      expect(problem).toMatchObject({ code: 'invalid-row', table, row: 1, field })
      expect(problem.message).toMatch(new RegExp(`^Tabell «${table}», rad 1, felt «${field}»: `))
    })
  }

  it('accepts a log line without calendar, a later calendar sequence, and an application without answers', async () => {
    await accepted(withRow('invitationLog', (r) => ({ ...r, calendar: null, registrationId: null, personId: undefined })))
    await accepted(withRow('invitationLog', (r) => ({ ...r, calendar: { sequence: 3, fingerprint: '' } })))
    await accepted(withRow('applications', (r) => ({ ...r, tier: 'partner', answers: [] })))
  })
})

describe('the first year and the first day', () => {
  it('refuses year 0 and day 0 in a date and in a timestamp, and takes year 1 and day 1', async () => {
    for (const date of ['0000-06-15', '2026-06-00']) {
      expect(await problemOf(withRow('statusEvents', (r) => ({ ...r, date }))), date).toMatchObject({ table: 'statusEvents', field: 'date' })
    }
    for (const stamp of ['0000-06-15T10:00:00.000Z', '2026-06-00T10:00:00.000Z']) {
      expect(await problemOf(withRow('people', (r) => ({ ...r, updatedAt: stamp }))), stamp).toMatchObject({ table: 'people', field: 'updatedAt' })
    }
    await accepted(withRow('statusEvents', (r) => ({ ...r, date: '0001-06-01' })))
    await accepted(withRow('people', (r) => ({ ...r, updatedAt: '0001-06-01T10:00:00.000Z' })))
  })
})

/** A file head of the given format version, its tables as format 1 named them. */
const head = (version: number): Row => ({ format: FORMAT_NAME, version, exportedAt: '2026-11-28T10:00:00.000Z', tables: {} })

describe('format versions before the current one', () => {
  it('upgrades format 1 through its step, and reads the current format as it is', () => {
    const upgraded = upgradeEnvelope(head(1), 1)
    expect('envelope' in upgraded && upgraded.envelope).toMatchObject({ version: FORMAT_VERSION, data: {}, installId: '' })
    const current = upgradeEnvelope({ ...exported.base, data: {} } as unknown as Row, FORMAT_VERSION)
    expect('envelope' in current && current.envelope.exportId).toBe(exported.base.exportId)
  })

  it('names a format it has no step for instead of failing on it', () => {
    expect(upgradeEnvelope(head(0), 0)).toEqual({ problem: 'Formatversjon 0 kan ikke leses.' })
    expect(upgradeEnvelope(head(-3), -3)).toEqual({ problem: 'Formatversjon -3 kan ikke leses.' })
  })
})
