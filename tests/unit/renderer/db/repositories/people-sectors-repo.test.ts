import { beforeEach, describe, expect, it } from 'vitest'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson, peopleOf, removePerson, restorePerson, updatePerson } from '../../../../../renderer/db/repositories/people-repo'
import { addSector, DEFAULT_SECTORS, ensureDefaultSectors, listSectors } from '../../../../../renderer/db/repositories/sectors-repo'
import { freshDatabase, made } from '../../db-helpers'

describe('people', () => {
  beforeEach(async () => {
    await freshDatabase()
  })

  it('adds a person with several roles, edits, removes and restores', async () => {
    const org = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Fjord AS' }))
    const person = await made(addPerson(org.id, { name: 'Ingrid Ås', title: 'Adm. dir.', email: 'ingrid@fjord.no', phone: '+47 900 00 000', roles: ['toppleder', 'klimakontakt'] }))
    await made(updatePerson(person.id, { ...person, title: 'Konsernsjef' }))
    expect((await peopleOf(org.id))[0]).toMatchObject({ title: 'Konsernsjef', roles: ['toppleder', 'klimakontakt'] })
    await removePerson(person.id)
    expect(await peopleOf(org.id)).toEqual([])
    await restorePerson(person.id)
    expect(await peopleOf(org.id)).toHaveLength(1)
  })

  it('refuses a bad e-mail, phone, an unprintable title and no role, saving nothing', async () => {
    const org = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Fjord AS' }))
    const refusal = await addPerson(org.id, { name: 'Ola', title: 'CEO 総', email: 'ola@', phone: 'ring meg', roles: [] })
    const fields = (!refusal.ok && refusal.fields) || {}
    expect(Object.keys(fields).sort()).toEqual(['email', 'phone', 'roles', 'title'])
    expect(fields.title).toContain('«総»')
    expect(await peopleOf(org.id)).toEqual([])
  })
})

describe('sectors', () => {
  beforeEach(async () => {
    await freshDatabase()
  })

  it('seeds the Norwegian defaults once, in Norwegian order, and lets the user extend the list', async () => {
    await ensureDefaultSectors()
    await ensureDefaultSectors()
    const sectors = await listSectors()
    expect(sectors).toHaveLength(DEFAULT_SECTORS.length)
    expect(sectors.at(-1)).toBe('Undervisning og forskning')
    expect(sectors.indexOf('Rådgivning')).toBeGreaterThan(sectors.indexOf('Overnatting og reiseliv'))
    expect(await addSector('  Landbruk ')).toBeNull()
    expect(await listSectors()).toContain('Landbruk')
    expect(await addSector('landbruk')).toBe('Bransjen «Landbruk» finnes allerede.')
  })
})
