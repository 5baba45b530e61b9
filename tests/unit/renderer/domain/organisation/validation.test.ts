import { describe, expect, it } from 'vitest'
import { emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { criteriaNotMet, criteriaStatuses } from '../../../../../renderer/domain/criteria/assessment'
import { readForm, newForm } from '../../../../../renderer/features/organisations/edit/form-model'
import { validateOrganisation } from '../../../../../renderer/domain/organisation/validation'

const check = (website: string) => validateOrganisation({ ...emptyOrganisationInput(), name: 'A AS', website }).website

describe('organisation fields', () => {
  it('accept a web site with or without https and refuse one that is not an address', () => {
    expect(check('www.bølgen.no')).toBeUndefined()
    expect(check('https://oslo.kommune.no/klima')).toBeUndefined()
    expect(check('bølgen')).toMatch(/Nettstedet ser ikke riktig ut/)
  })

  it('refuse a partner fee year given twice and a negative amount', () => {
    const errors = validateOrganisation({
      ...emptyOrganisationInput(),
      name: 'Partner AS',
      tier: 'partner',
      partnerFee: [
        { year: 2026, amount: 25000, paid: true },
        { year: 2026, amount: -1, paid: false },
      ],
    })
    expect(errors).toEqual({ 'partnerFee.1.year': 'Året 2026 står allerede i listen.', 'partnerFee.1.amount': 'Beløpet må være et tall, 0 eller mer.' })
  })

  it('read dates typed as dd.mm.åååå from the form and refuse others at their field', () => {
    const form = newForm()
    form.input.name = 'Dato AS'
    form.validUntil = '31.12.2027'
    form.initialDate = '3.6.2026'
    expect(readForm(form, true)).toMatchObject({ initialDate: '2026-06-03', errors: {}, input: { certification: { validUntil: '2027-12-31' } } })
    form.validUntil = '2027-12-31'
    form.initialDate = '30.02.2026'
    expect(Object.keys(readForm(form, true).errors).sort()).toEqual(['certification.validUntil', 'initialDate'])
  })

  it('read partner fees typed with spaces and a decimal comma', () => {
    const form = newForm()
    form.input = { ...form.input, name: 'Partner AS', tier: 'partner' }
    form.fees = [
      { year: '2026', amount: '25 000,50', invoiced: false, paid: true },
      { year: '2027', amount: '25000', invoiced: true, paid: false },
    ]
    // A paid fee was invoiced, whatever the box said.
    expect(readForm(form, false).input.partnerFee).toEqual([
      { year: 2026, amount: 25000.5, invoiced: true, paid: true },
      { year: 2027, amount: 25000, invoiced: true, paid: false },
    ])
  })

  it('asks from when a changed tier applies, and refuses a bad date', () => {
    const form = { ...newForm(), savedTier: 'medlem' as const }
    form.input = { ...form.input, name: 'Partner AS', tier: 'partner' }
    form.tierDate = '01.01.2027'
    expect(readForm(form, false).tierChangeDate).toBe('2027-01-01')
    form.tierDate = '31.02.2027'
    expect(readForm(form, false).errors.tierDate).toContain('dd.mm.åååå')
    expect(readForm({ ...form, savedTier: 'partner' }, false).tierChangeDate).toBeNull()
  })
})

describe('the criteria seam', () => {
  it('counts a criterion judged not or partly met, but not one never assessed', () => {
    const org = emptyOrganisationInput()
    expect(criteriaNotMet(org)).toBe(false)
    expect(criteriaStatuses(org).every((c) => c.manual === 'ukjent' && c.derived === null)).toBe(true)
    expect(criteriaNotMet({ criteria: { ...org.criteria, reporting: { status: 'delvis', note: '' } } })).toBe(true)
  })
})
