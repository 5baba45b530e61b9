import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import type { Organisation, Person, PersonRole } from '../../../../../renderer/db/models'
import { newRecord } from '../../../../../renderer/db/repositories/base'
import { batchCandidates, type BatchCandidate } from '../../../../../renderer/db/repositories/contracts-repo'
import { defaultSignatory, notLeaderWarning } from '../../../../../renderer/domain/contract/signatory'
import { filterCandidates, NO_FILTER, rowSigner, selectAll } from '../../../../../renderer/features/contracts/batch-rows'
import { freshDatabase } from '../../db-helpers'

const person = (id: string, name: string, roles: PersonRole[], organisationId = 'org'): Person =>
  newRecord({ organisationId, name, title: 'Tittel', email: '', phone: '', roles }) as Person & { id: string }

const withId = (p: Person, id: string): Person => ({ ...p, id })

describe('the default signatory', () => {
  it('is the top leader, then the deputy, and never the climate contact', () => {
    const contact = person('c', 'Åse Klima', ['klimakontakt'])
    const deputy = person('d', 'Bjørn Stedfortreder', ['stedfortreder'])
    const leader = person('l', 'Ola Leder', ['toppleder'])
    expect(defaultSignatory([contact, deputy, leader])?.name).toBe('Ola Leder')
    expect(defaultSignatory([contact, deputy])?.name).toBe('Bjørn Stedfortreder')
    expect(defaultSignatory([contact, person('a', 'Per Annen', ['annen'])])).toBeNull()
    expect(defaultSignatory([])).toBeNull()
  })

  it('warns by naming Lederforankring and the person chosen', () => {
    expect(notLeaderWarning('Åse Klima')).toMatch(/^Åse Klima er verken toppleder eller stedfortreder\..*Lederforankring/)
  })
})

const org = (id: string, fields: Partial<Organisation> = {}): Organisation => ({ id, name: id, tier: 'medlem', status: 'godkjent', ...fields }) as Organisation

describe('the batch rows', () => {
  const leader = withId(person('', 'Ola Leder', ['toppleder']), 'p-leader')
  const contact = withId(person('', 'Åse Klima', ['klimakontakt']), 'p-contact')
  const withLeader: BatchCandidate = { organisation: org('A', { tier: 'partner', status: 'invitert' }), people: [leader, contact], signatory: leader }
  const onlyContact: BatchCandidate = { organisation: org('B'), people: [contact], signatory: null }

  it('a row without top leader or deputy has no signer and says why', () => {
    const row = rowSigner(onlyContact, undefined)
    expect(row.person).toBeNull()
    expect(row.kind).toBe('reason')
    expect(row.message).toContain('Mangler toppleder og stedfortreder')
  })

  it('choosing someone else signs with them and warns about Lederforankring', () => {
    const row = rowSigner(withLeader, 'p-contact')
    expect(row.person?.name).toBe('Åse Klima')
    expect(row.kind).toBe('warning')
    expect(row.message).toContain('Lederforankring')
    expect(rowSigner(withLeader, undefined)).toEqual({ person: leader, message: null, kind: null })
  })

  it('"Velg alle" ticks every shown row with a signer, and none without', () => {
    expect([...selectAll([withLeader, onlyContact], new Map(), new Set())]).toEqual(['A'])
    expect([...selectAll([withLeader, onlyContact], new Map([['B', 'p-contact']]), new Set())].sort()).toEqual(['A', 'B'])
  })

  it('filters by tier, status and lunch', () => {
    const all = [withLeader, onlyContact]
    const ids = (f: Partial<typeof NO_FILTER>, atLunch: Set<string> | null = null) => filterCandidates(all, { ...NO_FILTER, ...f }, atLunch).map((c) => c.organisation.id)
    expect(ids({})).toEqual(['A', 'B'])
    expect(ids({ tier: 'partner' })).toEqual(['A'])
    expect(ids({ status: 'godkjent' })).toEqual(['B'])
    expect(ids({ lunchId: 'lunch' }, new Set(['B']))).toEqual(['B'])
  })
})

describe('batchCandidates', () => {
  beforeEach(() => freshDatabase())

  it('never falls back to the climate contact as signatory', async () => {
    const base = { orgNumber: '', sector: '', address: { street: '', postalCode: '', municipality: '' }, website: '', employeeBand: '', tier: 'medlem' as const, partnerFee: [], criteria: {}, expectations: {}, certification: { kind: null, validUntil: null, note: '' }, notes: '', status: 'godkjent' as const, signedDate: null }
    const a = newRecord({ ...base, name: 'Alfa AS' }) as unknown as Organisation
    const b = newRecord({ ...base, name: 'Beta AS' }) as unknown as Organisation
    await db().organisations.bulkAdd([a, b])
    await db().people.bulkAdd([person('', 'Åse Klima', ['klimakontakt'], a.id), person('', 'Per Leder', ['stedfortreder'], b.id), person('', 'Kari Klima', ['klimakontakt'], b.id)])
    const rows = await batchCandidates()
    expect(rows.map((r) => [r.organisation.name, r.signatory?.name ?? null, r.people.length])).toEqual([
      ['Alfa AS', null, 1],
      ['Beta AS', 'Per Leder', 2],
    ])
  })
})
