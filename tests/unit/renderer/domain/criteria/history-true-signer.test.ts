import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import type { Organisation, Person } from '../../../../../renderer/db/models'
import { newRecord } from '../../../../../renderer/db/repositories/base'
import { buildContractModels, recordGenerated, registerSignature } from '../../../../../renderer/db/repositories/contracts-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { erasedPerson } from '../../../../../renderer/domain/backup/erasure-ledger'
import { buildYear, type YearTables } from '../../../../../renderer/domain/criteria/build-year'
import { defaultSettings } from '../../../../../renderer/domain/settings/settings'
import { contract, organisation, person, statusEvent } from '../../../../shared/year-fixtures'
import { contractRequest } from '../../contract-request'
import { freshDatabase, made as outcomeData } from '../../db-helpers'

const today = '2026-11-28'

/** A member since 2024, whose contract its top leader signed. */
function tables(change: Partial<YearTables> = {}): YearTables {
  return {
    organisations: [organisation('a', 'Aker')],
    statusEvents: [statusEvent('a', 'medlem', '2024-03-01')],
    people: [person('p', 'a', 'Ola Leder', ['toppleder'])],
    contracts: [{ ...contract('a', '2024-03-01', 'p'), signatoryName: 'Ola Leder', signatoryRolesAtTime: ['toppleder'] }],
    events: [],
    registrations: [],
    annualReports: [],
    ...change,
  }
}

const leadershipIn = (year: number, t: YearTables) => {
  const row = buildYear(year, today, defaultSettings(), t).rows[0]!
  return { role: row.facts.contract?.signatoryRole, status: row.evaluation.leadership.status, evidence: row.evaluation.leadership.evidence }
}

describe('Lederforankring reads the signer’s roles on the day', () => {
  it('a later role change does not change last year’s verdict', () => {
    const before = leadershipIn(2025, tables())
    expect(before.role).toBe('toppleder')
    const demoted = tables({ people: [person('p', 'a', 'Ola Leder', ['klimakontakt'])] })
    expect(leadershipIn(2025, demoted)).toEqual(before)
  })

  it('an erasure does not change last year’s verdict', () => {
    const before = leadershipIn(2025, tables())
    const erased = erasedPerson(person('p', 'a', 'Ola Leder', ['toppleder']), '2026-06-01T10:00:00.000Z')
    expect(leadershipIn(2025, tables({ people: [{ ...erased, deletedAt: '2026-06-01T10:00:00.000Z' } as unknown as Person] }))).toEqual(before)
    expect(leadershipIn(2025, tables({ people: [] })).role).toBe('toppleder')
  })

  it('a climate contact who signed stays a climate contact even if promoted later', () => {
    const t = tables({ contracts: [{ ...contract('a', '2024-03-01', 'p'), signatoryRolesAtTime: ['klimakontakt'] }] })
    expect(leadershipIn(2025, t).role).toBe('annen')
  })

  it('an old contract without kept roles falls back to the person’s roles today', () => {
    const old = tables({ contracts: [contract('a', '2024-03-01', 'p')] })
    expect(leadershipIn(2025, old).role).toBe('toppleder')
    expect(leadershipIn(2025, { ...old, people: [person('p', 'a', 'Ola Leder', ['annen'])] }).role).toBe('annen')
    expect(leadershipIn(2025, { ...old, people: [] }).role).toBeNull()
  })
})

describe('the contract keeps the signer’s roles when made and signed', () => {
  beforeEach(() => freshDatabase())

  it('stores the roles when the contract is made, keeps them through signing, and an erasure leaves them', async () => {
    const unknown = { status: 'ukjent' as const, note: '' }
    const org = newRecord({
      ...organisation('x', 'Aker AS', { status: 'invitert', criteria: { intent: unknown, geography: unknown, leadership: unknown, action: unknown, reporting: unknown, participation: unknown } }),
    }) as Organisation
    await db().organisations.add(org)
    const leader = newRecord({ organisationId: org.id, name: 'Ola Leder', title: 'Daglig leder', email: '', phone: '', roles: ['toppleder' as const] })
    await db().people.add(leader)
    const request = contractRequest(org.id, { name: 'Ola Leder', title: 'Daglig leder' }, leader.id)
    const built = await outcomeData(buildContractModels([request]))
    const [made] = await recordGenerated([request], built.models, built.templates)
    expect(made?.signatoryRolesAtTime).toEqual(['toppleder'])

    await db().people.update(leader.id, { roles: ['klimakontakt'] })
    const signed = await outcomeData(registerSignature({ organisationId: org.id, contractId: made!.id, signedDate: '2027-06-03', signatoryPersonId: leader.id, signatoryName: 'Ola Leder' }))
    expect(signed.signatoryRolesAtTime).toEqual(['toppleder'])

    await erasePerson(leader.id)
    expect((await db().contracts.get(made!.id))?.signatoryRolesAtTime).toEqual(['toppleder'])
  })

  it('takes the roles on the signing day when someone else than planned signs', async () => {
    const org = newRecord({ ...organisation('y', 'Berg AS', { status: 'invitert' }) }) as Organisation
    await db().organisations.add(org)
    const deputy = newRecord({ organisationId: org.id, name: 'Per Nestleder', title: '', email: '', phone: '', roles: ['stedfortreder' as const] })
    await db().people.add(deputy)
    const signed = await outcomeData(registerSignature({ organisationId: org.id, signedDate: '2027-06-03', signatoryPersonId: deputy.id, signatoryName: 'Per Nestleder' }))
    expect(signed.signatoryRolesAtTime).toEqual(['stedfortreder'])
  })
})
