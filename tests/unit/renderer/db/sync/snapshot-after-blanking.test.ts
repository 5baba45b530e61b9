import { describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { createOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson, emptyPersonInput } from '../../../../../renderer/db/repositories/people-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { made } from '../../db-helpers'
import { addApplication } from './application-stories'
import { laptop, MemoryFolder, on, org, sync } from './memory-folder'

/**
 * Found by the three-laptops property test once its laptops imported applications and its memory
 * folder blanked a laptop's own snapshots as main does (suite seed 20261130, path 79): Kari's round
 * wrote a snapshot and only then blanked the erased person's organisation's applications in her own
 * files, her snapshot among them. The answers were Ola's, so she did not send them again, and the
 * snapshot covers Ola's file that did: Siv, joining from it, never got them. The round blanks before
 * it writes a snapshot now (sync-round.ts).
 */
describe('a snapshot written in the round an erasure arrives', () => {
  it('still gives a joiner the answers of an application of that organisation that name nobody, made on the erasing laptop', async () => {
    const folder = new MemoryFolder()
    const kari = await laptop(folder, 'Kari')
    const ola = await laptop(folder, 'Ola')
    on(ola)
    const bygg = await made(createOrganisation(org('Bygg AS')))
    const p = await made(addPerson(bygg.id, { ...emptyPersonInput(), name: 'Åse Hemmelig', email: 'ase@bygg.no', roles: ['klimakontakt'] }))
    await erasePerson(p.id)
    const a = await addApplication(bygg.id, ['Vi kutter utslipp fra transport', 'Solceller på taket'])
    // Ola's round blanks the organisation's applications in his files and sends them again as they stand.
    await sync(folder, ola)
    // Kari's round brings her the erasure and the application, writes a snapshot (covering all of
    // Ola's files) and then blanks the organisation's applications in her own files: the snapshot too.
    folder.snapshotEvery = 1
    await sync(folder, kari)
    folder.snapshotEvery = 1_000_000
    expect(folder.snapshots).toHaveLength(1)
    const siv = await laptop(folder, 'Siv')
    await sync(folder, siv)
    for (const l of [ola, kari, siv]) {
      on(l)
      expect((await db().applications.get(a.id))?.answers?.map((x) => x.answer), l.name).toEqual(['Vi kutter utslipp fra transport', 'Solceller på taket'])
    }
  })
})
