import { describe, expect, it } from 'vitest'
import type { Row } from '../../../../../renderer/domain/backup/envelope'
import {
  addToLedger,
  anonymisedEntry,
  applyLedger,
  emptiedOrganisation,
  emptiedStatusEvent,
  ERASE_SUMMARY,
  ORGANISATION_ERASE_SUMMARY,
  erasedPerson,
  holdsContent,
  isAbout,
  ledgerOf,
  ledgerRows,
  tracesOf,
  type Ledger,
} from '../../../../../renderer/domain/backup/erasure-ledger'
import { organisation, person, uuidN } from './seed'

const AT = '2026-11-01T10:00:00.000Z'
const LATER = '2026-11-02T10:00:00.000Z'

describe('the erasure ledger', () => {
  it('keeps one line per id with its earliest erasure, whichever comes first', () => {
    const ledger: Ledger = new Map()
    addToLedger(ledger, { id: 'a', table: 'people', erasedAt: LATER })
    addToLedger(ledger, { id: 'a', table: 'people', erasedAt: AT })
    addToLedger(ledger, { id: 'a', table: 'people', erasedAt: LATER })
    addToLedger(ledger, { id: 'a', table: 'people', erasedAt: AT })
    expect([...ledger.values()]).toEqual([{ id: 'a', table: 'people', erasedAt: AT }])
    // The same date again changes nothing, not even the table.
    addToLedger(ledger, { id: 'a', table: 'organisations', erasedAt: AT })
    expect(ledger.get('a')?.table).toBe('people')
  })

  it('reads its own lines and the tombstones of tables written before it, and nothing else', () => {
    const extra = { id: 'l1', table: 'organisations', erasedAt: AT, note: 'x' }
    const ledger = ledgerOf({
      erasures: [extra, { id: 'l2', table: 'whatever', erasedAt: AT }],
      people: [{ id: 'p1', erasedAt: LATER }, { id: 'p2', erasedAt: null }, { id: 'p3' }],
      organisations: [{ id: 'o1', erasedAt: AT }],
      statusEvents: [{ id: 's1', erasedAt: AT }],
    })
    expect(ledgerRows(ledger)).toEqual([
      { id: 'l1', table: 'organisations', erasedAt: AT },
      { id: 'l2', table: 'people', erasedAt: AT },
      { id: 'o1', table: 'organisations', erasedAt: AT },
      { id: 'p1', table: 'people', erasedAt: LATER },
    ])
    const into: Ledger = new Map([['x', { id: 'x', table: 'people', erasedAt: AT }]])
    expect(ledgerOf({}, into)).toBe(into)
    expect(into.size).toBe(1)
  })

  it('sorts its rows oldest first, then by id', () => {
    const ledger = ledgerOf({ erasures: [{ id: 'b', table: 'people', erasedAt: AT }, { id: 'c', table: 'people', erasedAt: AT }, { id: 'a', table: 'people', erasedAt: LATER }] })
    expect(ledgerRows(ledger).map((r) => r.id)).toEqual(['b', 'c', 'a'])
  })
})

describe('tombstones', () => {
  it('erases a person’s details, keeps an earlier deletion and stamps the erasure', () => {
    const p = person(uuidN(1), 'Ánde', { phone: '123', title: 'Leder' })
    expect(erasedPerson(p, AT)).toEqual({ ...p, name: '', title: '', email: '', phone: '', roles: [], deletedAt: AT, erasedAt: AT, updatedAt: AT })
    expect(erasedPerson({ ...p, deletedAt: LATER }, AT).deletedAt).toBe(LATER)
  })

  it('empties an organisation, blanking every assessment it has', () => {
    const o = organisation('Ruoŧŧa AS', {
      website: 'https://x.no',
      notes: 'notat',
      partnerFee: [{ year: 2026, amount: 1, paid: true }],
      certification: { kind: 'iso14001', validUntil: '2027-01-01', note: 'n' },
      criteria: { intent: { status: 'oppfylt', note: 'ja' } },
      expectations: { strategy: { status: 'delvis', note: 'litt' } },
      deletedAt: LATER,
    })
    expect(emptiedOrganisation(o, AT)).toEqual({
      ...o,
      name: '',
      orgNumber: '',
      address: { street: '', postalCode: '', municipality: '' },
      website: '',
      notes: '',
      partnerFee: [],
      certification: { kind: null, validUntil: null, note: '' },
      criteria: { intent: { status: 'ukjent', note: '' } },
      expectations: { strategy: { status: 'ukjent', note: '' } },
      deletedAt: LATER,
      erasedAt: AT,
      updatedAt: AT,
    })
    const odd = emptiedOrganisation({ id: 'o', criteria: 'xy', expectations: ['a'], deletedAt: null }, AT)
    expect([odd.criteria, odd.expectations, odd.deletedAt]).toEqual([{}, {}, AT])
    expect(emptiedOrganisation({ id: 'o', criteria: null, deletedAt: null }, AT).criteria).toEqual({})
  })

  it('clears a status event’s note and deletes it', () => {
    expect(emptiedStatusEvent({ id: 's', note: 'Signert', deletedAt: null, updatedAt: LATER }, AT)).toEqual({ id: 's', note: '', deletedAt: AT, updatedAt: AT })
    expect(emptiedStatusEvent({ id: 's', note: 'x', deletedAt: LATER }, AT).deletedAt).toBe(LATER)
  })

  it('anonymises an audit entry saying what was deleted, keeping the wording of the erasure’s own entry', () => {
    const entry = { id: 'e', action: 'update', summary: 'Ánde endret', changes: { name: { from: 'Ánde', to: 'Á' } } }
    expect(anonymisedEntry(entry, 'person')).toEqual({ id: 'e', action: 'update', summary: 'slettet person', changes: {} })
    expect(anonymisedEntry(entry, 'organisation')).toEqual({ id: 'e', action: 'update', summary: 'slettet virksomhet', changes: {} })
    expect(anonymisedEntry({ ...entry, action: 'erase' }, 'organisation')).toMatchObject({ summary: ERASE_SUMMARY, changes: {} })
    expect(anonymisedEntry({ ...entry, table: 'organisations', action: 'erase' }, 'person')).toMatchObject({ summary: ORGANISATION_ERASE_SUMMARY, changes: {} })
    expect(ERASE_SUMMARY).toBe('En slettet person: opplysningene er fjernet for godt')
  })

  it('finds a person by id, by name or e-mail in the summary or the changes, and by nothing shorter than three letters', () => {
    expect(tracesOf({ name: ' Ánde Ŋuolla ', email: 'ab' })).toEqual(['Ánde Ŋuolla'])
    expect(tracesOf({ name: 'Ola', email: 'ola@x.no' })).toEqual(['Ola', 'ola@x.no'])
    expect(tracesOf({ name: 7 })).toEqual([])
    const ids = new Set(['p1'])
    expect(isAbout({ entityId: 'p1', summary: '', changes: {} }, ids, [])).toBe(true)
    expect(isAbout({ entityId: 'o1', summary: 'Møte med Ola', changes: {} }, ids, [])).toBe(false)
    expect(isAbout({ entityId: 'o1', summary: 'Møte med Ola', changes: {} }, ids, ['Ola'])).toBe(true)
    expect(isAbout({ entityId: 'o1', summary: 'Endret', changes: { email: { from: 'ola@x.no', to: '' } } }, ids, ['ola@x.no'])).toBe(true)
    expect(isAbout({ entityId: 'o1', summary: 'Endret', changes: {} }, ids, ['Kari'])).toBe(false)
    // An entry that arrived only as redacted messages (sync): no summary, no changes.
    expect(isAbout({ entityId: 'o1' }, ids, ['Kari'])).toBe(false)
    // An entry arriving from other laptops' messages may lack its changes (redacted in the folder).
    expect(isAbout({ entityId: 'o1', summary: 'Møte med Kari' }, ids, ['Kari'])).toBe(true)
    expect(isAbout({ entityId: 'o1', summary: 'Endret' }, ids, ['Kari'])).toBe(false)
  })

  it('tells a tombstone from a row that still holds what the erasure removes', () => {
    const blank = { name: '', title: '', email: '', phone: '', roles: [] }
    expect(holdsContent('people', blank)).toBe(false)
    for (const field of ['name', 'title', 'email', 'phone']) expect(holdsContent('people', { ...blank, [field]: 'x' }), field).toBe(true)
    expect(holdsContent('people', { ...blank, roles: ['annen'] })).toBe(true)
    expect(holdsContent('people', { ...blank, roles: 'annen' })).toBe(false)
    const empty = { name: '', orgNumber: '', website: '', notes: '', roles: ['x'] }
    expect(holdsContent('organisations', empty)).toBe(false)
    for (const field of ['name', 'orgNumber', 'website', 'notes']) expect(holdsContent('organisations', { ...empty, [field]: 'x' }), field).toBe(true)
    expect(holdsContent('organisations', { ...empty, name: 5 })).toBe(false)
  })
})

describe('applying the ledger to rows about to be written', () => {
  const org = organisation('Tømt AS', { id: uuidN(1) })
  const other = organisation('Levende AS', { id: uuidN(2) })
  const member = person(uuidN(1), 'Ánde Ŋuolla', { id: uuidN(3) })
  const colleague = person(uuidN(2), 'Siri Sámi', { id: uuidN(4) })
  const event = { id: uuidN(5), organisationId: uuidN(1), note: 'Signert', deletedAt: null, updatedAt: LATER }
  const otherEvent = { id: uuidN(6), organisationId: uuidN(2), note: 'Ny', deletedAt: null, updatedAt: LATER }
  const entries = [
    { id: uuidN(7), entityId: uuidN(3), action: 'create', summary: 'Ny person', changes: {} },
    { id: uuidN(8), entityId: uuidN(2), action: 'update', summary: 'Møtte Ánde Ŋuolla', changes: {} },
    { id: uuidN(9), entityId: uuidN(2), action: 'update', summary: 'Navn endret', changes: {} },
  ]
  const data = { organisations: [org, other], people: [member, colleague], statusEvents: [event, otherEvent], auditLog: entries, sectors: [{ id: 's' }] }

  it('leaves every table as it is when the ledger is empty', () => {
    const applied = applyLedger(data, new Map())
    expect(applied.erased).toEqual({ people: 0, organisations: 0, withContent: 0 })
    for (const table of Object.keys(data)) expect(applied.data[table]).toBe((data as Record<string, Row[]>)[table])
  })

  it('empties an organisation with its people and status events, and adds its people to the ledger', () => {
    const ledger: Ledger = new Map([[uuidN(1), { id: uuidN(1), table: 'organisations', erasedAt: AT }]])
    const applied = applyLedger(data, ledger)
    expect(applied.data.organisations).toEqual([emptiedOrganisation(org, AT), other])
    expect(applied.data.people).toEqual([erasedPerson(member, AT), colleague])
    expect(applied.data.statusEvents).toEqual([emptiedStatusEvent(event, AT), otherEvent])
    expect(applied.data.auditLog).toEqual([anonymisedEntry(entries[0] as Row, 'person'), anonymisedEntry(entries[1] as Row, 'person'), entries[2]])
    expect(applied.data.sectors).toBe(data.sectors)
    expect(applied.erased).toEqual({ people: 1, organisations: 1, withContent: 2 })
    expect(ledger.get(uuidN(3))).toEqual({ id: uuidN(3), table: 'people', erasedAt: AT })
  })

  it('erases a person at their own date, leaving organisations and status events alone', () => {
    const ledger: Ledger = new Map([[uuidN(3), { id: uuidN(3), table: 'people', erasedAt: LATER }]])
    const applied = applyLedger(data, ledger)
    expect(applied.data.people).toEqual([erasedPerson(member, LATER), colleague])
    expect(applied.data.organisations).toBe(data.organisations)
    expect(applied.data.statusEvents).toBe(data.statusEvents)
    expect(applied.erased).toEqual({ people: 1, organisations: 0, withContent: 1 })
    // A tombstone already is one: counted, but not as holding content.
    expect(applyLedger({ people: [erasedPerson(member, LATER)] }, ledger).erased).toEqual({ people: 1, organisations: 0, withContent: 0 })
  })

  it('anonymises audit entries by names known from elsewhere, even with no erased row in sight', () => {
    const ledger: Ledger = new Map([[uuidN(99), { id: uuidN(99), table: 'organisations', erasedAt: AT }]])
    expect(applyLedger({ auditLog: entries }, ledger, ['Navn endret']).data.auditLog).toEqual([entries[0], entries[1], anonymisedEntry(entries[2] as Row, 'person')])
    expect(applyLedger({ auditLog: entries }, ledger).data.auditLog).toBe(entries)
  })

  it('anonymises audit entries about a person in the ledger whose row is not among the rows written', () => {
    const ledger: Ledger = new Map([[uuidN(3), { id: uuidN(3), table: 'people', erasedAt: AT }]])
    expect(applyLedger({ auditLog: entries }, ledger).data.auditLog).toEqual([anonymisedEntry(entries[0] as Row, 'person'), entries[1], entries[2]])
  })

  it('takes an erased person’s name, address and draft out of an imported invitation log, keeping the line', () => {
    const line = { id: uuidN(20), eventId: uuidN(21), personId: uuidN(3), kind: 'invitation', recipientName: 'Ánde Ŋuolla', email: 'ande@example.no', fileName: 'Ánde Ŋuolla (Org).eml' }
    const other = { ...line, id: uuidN(22), personId: uuidN(4), recipientName: 'Kari' }
    const ledger: Ledger = new Map([[uuidN(3), { id: uuidN(3), table: 'people', erasedAt: AT }]])
    expect(applyLedger({ invitationLog: [line, other] }, ledger).data.invitationLog).toEqual([
      { ...line, recipientName: 'slettet person', email: '', fileName: '' },
      other,
    ])
  })

  it('does not take a ledger line for an organisation as one for a person with that id', () => {
    const ledger: Ledger = new Map([[uuidN(3), { id: uuidN(3), table: 'organisations', erasedAt: AT }]])
    expect(applyLedger({ people: [member] }, ledger).data.people).toEqual([member])
  })
})
