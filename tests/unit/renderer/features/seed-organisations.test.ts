import { describe, expect, it } from 'vitest'
import { isValidOrgNumber } from '../../../../electron/shared/org-number'
import { currentStatus, joinedDate, membershipPeriods } from '../../../../renderer/domain/organisation/membership-periods'
import { validateOrganisation, validatePerson } from '../../../../renderer/domain/organisation/validation'
import { seedOrganisations } from '../../../fixtures/seed-organisations'

describe('the seed data used for screenshots, e2e and benchmarks', () => {
  const data = seedOrganisations(500)

  it('holds only records the app itself would accept', () => {
    expect(new Set(data.organisations.map((o) => o.name)).size).toBe(500)
    for (const org of data.organisations) {
      expect(isValidOrgNumber(org.orgNumber)).toBe(true)
      expect(validateOrganisation(org)).toEqual({})
    }
    for (const person of data.people) expect(validatePerson(person)).toEqual({})
  })

  it('keeps each organisation’s status and signing date in step with its events', () => {
    for (const org of data.organisations) {
      const events = data.statusEvents.filter((e) => e.organisationId === org.id)
      expect(currentStatus(events)).toBe(org.status)
      expect(org.status === 'medlem' ? joinedDate(membershipPeriods(events)) : null).toBe(org.signedDate)
    }
  })
})
