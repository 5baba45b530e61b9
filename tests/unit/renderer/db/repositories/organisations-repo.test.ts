import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { historyOf, setClock, setUserName } from '../../../../../renderer/db/repositories/base'
import {
  activeOrganisationIds,
  createOrganisation,
  emptyOrganisationInput,
  findByOrgNumber,
  getOrganisation,
  listActiveOrganisations,
  updateOrganisation,
} from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson, peopleOf, removePerson } from '../../../../../renderer/db/repositories/people-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { emptyTrash, listTrash, restoreOrganisation, trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import { db } from '../../../../../renderer/db/db'
import { readRegisterTables } from '../../../../../renderer/db/repositories/register-repo'
import { freshDatabase, made } from '../../db-helpers'

const input = (name: string, orgNumber = '') => ({ ...emptyOrganisationInput(), name, orgNumber })
// Two writes can share a millisecond; a fixed clock makes that certain instead of occasional.
const sameMillisecond = () => setClock(() => new Date('2026-11-28T10:00:00.000Z'))

describe('organisations repository', () => {
  beforeEach(async () => {
    await freshDatabase()
    await setUserName('Kari Nordmann')
  })

  it('creates an organisation in NFC with spaces removed from its number, as søker today by default', async () => {
    const org = await made(createOrganisation(input('C\u030Ca\u0301hcega\u0301ttis Ŋuorra AS', '123 456 785')))
    const stored = await getOrganisation(org.id)
    expect(stored?.name).toBe('Čáhcegáttis Ŋuorra AS')
    expect(stored?.orgNumber).toBe('123456785')
    expect(stored?.status).toBe('soker')
    expect(await db().statusEvents.where('organisationId').equals(org.id).count()).toBe(1)
  })

  it('refuses invalid fields with every message and saves nothing', async () => {
    const bad = { ...input('', '123456789'), address: { street: '', postalCode: '150', municipality: 'Oslo' } }
    const refusal = await createOrganisation(bad)
    expect(refusal).toMatchObject({ ok: false, error: 'invalid-data' })
    expect(Object.keys((!refusal.ok && refusal.fields) || {}).sort()).toEqual(['address.postalCode', 'name', 'orgNumber'])
    expect(await db().organisations.count()).toBe(0)
    expect(await db().auditLog.count()).toBe(0)
  })

  it('refuses a name the PDF font cannot print, naming the character', async () => {
    const refusal = await createOrganisation(input('李 Consulting AS'))
    expect(!refusal.ok && refusal.fields?.name).toContain('«李»')
  })

  it('edits and keeps a history of who changed which field', async () => {
    const org = await made(createOrganisation(input('Bølgen AS')))
    await made(updateOrganisation(org.id, { ...input('Bølgen og Moi AS'), website: 'bolgen.no' }))
    const history = await historyOf('organisations', org.id)
    const edit = history.find((h) => h.summary.includes('endret'))
    expect(edit?.userName).toBe('Kari Nordmann')
    expect(edit?.changes.name).toEqual({ from: 'Bølgen AS', to: 'Bølgen og Moi AS' })
    expect(edit?.changes.website).toEqual({ from: '', to: 'bolgen.no' })
    expect(history.map((h) => h.action)).toContain('create')
  })

  it('finds another organisation with the same number for the duplicate warning, but not itself', async () => {
    const first = await made(createOrganisation(input('Første AS', '701730496')))
    expect((await findByOrgNumber('701 730 496'))?.name).toBe('Første AS')
    expect(await findByOrgNumber('701730496', first.id)).toBeUndefined()
  })
})

describe('the trash', () => {
  beforeEach(async () => {
    await freshDatabase()
  })
  afterEach(() => setClock(() => new Date()))

  it('never restores a person removed in the same millisecond as the deletion', async () => {
    const org = await made(createOrganisation(input('Samtidig AS')))
    await made(addPerson(org.id, { name: 'Blir Med', title: '', email: '', phone: '', roles: ['klimakontakt'] }))
    const removed = await made(addPerson(org.id, { name: 'Fjernet Før', title: '', email: '', phone: '', roles: ['annen'] }))
    sameMillisecond()
    await removePerson(removed.id)
    await trashOrganisation(org.id)
    expect((await listTrash()).map((t) => [t.organisation.name, t.peopleCount])).toEqual([['Samtidig AS', 1]])
    await restoreOrganisation(org.id)
    expect((await peopleOf(org.id)).map((p) => p.name)).toEqual(['Blir Med'])
    expect((await db().people.get(removed.id))?.deletedAt).toBe('2026-11-28T10:00:00.000Z')
    expect(await getOrganisation(org.id)).not.toHaveProperty('trashedPersonIds')
  })

  it('never brings back a person erased for good while the organisation was in the trash', async () => {
    const org = await made(createOrganisation(input('Slettet Person AS')))
    await made(addPerson(org.id, { name: 'Blir Med', title: '', email: '', phone: '', roles: ['klimakontakt'] }))
    const erased = await made(addPerson(org.id, { name: 'Glemt For Godt', title: '', email: 'g@x.no', phone: '', roles: ['annen'] }))
    await trashOrganisation(org.id)
    await erasePerson(erased.id)
    expect((await listTrash())[0]?.peopleCount).toBe(1)
    await restoreOrganisation(org.id)
    expect((await peopleOf(org.id)).map((p) => p.name)).toEqual(['Blir Med'])
    expect((await db().people.get(erased.id))?.deletedAt).not.toBeNull()
  })

  it('restores an organisation trashed by an older version, which matched its people by timestamp', async () => {
    const org = await made(createOrganisation(input('Eldre AS')))
    const kept = await made(addPerson(org.id, { name: 'Med I Kurven', title: '', email: '', phone: '', roles: ['annen'] }))
    const earlier = await made(addPerson(org.id, { name: 'Fjernet I Fjor', title: '', email: '', phone: '', roles: ['annen'] }))
    const at = '2026-01-01T00:00:00.000Z'
    await db().organisations.update(org.id, { deletedAt: at })
    await db().people.update(kept.id, { deletedAt: at })
    await db().people.update(earlier.id, { deletedAt: '2025-06-01T00:00:00.000Z' })
    expect((await listTrash())[0]?.peopleCount).toBe(1)
    await restoreOrganisation(org.id)
    expect((await peopleOf(org.id)).map((p) => p.name)).toEqual(['Med I Kurven'])
  })

  it('lists the change history newest first, even for changes made in the same millisecond', async () => {
    sameMillisecond()
    const org = await made(createOrganisation(input('Rask AS')))
    await made(updateOrganisation(org.id, input('Rask og Riktig AS')))
    await trashOrganisation(org.id)
    await restoreOrganisation(org.id)
    await trashOrganisation(org.id)
    const history = (await historyOf('organisations', org.id)).map((h) => h.action)
    expect(history.slice(0, 4)).toEqual(['delete', 'restore', 'delete', 'update'])
    expect(history.at(-1)).toBe('create')
  })

  it('moves an organisation and its people to the trash and restores them whole', async () => {
    const org = await made(createOrganisation(input('Oslo Sol AS')))
    const other = await made(createOrganisation(input('Annen AS')))
    await made(addPerson(org.id, { name: 'Øystein Berg', title: 'Daglig leder', email: '', phone: '', roles: ['toppleder'] }))
    const removedEarlier = await made(addPerson(org.id, { name: 'Tidligere Ansatt', title: '', email: '', phone: '', roles: ['annen'] }))
    await removePerson(removedEarlier.id)

    await trashOrganisation(org.id)
    expect([...(await activeOrganisationIds())]).toEqual([other.id])
    expect((await listActiveOrganisations()).map((o) => o.name)).toEqual(['Annen AS'])
    const register = await readRegisterTables()
    expect([register.active.map((o) => o.name), register.trashed, register.active.flatMap((o) => o.people)]).toEqual([['Annen AS'], 1, []])
    expect(await peopleOf(org.id)).toEqual([])
    expect((await listTrash()).map((t) => [t.organisation.name, t.peopleCount])).toEqual([['Oslo Sol AS', 1]])

    await restoreOrganisation(org.id)
    expect((await activeOrganisationIds()).has(org.id)).toBe(true)
    // The person removed before the deletion stays removed.
    expect((await peopleOf(org.id)).map((p) => p.name)).toEqual(['Øystein Berg'])
    expect(await listTrash()).toEqual([])
    expect((await historyOf('organisations', org.id)).map((h) => h.action).slice(0, 2)).toEqual(['restore', 'delete'])
  })

  it('empties the trash for good, leaving only a tombstone nobody lists', async () => {
    const org = await made(createOrganisation(input('Borte AS', '910000020')))
    await made(addPerson(org.id, { name: 'Per Borte', title: '', email: 'per@borte.no', phone: '', roles: ['klimakontakt'] }))
    await trashOrganisation(org.id)
    expect(await emptyTrash()).toBe(1)
    expect(await listTrash()).toEqual([])
    // The register's "Papirkurv (n)" counts what the trash lists: not the tombstone.
    expect((await readRegisterTables()).trashed).toBe(0)
    const tombstone = await getOrganisation(org.id)
    expect(tombstone).toMatchObject({ name: '', orgNumber: '' })
    expect(tombstone?.erasedAt).toBeTruthy()
    const person = (await db().people.where('organisationId').equals(org.id).toArray())[0]
    expect(person).toMatchObject({ name: '', email: '' })
    await expect(restoreOrganisation(org.id)).rejects.toThrow()
  })
})
