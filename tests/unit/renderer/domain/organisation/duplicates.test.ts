import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findDuplicateOrganisation, foldedName, organisationMatcher, sameOrganisation } from '../../../../../renderer/domain/organisation/duplicates'
import { orgNumber } from '../../../../fixtures/application-form'

const SOLSTRAND = { name: 'Solstrand Eiendom AS', orgNumber: orgNumber('91234560') }

describe('the one duplicate rule for organisations', () => {
  it('folds case, accents, punctuation and the legal form out of a name', () => {
    expect(foldedName('Bygg & Anlegg AS')).toBe(foldedName('bygg anlegg'))
    expect(foldedName('Solstrand Eiendom ASA')).toBe(foldedName('SOLSTRAND EIENDOM'))
    expect(foldedName('Solstrand Eiendom AS')).not.toBe(foldedName('Solstrand Eiendom Vest AS'))
  })

  it('matches by number when both have one, by folded name only when one has none', () => {
    expect(sameOrganisation(SOLSTRAND, { name: 'Helt annet navn', orgNumber: SOLSTRAND.orgNumber.replace(/(\d{3})/, '$1 ') })).toBe('orgNumber')
    expect(sameOrganisation(SOLSTRAND, { name: 'Solstrand eiendom', orgNumber: '' })).toBe('name')
    expect(sameOrganisation(SOLSTRAND, { name: 'Solstrand Eiendom AS', orgNumber: orgNumber('92345671') })).toBeNull()
  })

  it('the indexed matcher finds what the plain search finds, for any list', () => {
    const names = ['Sjø & Sand AS', 'sjo sand', 'Sjø og Sand', 'Bølgen AS', 'BØLGEN', '']
    const numbers = ['', orgNumber('91234560'), orgNumber('92345671'), '912 345 60' + orgNumber('91234560').slice(8)]
    const organisation = fc.record({ name: fc.constantFrom(...names), orgNumber: fc.constantFrom(...numbers) })
    fc.assert(
      fc.property(fc.array(organisation, { maxLength: 8 }), organisation, (existing, candidate) => {
        const plain = findDuplicateOrganisation(candidate, existing)
        const indexed = organisationMatcher(existing).find(candidate)
        expect(indexed?.by ?? null).toBe(plain?.by ?? null)
        if (plain && indexed) expect(existing.indexOf(indexed.match)).toBe(existing.indexOf(plain.match))
      }),
    )
  })
})
