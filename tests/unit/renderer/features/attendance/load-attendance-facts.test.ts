import { beforeEach, describe, expect, it } from 'vitest'
import { createEvent } from '../../../../../renderer/db/repositories/events-repo'
import { checkIn, registerPerson } from '../../../../../renderer/db/repositories/registrations-repo'
import { saveSettings } from '../../../../../renderer/db/repositories/settings-repo'
import { loadAttendanceFacts } from '../../../../../renderer/features/attendance/load-attendance-facts'
import { freshDatabase, made } from '../../db-helpers'
import { eventForm, seedOrganisation, seedPerson } from '../../domain/event/seed'

describe('loadAttendanceFacts', () => {
  beforeEach(async () => {
    await freshDatabase()
  })

  it('reads the tables and the participationKinds setting for the year', async () => {
    const org = await seedOrganisation('Bølgen Energi AS')
    const kari = await seedPerson(org, 'Kari Nordmann', ['stedfortreder'])
    const lunch = await made(createEvent(eventForm({ kind: 'signeringslunsj', date: '31.12.2026' })))
    const reg = await registerPerson(lunch.id, kari.id)
    if (!reg.ok) throw new Error('not registered')
    await checkIn(reg.registration.id)

    expect((await loadAttendanceFacts(2026)).withoutParticipation.map((m) => m.name)).toEqual(['Bølgen Energi AS'])
    await saveSettings({ participationKinds: ['nettverksmote', 'signeringslunsj'] })
    const facts = await loadAttendanceFacts(2026)
    expect(facts.participationKinds).toEqual(['nettverksmote', 'signeringslunsj'])
    expect(facts.withoutParticipation).toEqual([])
    expect(facts.withoutLeaderAttendance.map((m) => m.name)).toEqual(['Bølgen Energi AS'])
    expect((await loadAttendanceFacts(2027)).withoutParticipation.map((m) => m.name)).toEqual(['Bølgen Energi AS'])
  })
})
