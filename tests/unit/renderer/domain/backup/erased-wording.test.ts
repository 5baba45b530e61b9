/**
 * What an anonymised history entry says: "slettet virksomhet" where an emptied organisation was
 * deleted (its own entries, its status events', an entry elsewhere quoting its name or number),
 * "slettet person" where a person was erased (their entries, and any entry quoting their name or
 * e-mail, an organisation's included). The rule for an entry about both must give the same words
 * whichever erasure is applied first: every laptop learns of them in its own order.
 */
import { describe, expect, it } from 'vitest'
import type { Row } from '../../../../../renderer/domain/backup/envelope'
import {
  anonymisedIfAbout,
  applyLedger,
  emptiedTraces,
  erasedKindOf,
  forgottenOf,
  isAnonymisedSummary,
  ERASE_SUMMARY,
  ORGANISATION_ERASE_SUMMARY,
  type Forgotten,
  type Ledger,
} from '../../../../../renderer/domain/backup/erasure-ledger'
import { organisation, person, uuidN } from './seed'

const AT = '2026-11-01T10:00:00.000Z'
const org = organisation('Fjordlys Energi AS', { id: uuidN(1), orgNumber: '923456783' })
const ola = person(uuidN(1), 'Ola Nordmann', { id: uuidN(2), email: 'ola@fjordlys.no' })
const kari = person(uuidN(9), 'Kari Sámi', { id: uuidN(3) })
const event = { id: uuidN(4), organisationId: uuidN(1), note: 'Signert' }

const entry = (id: number, table: string, entityId: string, summary: string): Row => ({ id: uuidN(100 + id), table, entityId, action: 'update', summary, changes: { notes: { from: 'a', to: 'b' } } })
const own = entry(1, 'organisations', org.id as string, 'Opplysninger om Fjordlys Energi AS ble endret')
const addedKari = entry(2, 'organisations', org.id as string, 'Person lagt til: Kari Sámi')
const statusEntry = entry(3, 'statusEvents', event.id, 'Status satt til signert')
const lunchInvite = entry(4, 'events', uuidN(50), 'Fjordlys Energi AS invitert til signeringslunsj')
const lunchNumber = entry(5, 'events', uuidN(50), 'Org.nr. 923456783 lagt til')
const olaOwn = entry(6, 'people', ola.id as string, 'Ny person')
const checkIn = entry(7, 'registrations', uuidN(60), 'ola@fjordlys.no sjekket inn')
const kariOwn = entry(8, 'people', kari.id as string, 'Kari Sámi ble lagt til')
const otherOrg = entry(9, 'organisations', uuidN(70), 'Person lagt til: Kari Sámi')

/** Emptying the organisation (with Ola, its person), and erasing Kari of another organisation. */
const emptying = emptiedTraces([org], [ola], [event])
const erasingKari: Forgotten = { people: new Set([kari.id as string]), organisations: new Set(), traces: ['Kari Sámi'], quoted: [] }

const said = (e: Row, ...steps: Forgotten[]) => steps.reduce((x, f) => anonymisedIfAbout(x, f) ?? x, e).summary

describe('what an anonymised history entry says', () => {
  it('says «slettet virksomhet» for the emptied organisation’s own entries, its status events’ and those quoting its name or number', () => {
    for (const e of [own, statusEntry, lunchInvite, lunchNumber]) {
      expect(erasedKindOf(e, emptying), String(e.summary)).toBe('organisation')
      expect(anonymisedIfAbout(e, emptying)).toEqual({ ...e, summary: 'slettet virksomhet', changes: {} })
    }
  })

  it('says «slettet person» for its people’s entries and those quoting their name or e-mail', () => {
    for (const e of [olaOwn, checkIn]) expect(erasedKindOf(e, emptying), String(e.summary)).toBe('person')
    expect(erasedKindOf(otherOrg, emptying)).toBeNull()
    expect(said(olaOwn, emptying)).toBe('slettet person')
    expect(said(checkIn, emptying)).toBe('slettet person')
  })

  it('says «slettet person» in an organisation’s history that named an erased person', () => {
    expect(said(otherOrg, erasingKari)).toBe('slettet person')
    expect(said(addedKari, erasingKari)).toBe('slettet person')
    expect(said(kariOwn, erasingKari)).toBe('slettet person')
  })

  it('leaves entries about neither as they are', () => {
    expect(anonymisedIfAbout(otherOrg, emptying)).toBeNull()
    expect(anonymisedIfAbout(own, erasingKari)).toBeNull()
    // A live organisation's own entry is found by id only, never by the emptied one's name.
    expect(anonymisedIfAbout(entry(10, 'organisations', uuidN(71), 'Slått sammen med Fjordlys Energi AS'), emptying)).toBeNull()
  })

  it('says «slettet virksomhet» for the organisation’s entry naming an erased person, whichever erasure comes first', () => {
    expect(said(addedKari, erasingKari, emptying)).toBe('slettet virksomhet')
    expect(said(addedKari, emptying, erasingKari)).toBe('slettet virksomhet')
    // Both at once (the organisation's own person: emptying erases them with it).
    const both: Forgotten = { ...emptying, people: new Set([...emptying.people, kari.id as string]), traces: [...emptying.traces, 'Kari Sámi'] }
    expect(said(addedKari, both)).toBe('slettet virksomhet')
    expect(said(entry(11, 'organisations', org.id as string, 'Person lagt til: Ola Nordmann'), emptying)).toBe('slettet virksomhet')
  })

  it('keeps the erasure’s own wording whatever the reason', () => {
    const erase = { ...own, action: 'erase', summary: ORGANISATION_ERASE_SUMMARY }
    expect(said(erase, emptying)).toBe(ORGANISATION_ERASE_SUMMARY)
    expect(said({ ...olaOwn, action: 'erase', summary: ERASE_SUMMARY }, emptying)).toBe(ERASE_SUMMARY)
  })

  it('tells the wordings the anonymisation writes (sync redacts older files holding them)', () => {
    for (const s of ['slettet person', 'slettet virksomhet', ERASE_SUMMARY]) expect(isAnonymisedSummary(s), s).toBe(true)
    for (const s of ['Slettet person', 'slettet', '', undefined, ORGANISATION_ERASE_SUMMARY]) expect(isAnonymisedSummary(s), String(s)).toBe(false)
  })

  it('reads the ledger’s lines by their table, only the new ones when asked', () => {
    const ledger: Ledger = new Map([
      [org.id as string, { id: org.id as string, table: 'organisations', erasedAt: AT }],
      [kari.id as string, { id: kari.id as string, table: 'people', erasedAt: AT }],
    ])
    expect(forgottenOf(ledger, ['x'], ['y'])).toEqual({ people: new Set([kari.id]), organisations: new Set([org.id]), traces: ['x'], quoted: ['y'] })
    expect(forgottenOf(ledger, [], [], new Set([org.id as string]))).toEqual({ people: new Set(), organisations: new Set([org.id]), traces: [], quoted: [] })
  })
})

describe('an import applying the ledger', () => {
  it('writes «slettet virksomhet» for the emptied organisation’s and its status events’ history, «slettet person» for its people’s', () => {
    const ledger: Ledger = new Map([[org.id as string, { id: org.id as string, table: 'organisations', erasedAt: AT }]])
    const data = { organisations: [org], people: [ola], statusEvents: [event], auditLog: [own, statusEntry, lunchInvite, olaOwn, checkIn, otherOrg] }
    const summaries = applyLedger(data, ledger).data.auditLog?.map((e) => e.summary)
    expect(summaries).toEqual(['slettet virksomhet', 'slettet virksomhet', 'slettet virksomhet', 'slettet person', 'slettet person', 'Person lagt til: Kari Sámi'])
  })

  it('writes «slettet person» for an erased person’s history, the organisation’s too', () => {
    const ledger: Ledger = new Map([[kari.id as string, { id: kari.id as string, table: 'people', erasedAt: AT }]])
    const summaries = applyLedger({ people: [kari], auditLog: [kariOwn, otherOrg, own] }, ledger).data.auditLog?.map((e) => e.summary)
    expect(summaries).toEqual(['slettet person', 'slettet person', own.summary])
  })
})
