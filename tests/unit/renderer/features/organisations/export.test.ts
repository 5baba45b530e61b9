import { describe, expect, it } from 'vitest'
import { EXPORT_HEADERS, registerCsv } from '../../../../../renderer/features/organisations/export'
import { seedOrganisations } from '../../../../fixtures/seed-organisations'
import type { Organisation } from '../../../../../renderer/db/models'

const [first, second] = seedOrganisations(2).organisations as [Organisation, Organisation]

describe('the register export', () => {
  it('says "Partner" in the status column for a signed partner, and "Medlem" for a signed member', () => {
    const partner = { ...first, name: 'Aker Partner AS', status: 'medlem', tier: 'partner' } satisfies Organisation
    const member = { ...second, name: 'Berg Medlem AS', status: 'medlem', tier: 'medlem' } satisfies Organisation
    const lines = new TextDecoder().decode(registerCsv([partner, member].map((org) => ({ org, people: [] })))).split('\r\n')
    const status = EXPORT_HEADERS.indexOf('Status')
    const cellsOf = (name: string) => lines.find((l) => l.includes(name))?.split(';') ?? []
    expect(cellsOf('Aker Partner AS')[status]).toBe('Partner')
    expect(cellsOf('Berg Medlem AS')[status]).toBe('Medlem')
  })
})
