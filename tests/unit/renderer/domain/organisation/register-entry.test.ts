/**
 * The register's entry of an organisation (issue 17): what the list shows of it must be what the
 * organisation and its people say, whatever order the people come in and whoever else is among them.
 */
import { describe, expect, it } from 'vitest'
import { registerEntryOf, type ActiveEntry } from '../../../../../renderer/domain/organisation/register-entry'
import type { Organisation, Person } from '../../../../../renderer/domain/organisation/types'
import { emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'

const stamp = '2026-11-20T09:00:00.000Z'
const org = { ...emptyOrganisationInput(), id: 'org-1', name: 'Bygg AS', signedDate: '2026-11-28', createdAt: stamp, updatedAt: stamp, deletedAt: null } as unknown as Organisation
const person = (id: string, name: string, roles: Person['roles'], extra: Partial<Person> = {}): Person =>
  ({ id, organisationId: 'org-1', name, title: '', email: '', phone: '', roles, createdAt: stamp, updatedAt: stamp, deletedAt: null, ...extra }) as Person

describe('the register’s entry of an organisation', () => {
  it('names as climate contact the first live person by id with that role, and lists the live people by id', () => {
    const people = [
      person('p-3', 'Cecilie Dahl', ['klimakontakt']),
      person('p-0', 'Ola Gått', ['klimakontakt'], { deletedAt: stamp }),
      person('p-2', 'Bjørn Berg', ['klimakontakt', 'toppleder']),
      person('p-9', 'Ikke Her', ['klimakontakt'], { organisationId: 'org-2' }),
      person('p-1', 'Anne Aas', ['toppleder']),
    ]
    const entry = registerEntryOf(org, people) as ActiveEntry
    expect(entry.contact).toBe('Bjørn Berg')
    expect(entry.people).toEqual(['Anne Aas', 'Bjørn Berg', 'Cecilie Dahl'])
    expect(registerEntryOf(org, people.toReversed())).toEqual(entry)
  })

  it('keeps the signing date, and null when there is none', () => {
    expect((registerEntryOf(org, []) as ActiveEntry).signedDate).toBe('2026-11-28')
    expect((registerEntryOf({ ...org, signedDate: undefined } as unknown as Organisation, []) as ActiveEntry).signedDate).toBeNull()
  })
})
