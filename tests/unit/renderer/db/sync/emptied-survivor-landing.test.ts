/**
 * A survivor emptied elsewhere keeps nothing of its own: when the record merged into it is emptied
 * with it (merged-into-emptied), the landing of that record's edit is not taken back onto the
 * survivor, which would bring the survivor's own older value back into an emptied row.
 */
import { describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import type { Organisation } from '../../../../../renderer/db/models'
import { mergeOrganisations } from '../../../../../renderer/db/repositories/merge-repo'
import { createOrganisation, emptyOrganisationInput, getOrganisation, updateOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { emptyTrash, trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import { made } from '../../db-helpers'
import { laptop, MemoryFolder, on, org, sync, type Laptop } from './memory-folder'

async function organisations(l: Laptop) {
  on(l)
  return db().organisations.orderBy('id').toArray()
}

describe('a survivor emptied elsewhere, with an edit of its duplicate landed on it', () => {
  it('stays empty on the merging laptop, as on the others', async () => {
    const folder = new MemoryFolder()
    const kari = await laptop(folder, 'Kari')
    const a = await made(createOrganisation(org('Bygg AS')))
    await made(updateOrganisation(a.id, { ...emptyOrganisationInput(), name: 'Bygg AS', notes: 'Eget notat' }))
    const ola = await laptop(folder, 'Ola')
    const b = await made(createOrganisation(org('Bygg as')))
    const per = await laptop(folder, 'Per')
    for (const l of [kari, ola, per, kari, ola]) await sync(folder, l)

    // Per empties the survivor first (his blanking is the oldest change of its note), and keeps it to himself for now.
    on(per)
    await trashOrganisation(a.id)
    await emptyTrash()
    // Ola notes something on the duplicate; Kari merges the two and pulls the note, which lands on the survivor.
    on(ola)
    const o = (await getOrganisation(b.id)) as Organisation
    await made(updateOrganisation(b.id, { ...emptyOrganisationInput(), name: o.name, notes: 'Nei' }))
    await sync(folder, ola)
    on(kari)
    await made(mergeOrganisations(a.id, b.id))
    await sync(folder, kari)
    on(kari)
    expect((await getOrganisation(a.id))?.notes).toBe('Nei')
    for (let round = 0; round < 2; round++) for (const l of [per, kari, ola]) await sync(folder, l)

    for (const l of [kari, ola, per]) {
      on(l)
      const survivor = await db().organisations.get(a.id)
      expect(survivor?.notes, l.name).toBe('')
      expect(survivor?.name, l.name).not.toContain('Bygg')
    }
    expect(await organisations(kari)).toEqual(await organisations(per))
    expect(await organisations(ola)).toEqual(await organisations(per))
    const notes = [...folder.files.values()].flat().flatMap((f) => f.messages.filter((m) => m.table === 'organisations' && m.field === 'notes').map((m) => m.value))
    expect(notes).not.toContain('Eget notat')
    expect(notes).not.toContain('Nei')
  })
})
