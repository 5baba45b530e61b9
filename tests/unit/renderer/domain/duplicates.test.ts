import { describe, expect, it } from 'vitest'
import { findDuplicateOrganisations, findDuplicatePeople } from '../../../../renderer/domain/organisation/duplicates'

const org = (name: string, orgNumber = '', deletedAt: string | null = null) => ({ name, orgNumber, deletedAt })

describe('the one duplicate rule', () => {
  it('matches organisations on organisation number first, then on the folded name', () => {
    const a = org('Bygg AS', '987 654 321')
    const b = org('Byggmester Hansen', '987654321')
    const c = org('Kjøkken og Bad AS')
    const d = org('kjokken og bad as')
    const e = org('Energi AS', '111222333')
    expect(findDuplicateOrganisations([a, b, c, d, e])).toEqual([
      { reason: 'orgNumber', records: [a, b] },
      { reason: 'name', records: [c, d] },
    ])
  })

  it('ignores organisations in the trash and empty numbers', () => {
    expect(findDuplicateOrganisations([org('A', ''), org('B', ''), org('Bygg AS', '1', '2026-01-01'), org('bygg as', '2')])).toEqual([])
  })

  it('matches people on e-mail without case, never on an empty one', () => {
    const kari = { email: 'Kari@Bygg.no', deletedAt: null }
    const kari2 = { email: 'kari@bygg.no ', deletedAt: null }
    expect(findDuplicatePeople([kari, kari2, { email: '', deletedAt: null }, { email: '', deletedAt: null }])).toEqual([{ reason: 'email', records: [kari, kari2] }])
  })
})
