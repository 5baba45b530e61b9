import { describe, expect, it } from 'vitest'
import { planOrganisationMerge, planPersonMerge } from '../../../../../renderer/domain/organisation/merge-plan'
import { movedText, ORGANISATION_REFERENCES, PERSON_REFERENCES } from '../../../../../renderer/domain/organisation/merge-references'
import { duplicatePairs } from '../../../../../renderer/domain/organisation/duplicate-pairs'
import type { Organisation, Person } from '../../../../../renderer/domain/organisation/types'
import { organisation } from '../../../../shared/year-fixtures'

/** Criteria none of which is assessed yet. */
const blank = organisation('', '').criteria

/** Solstrand Eiendom AS (912 345 678), a member, with no assessments yet; `over` as the test needs. */
const org = (id: string, over: Partial<Organisation> = {}): Organisation =>
  organisation(id, 'Solstrand Eiendom AS', { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', orgNumber: '912345678', ...over })

function person(id: string, over: Partial<Person> = {}): Person {
  return { id, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deletedAt: null, organisationId: 'o1', name: 'Kari Nordmann', title: '', email: 'kari@solstrand.no', phone: '', roles: [], ...over }
}

const unwrap = <T>(outcome: { ok: true; data: T } | { ok: false; message: string }): T => {
  if (!outcome.ok) throw new Error(outcome.message)
  return outcome.data
}

describe('planning the merge of two organisations', () => {
  it('keeps the survivor’s values and fills its blanks from the other', () => {
    const survivor = org('a', { website: 'https://solstrand.no', sector: '' })
    const other = org('b', { website: 'https://gammel.no', sector: 'Eiendom', address: { street: 'Strandveien 1', postalCode: '0150', municipality: 'Oslo' } })
    const plan = unwrap(planOrganisationMerge(survivor, other))
    expect(plan.merged.id).toBe('a')
    expect(plan.merged.website).toBe('https://solstrand.no')
    expect(plan.merged.sector).toBe('Eiendom')
    expect(plan.merged.address.street).toBe('Strandveien 1')
    const website = plan.fields.find((f) => f.key === 'website')
    expect(website).toMatchObject({ label: 'Nettside', survivor: 'https://solstrand.no', other: 'https://gammel.no', chosen: 'survivor', differs: true })
    expect(plan.fields.find((f) => f.key === 'sector')?.chosen).toBe('other')
  })

  it('takes the other’s value where the user picks it, and the survivor’s where the user picks that over a blank', () => {
    const plan = unwrap(planOrganisationMerge(org('a', { website: 'https://a.no' }), org('b', { website: 'https://b.no', notes: 'Viktig' }), { website: 'other', notes: 'survivor' }))
    expect(plan.merged.website).toBe('https://b.no')
    expect(plan.merged.notes).toBe('')
  })

  it('unites partner fees by year, tier history and judged criteria', () => {
    const survivor = org('a', { partnerFee: [{ year: 2025, amount: 10_000, paid: true }], tierHistory: [{ date: '2025-01-01', from: 'medlem', to: 'partner' }] })
    const other = org('b', {
      partnerFee: [{ year: 2025, amount: 1, paid: false }, { year: 2026, amount: 12_000, paid: false }],
      tierHistory: [{ date: '2024-01-01', from: 'partner', to: 'medlem' }],
      criteria: { ...blank, intent: { status: 'oppfylt', note: 'Søknad' } },
    })
    const plan = unwrap(planOrganisationMerge(survivor, other))
    expect(plan.merged.partnerFee).toEqual([{ year: 2025, amount: 10_000, paid: true }, { year: 2026, amount: 12_000, paid: false }])
    expect(plan.merged.tierHistory?.map((c) => c.date)).toEqual(['2024-01-01', '2025-01-01'])
    expect(plan.merged.criteria.intent).toEqual({ status: 'oppfylt', note: 'Søknad' })
  })

  it('joins by the one duplicate rule: same number, or same folded name when a number is missing', () => {
    expect(planOrganisationMerge(org('a', { orgNumber: '' }), org('b', { name: 'SOLSTRAND eiendom', orgNumber: '' })).ok).toBe(true)
  })

  it('refuses two different organisations, the same one twice, and one in the trash', () => {
    const different = planOrganisationMerge(org('a'), org('b', { orgNumber: '998877665' }))
    expect(different.ok).toBe(false)
    if (!different.ok) expect(different.message).toContain('ikke like')
    expect(planOrganisationMerge(org('a'), org('a')).ok).toBe(false)
    expect(planOrganisationMerge(org('a'), org('b', { deletedAt: '2026-02-01T00:00:00.000Z' })).ok).toBe(false)
  })
})

describe('planning the merge of two people', () => {
  it('unites the roles as a set and keeps the survivor’s fields, filling blanks', () => {
    const plan = unwrap(planPersonMerge(person('p', { roles: ['toppleder'], phone: '' }), person('q', { email: 'KARI@solstrand.no ', roles: ['klimakontakt', 'toppleder'], phone: '900 00 000', name: 'Kari N.' })))
    expect(plan.merged.roles).toEqual(['toppleder', 'klimakontakt'])
    expect(plan.merged.phone).toBe('900 00 000')
    expect(plan.merged.name).toBe('Kari Nordmann')
  })

  it('refuses two people with different e-mails', () => {
    expect(planPersonMerge(person('p'), person('q', { email: 'ola@solstrand.no' })).ok).toBe(false)
    expect(planPersonMerge(person('p', { email: '' }), person('q', { email: '' })).ok).toBe(false)
  })
})

describe('moving references', () => {
  it('moves an id in a set once, keeping one speaking slot for the survivor', () => {
    const event = { id: 'e', invitedOrganisationIds: ['a', 'b', 'c'], lunch: { speakingOrder: [{ organisationId: 'b', minutes: 5 }, { organisationId: 'a', minutes: 3 }] } }
    const moved = ORGANISATION_REFERENCES.events(event, 'b', 'a')
    expect(moved).toMatchObject({ invitedOrganisationIds: ['a', 'c'], lunch: { speakingOrder: [{ organisationId: 'a', minutes: 5 }] } })
    expect(ORGANISATION_REFERENCES.events({ id: 'f', invitedOrganisationIds: ['c'], lunch: null }, 'b', 'a')).toBeNull()
  })

  it('moves a person’s registrations, signatures, invitation lines and audit entries', () => {
    expect(PERSON_REFERENCES.registrations({ personId: 'q' }, 'q', 'p')).toEqual({ personId: 'p' })
    expect(PERSON_REFERENCES.contracts({ signatoryPersonId: 'q' }, 'q', 'p')).toEqual({ signatoryPersonId: 'p' })
    expect(PERSON_REFERENCES.auditLog({ table: 'people', entityId: 'q' }, 'q', 'p')).toEqual({ table: 'people', entityId: 'p' })
    expect(PERSON_REFERENCES.auditLog({ table: 'organisations', entityId: 'q' }, 'q', 'p')).toBeNull()
  })

  it('says what moves in words, history last', () => {
    expect(movedText({ auditLog: 4, registrations: 3, contracts: 1 })).toBe('3 påmeldinger, 1 kontrakt, 4 historikkoppføringer')
    expect(movedText({})).toBe('')
  })
})

describe('probable duplicates in the register', () => {
  it('finds pairs by number, and by folded name only where a number is missing', () => {
    const pairs = duplicatePairs([
      org('a', { name: 'Solstrand Eiendom AS', orgNumber: '912345678' }),
      org('b', { name: 'Helt annet navn', orgNumber: '912 345 678', createdAt: '2025-01-01T00:00:00.000Z' }),
      org('c', { name: 'Bygg & Anlegg AS', orgNumber: '' }),
      org('d', { name: 'bygg anlegg', orgNumber: '911111111' }),
      org('e', { name: 'Bygg og anlegg', orgNumber: '922222222' }),
      org('f', { name: 'Bygg & Anlegg', orgNumber: '933333333' }),
    ])
    expect(pairs.map((p) => [p.first.id, p.second.id, p.by])).toEqual([
      ['c', 'd', 'name'],
      ['c', 'f', 'name'],
      ['b', 'a', 'orgNumber'],
    ])
  })
})
