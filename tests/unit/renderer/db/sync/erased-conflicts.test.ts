/**
 * A sync conflict holds both laptops' values. When the record it is about is erased (a person) or
 * emptied (an organisation from the trash), the conflict goes on the erasing laptop too, as it does
 * on every laptop the erasure reaches: a settled conflict is still listed with its values, so it
 * would keep the erased e-mail or name on the one laptop that erased it.
 */
import { describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { createOrganisation, emptyOrganisationInput, updateOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson, emptyPersonInput, updatePerson } from '../../../../../renderer/db/repositories/people-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { listConflicts } from '../../../../../renderer/db/repositories/sync-repo'
import { emptyTrash, trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import { made } from '../../db-helpers'
import { on, org, sync, twoLaptops, type Laptop } from './memory-folder'

const person = { ...emptyPersonInput(), name: 'Kari Nordmann', email: 'kari@bygg.no', roles: ['klimakontakt' as const] }

async function conflictsText(l: Laptop): Promise<string> {
  on(l)
  return JSON.stringify(await listConflicts())
}

describe('a conflict about a record erased on this laptop', () => {
  it('goes when the person is erased, with the e-mails both laptops gave', async () => {
    const { folder, kari, ola, seeded } = await twoLaptops(async () => {
      const o = await made(createOrganisation(org('Bygg AS')))
      return made(addPerson(o.id, person))
    })
    on(kari)
    await made(updatePerson(seeded.id, { ...person, title: '', phone: '', email: 'kari.nordmann@bygg.no' }))
    on(ola)
    await made(updatePerson(seeded.id, { ...person, title: '', phone: '', email: 'kn@bygg.no' }))
    await sync(folder, kari)
    await sync(folder, ola)
    expect(await conflictsText(ola)).toContain('kari.nordmann@bygg.no')

    await erasePerson(seeded.id)
    expect(await conflictsText(ola)).not.toMatch(/kari|kn@/i)
    for (const l of [ola, kari, ola]) await sync(folder, l)
    for (const l of [kari, ola]) expect(await conflictsText(l), l.name).toBe('[]')
  })

  it('goes when the organisation is emptied from the trash, with the notes both laptops gave', async () => {
    const { folder, kari, ola, seeded } = await twoLaptops(() => made(createOrganisation(org('Bygg AS'))))
    on(kari)
    await made(updateOrganisation(seeded.id, { ...emptyOrganisationInput(), name: 'Bygg AS', notes: 'Ring Kari i Bygg AS' }))
    on(ola)
    await made(updateOrganisation(seeded.id, { ...emptyOrganisationInput(), name: 'Bygg AS', notes: 'Bygg AS vil bli partner' }))
    await sync(folder, kari)
    await sync(folder, ola)
    expect(await conflictsText(ola)).toContain('Ring Kari i Bygg AS')

    await trashOrganisation(seeded.id)
    await emptyTrash()
    expect(await conflictsText(ola)).not.toContain('Bygg AS')
    for (const l of [ola, kari, ola]) await sync(folder, l)
    for (const l of [kari, ola]) expect(await conflictsText(l), l.name).toBe('[]')
    expect(await db().syncConflicts.count()).toBe(0)
  })

  it('goes when open, about a field emptying keeps, and the count of open conflicts follows', async () => {
    const { folder, kari, ola, seeded } = await twoLaptops(() => made(createOrganisation(org('Bygg AS'))))
    on(kari)
    await made(updateOrganisation(seeded.id, { ...emptyOrganisationInput(), name: 'Bygg AS', tier: 'partner' }))
    on(ola)
    // Ola made it a partner and thought better of it: his change of the tier is back to member.
    await made(updateOrganisation(seeded.id, { ...emptyOrganisationInput(), name: 'Bygg AS', tier: 'partner' }))
    await made(updateOrganisation(seeded.id, { ...emptyOrganisationInput(), name: 'Bygg AS', tier: 'medlem' }))
    await sync(folder, kari)
    await sync(folder, ola)
    expect((await listConflicts()).filter((c) => !c.settledAt).map((c) => c.field)).toContain('tier')
    expect((await db().syncState.get('this'))?.openConflicts).toBeGreaterThan(0)

    await trashOrganisation(seeded.id)
    await emptyTrash()
    expect(await listConflicts()).toEqual([])
    expect((await db().syncState.get('this'))?.openConflicts).toBe(0)
  })
})
