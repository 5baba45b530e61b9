/** Organisations and people written straight to the tables, as the member register would. */
import { db } from '../../../../../renderer/db/db'
import type { Organisation, Person, PersonRole, Tier } from '../../../../../renderer/db/models'
import { newRecord } from '../../../../../renderer/db/repositories/base'
import { emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'

export async function seedOrganisation(name: string, tier: Tier = 'medlem', extra: Partial<Organisation> = {}): Promise<Organisation> {
  const org: Organisation = { ...newRecord({ ...emptyOrganisationInput(), name, tier, status: 'medlem' as const, signedDate: null }), ...extra }
  await db().organisations.add(org)
  return org
}

export async function seedPerson(organisation: Organisation, name: string, roles: PersonRole[] = [], email = ''): Promise<Person> {
  const person: Person = newRecord({ organisationId: organisation.id, name, title: '', email, phone: '', roles })
  await db().people.add(person)
  return person
}

export const eventForm = (over: Partial<Record<string, string>> = {}) => ({
  kind: 'nettverksmote' as const,
  title: 'Nettverksmøte om mobilitet',
  date: '03.06.2027',
  startTime: '09.00',
  endTime: '11.30',
  place: 'Oslo rådhus',
  room: 'Festsalen',
  capacity: '',
  notes: '',
  ...over,
})
