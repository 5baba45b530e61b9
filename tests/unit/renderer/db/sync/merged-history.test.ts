/**
 * History another laptop wrote about a duplicate before it learnt of the merge stays under the
 * merged-away record (sync never moves history), yet the survivor's history shows it, marked as
 * written about the duplicate, the same on every laptop.
 */
import { describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import type { Organisation } from '../../../../../renderer/db/models'
import { recordHistory } from '../../../../../renderer/db/repositories/history-repo'
import { mergeOrganisations, mergePeople } from '../../../../../renderer/db/repositories/merge-repo'
import { undoMerge } from '../../../../../renderer/db/repositories/merge-undo'
import { createOrganisation, emptyOrganisationInput, getOrganisation, updateOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson, emptyPersonInput, updatePerson } from '../../../../../renderer/db/repositories/people-repo'
import { made } from '../../db-helpers'
import { laptop, MemoryFolder, on, org, sync, type Laptop } from './memory-folder'

const note = async (id: string, notes: string) => {
  const o = (await getOrganisation(id)) as Organisation
  await made(updateOrganisation(id, { ...emptyOrganisationInput(), name: o.name, notes }))
}

/** What the survivor's page lists: each entry's text and the duplicate it names, if any. */
async function shown(l: Laptop, kind: 'organisations' | 'people', id: string) {
  on(l)
  return (await recordHistory(kind, id)).map((e) => ({ id: e.id, summary: e.summary, duplicate: e.duplicate?.name ?? null }))
}

/** Kari, Ola and Per share a folder; each registered "Bygg AS" once, and all three have all three. */
async function threeDuplicates() {
  const folder = new MemoryFolder()
  const kari = await laptop(folder, 'Kari')
  const a = await made(createOrganisation(org('Bygg AS')))
  const ola = await laptop(folder, 'Ola')
  const b = await made(createOrganisation(org('Bygg as')))
  const per = await laptop(folder, 'Per')
  const c = await made(createOrganisation(org('BYGG AS')))
  for (const l of [kari, ola, per, kari, ola]) await sync(folder, l)
  return { folder, kari, ola, per, a, b, c }
}

describe('the survivor’s history after a merge', () => {
  it('shows an entry another laptop wrote about the duplicate before it saw the merge, marked, on both laptops', async () => {
    const { folder, kari, ola, a, b } = await threeDuplicates()
    on(kari)
    await made(mergeOrganisations(a.id, b.id))
    await sync(folder, kari)
    // Ola writes about "Bygg as" before his laptop has pulled the merge.
    on(ola)
    await note(b.id, 'Ringes i januar')
    for (const l of [ola, kari, ola]) await sync(folder, l)

    for (const l of [kari, ola]) {
      on(l)
      const late = (await db().auditLog.where('[table+entityId]').equals(['organisations', b.id]).toArray()).find((e) => e.userName === 'Ola')
      // The premise: the entry arrived after the merge and stays under the merged-away record.
      expect(late?.summary, l.name).toBe('Opplysninger om Bygg as ble endret')
      const history = await shown(l, 'organisations', a.id)
      expect(history.find((e) => e.id === late?.id), l.name).toEqual({ id: late?.id, summary: 'Opplysninger om Bygg as ble endret', duplicate: 'Bygg as' })
      // The survivor's own entries are not marked; the duplicate's own "was merged" entry is not repeated.
      expect(history.find((e) => e.summary.startsWith('Slått sammen med Bygg as'))?.duplicate).toBeNull()
      expect(history.some((e) => e.summary.includes('ble slått sammen med Bygg AS og finnes nå bare som den'))).toBe(false)
    }
    expect(await shown(kari, 'organisations', a.id)).toEqual(await shown(ola, 'organisations', a.id))
  })

  it('follows a chain: what Per wrote about the first duplicate shows under the record the chain ends at, on all three laptops', async () => {
    const { folder, kari, ola, per, a, b, c } = await threeDuplicates()
    // Ola merges C into B; Kari, having seen that, merges B into A. Per has seen neither.
    on(ola)
    await made(mergeOrganisations(b.id, c.id))
    await sync(folder, ola)
    await sync(folder, kari)
    await made(mergeOrganisations(a.id, b.id))
    await sync(folder, kari)
    on(per)
    await note(c.id, 'Ny kontaktperson')
    for (let round = 0; round < 2; round++) for (const l of [per, ola, kari]) await sync(folder, l)

    const histories = await Promise.all([kari, ola, per].map(async (l) => shown(l, 'organisations', a.id)))
    expect(histories[0]?.find((e) => e.summary === 'Opplysninger om BYGG AS ble endret')?.duplicate).toBe('BYGG AS')
    expect(histories[1]).toEqual(histories[0])
    expect(histories[2]).toEqual(histories[0])
  })

  it('brings nothing in from a merge that was undone', async () => {
    const { folder, kari, ola, a, b } = await threeDuplicates()
    on(kari)
    const merge = await made(mergeOrganisations(a.id, b.id))
    await made(undoMerge(merge.undo))
    await sync(folder, kari)
    on(ola)
    await note(b.id, 'Ringes i januar')
    for (const l of [ola, kari]) await sync(folder, l)
    const history = await shown(kari, 'organisations', a.id)
    expect(history.some((e) => e.summary === 'Opplysninger om Bygg as ble endret')).toBe(false)
    expect(history.some((e) => e.duplicate !== null)).toBe(false)
  })

  it('does the same for people: a change of the merged-away person written on the other laptop shows under the survivor', async () => {
    const { folder, kari, ola, a } = await threeDuplicates()
    on(kari)
    const first = await made(addPerson(a.id, { ...emptyPersonInput(), name: 'Kari Nordmann', email: 'kari@bygg.no', roles: ['klimakontakt'] }))
    const second = await made(addPerson(a.id, { ...emptyPersonInput(), name: 'Kari Nordmann', email: 'Kari@bygg.no', roles: ['toppleder'] }))
    for (const l of [kari, ola]) await sync(folder, l)
    await sync(folder, kari)
    on(kari)
    await made(mergePeople(first.id, second.id))
    await sync(folder, kari)
    on(ola)
    await made(updatePerson(second.id, { name: 'Kari Nordmann', title: 'Daglig leder', phone: '', email: 'Kari@bygg.no', roles: ['toppleder'] }))
    for (const l of [ola, kari, ola]) await sync(folder, l)

    const histories = await Promise.all([kari, ola].map(async (l) => shown(l, 'people', first.id)))
    expect(histories[0]?.filter((e) => e.duplicate === 'Kari Nordmann').length).toBeGreaterThan(0)
    expect(histories[1]).toEqual(histories[0])
  })
})
