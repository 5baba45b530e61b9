/** Organisations and people as the member register would have made them. */
import { db } from '../../../../../renderer/db/db'
import type { Organisation, PersonRole, PipelineStatus } from '../../../../../renderer/db/models'
import { newRecord } from '../../../../../renderer/db/repositories/base'

export async function seedOrganisation(name: string, appliedOn: string, status: PipelineStatus = 'godkjent', sector = 'energi'): Promise<Organisation> {
  const org = newRecord({
    name,
    orgNumber: '',
    sector,
    address: { street: '', postalCode: '', municipality: 'Oslo' },
    website: '',
    employeeBand: '',
    tier: 'medlem' as const,
    partnerFee: [],
    criteria: {} as Organisation['criteria'],
    expectations: {} as Organisation['expectations'],
    certification: { kind: null, validUntil: null, note: '' },
    notes: '',
    status,
    signedDate: null,
  })
  await db().organisations.add(org)
  await db().statusEvents.add(newRecord({ organisationId: org.id, status: 'soker' as const, date: appliedOn, note: '' }))
  return org
}

export async function seedPerson(organisationId: string, name: string, roles: PersonRole[] = ['toppleder'], title = 'Daglig leder') {
  const person = newRecord({ organisationId, name, title, email: '', phone: '', roles })
  await db().people.add(person)
  return person
}
