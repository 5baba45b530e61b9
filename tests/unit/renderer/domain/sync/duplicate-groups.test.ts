import { describe, expect, it } from 'vitest'
import { duplicateOrganisationGroups, duplicatePersonGroups } from '../../../../../renderer/domain/sync/duplicate-groups'

const org = (name: string, orgNumber = '', deletedAt: string | null = null) => ({ name, orgNumber, deletedAt })

describe('probable duplicates on the sync page, by the one duplicate rule', () => {
  it('groups organisations by organisation number, and by folded name when one has no number', () => {
    const a = org('Bygg AS', '987 654 321')
    const b = org('Byggmester Hansen', '987654321')
    const c = org('Kjøkken og Bad AS')
    const d = org('kjokken og bad')
    const e = org('Energi AS', '111222333')
    expect(duplicateOrganisationGroups([a, b, c, d, e])).toEqual([
      { reason: 'orgNumber', records: [a, b] },
      { reason: 'name', records: [c, d] },
    ])
  })

  it('keeps two organisations with the same name but different numbers apart', () => {
    expect(duplicateOrganisationGroups([org('Solstrand AS', '987654321'), org('Solstrand AS', '123456785')])).toEqual([])
  })

  it('ignores organisations in the trash and empty names', () => {
    expect(duplicateOrganisationGroups([org('', ''), org('', ''), org('Bygg AS', '', '2026-01-01'), org('bygg as', '')])).toEqual([])
  })

  it('groups three copies of one organisation into one group', () => {
    const copies = [org('Solstrand Eiendom AS'), org('solstrand eiendom'), org('Solstrand Eiendom', '987654321')]
    expect(duplicateOrganisationGroups(copies)).toEqual([{ reason: 'name', records: copies }])
  })

  it('matches people on e-mail without case, never on an empty one', () => {
    const kari = { email: 'Kari@Bygg.no', deletedAt: null }
    const kari2 = { email: 'kari@bygg.no ', deletedAt: null }
    expect(duplicatePersonGroups([kari, kari2, { email: '', deletedAt: null }, { email: '', deletedAt: null }])).toEqual([{ reason: 'email', records: [kari, kari2] }])
  })
})
