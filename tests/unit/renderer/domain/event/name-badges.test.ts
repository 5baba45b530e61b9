import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { setClock } from '../../../../../renderer/db/repositories/base'
import { createEvent } from '../../../../../renderer/db/repositories/events-repo'
import { listRoster, registerPerson } from '../../../../../renderer/db/repositories/registrations-repo'
import { hasNameBadges, nameBadgesInput } from '../../../../../renderer/features/events/name-badges'
import { nameBadgesInput as badgesSchema } from '../../../../../electron/shared/channels/badges'
import { freshDatabase, made } from '../../db-helpers'
import { eventForm, seedOrganisation, seedPerson } from './seed'

describe('name badges', () => {
  beforeEach(async () => {
    await freshDatabase()
    setClock(() => new Date('2027-05-03T07:05:00Z'))
  })

  it('makes one badge per person expected, with title and organisation, in Norwegian order; none for those only invited or avmeldt', async () => {
    const org = await seedOrganisation('Sámi Čuovga AS')
    const people = await Promise.all(['Øystein Ås', 'Áile Ŋuolla', 'Józef Żółkiewski', 'Ola Invitert', 'Per Avmeldt'].map((n) => seedPerson(org, n)))
    await db().people.update(people[1]!.id, { title: 'Dagleder' })
    const event = await made(createEvent(eventForm()))
    await registerPerson(event.id, people[0]!.id, { status: 'mott' })
    await registerPerson(event.id, people[1]!.id)
    await registerPerson(event.id, people[2]!.id)
    await registerPerson(event.id, people[3]!.id, { status: 'invitert' })
    await registerPerson(event.id, people[4]!.id, { status: 'avmeldt' })
    const input = nameBadgesInput(event, await listRoster(event.id), await db().people.toArray())
    expect(input.eventLine).toBe('Nettverksmøte 03.06.2027')
    expect(input.badges).toEqual([
      { name: 'Áile Ŋuolla', title: 'Dagleder', organisation: 'Sámi Čuovga AS' },
      { name: 'Józef Żółkiewski', title: '', organisation: 'Sámi Čuovga AS' },
      { name: 'Øystein Ås', title: '', organisation: 'Sámi Čuovga AS' },
    ])
    expect(badgesSchema.safeParse(input).success).toBe(true)
  })

  it('are offered for network meetings, not for a signing lunch', () => {
    expect(hasNameBadges({ kind: 'nettverksmote' })).toBe(true)
    expect(hasNameBadges({ kind: 'toppledermote' })).toBe(true)
    expect(hasNameBadges({ kind: 'signeringslunsj' })).toBe(false)
  })
})
