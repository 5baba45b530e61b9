/**
 * Sync's conflict list says a conflict in words (issue 16): an application or a registration changed
 * on two laptops at once is named by what it belongs to, a moved application by the organisations'
 * names, answers by the ones that differ; no id, no JSON.
 */
import { describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import type { Application, Registration } from '../../../../../renderer/db/models'
import { createOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson, emptyPersonInput } from '../../../../../renderer/db/repositories/people-repo'
import { describeConflicts, type ConflictView } from '../../../../../renderer/db/repositories/sync-conflicts-repo'
import { made } from '../../db-helpers'
import { on, org, sync, twoLaptops } from './memory-folder'

const at = '2026-11-01T10:00:00.000Z'
const base = { createdAt: at, updatedAt: at, deletedAt: null }
const answers = (today: string) => [
  { question: 'Hvorfor vil dere bli med?', answer: 'For klimaet' },
  { question: 'Hva gjør dere i dag?', answer: today },
]
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i
const sidesOf = (c: ConflictView | undefined) => c?.sides.map((s) => s.value).sort()

describe('sync conflicts in words', () => {
  it('names an application and a registration by what they belong to, and their values in words', async () => {
    const { folder, kari, ola, seeded } = await twoLaptops(async () => {
      const bygg = await made(createOrganisation(org('Bygg AS')))
      const annen = await made(createOrganisation(org('Annen AS')))
      const kariN = await made(addPerson(bygg.id, { ...emptyPersonInput(), name: 'Kari Nordmann', roles: ['klimakontakt' as const] }))
      const event = { ...base, id: crypto.randomUUID(), kind: 'signeringslunsj' as const, title: 'Signeringslunsj 28.11.2026', date: '2026-11-28', startTime: '11:00', endTime: '13:00', place: '', room: '', capacity: null, notes: '', cancelledAt: null, lunch: null }
      await db().events.add(event)
      const registration: Registration = { ...base, id: crypto.randomUUID(), eventId: event.id, organisationId: bygg.id, personId: kariN.id, rolesAtTime: [], status: 'pameldt', checkedInAt: null, walkIn: false }
      const application: Application = { ...base, id: crypto.randomUUID(), organisationId: bygg.id, formId: '17', date: '2026-10-01', startedAt: '', submittedAt: '', tier: 'medlem', answers: answers('Lite'), source: 'skjema.xlsx' }
      await db().registrations.add(registration)
      await db().applications.add(application)
      return { annen, registration, application }
    })
    const { annen, registration, application } = seeded
    on(kari)
    await db().applications.update(application.id, { answers: answers('Vi sykler til jobben'), organisationId: annen.id })
    await db().registrations.update(registration.id, { status: 'avmeldt' })
    on(ola)
    await db().applications.update(application.id, { answers: answers('Vi har solceller på taket'), organisationId: application.organisationId })
    await db().applications.update(application.id, { organisationId: annen.id })
    await db().applications.update(application.id, { organisationId: application.organisationId })
    await db().registrations.update(registration.id, { status: 'mott' })
    await sync(folder, kari)
    await sync(folder, ola)

    const conflicts = (await describeConflicts()).filter((c) => !c.settledAt)
    const find = (field: string, record: string) => conflicts.find((c) => c.field === field && c.record.startsWith(record))
    expect(sidesOf(find('Svar', 'Søknaden fra '))).toEqual(['Hva gjør dere i dag? «Vi har solceller på taket»', 'Hva gjør dere i dag? «Vi sykler til jobben»'])
    expect(sidesOf(find('Virksomhet', 'Søknaden fra '))).toEqual(['«Annen AS»', '«Bygg AS»'])
    expect(find('Status', 'Påmeldingen til «Signeringslunsj 28.11.2026» for «Kari Nordmann»')?.sides.map((s) => s.value).sort()).toEqual(['Avmeldt', 'Møtt'])
    expect(JSON.stringify(conflicts.map(({ record, field, sides }) => ({ record, field, sides: sides.map((s) => s.value) })))).not.toMatch(UUID)
  })
})
