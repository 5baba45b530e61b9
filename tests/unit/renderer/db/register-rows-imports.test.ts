/**
 * The register's narrow store after the writes that come from elsewhere (issue 17): an import that
 * replaces everything or merges, and sync's apply of another laptop's changes, a merge among them.
 * It never travels itself: no export, no sync message.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../renderer/db/db'
import { encodeEnvelope } from '../../../../renderer/domain/backup/envelope'
import { exportDatabase } from '../../../../renderer/db/repositories/backup-repo'
import { setClock, setUserName } from '../../../../renderer/db/repositories/base'
import { createOrganisation, updateOrganisation, getOrganisation } from '../../../../renderer/db/repositories/organisations-repo'
import { addPerson, emptyPersonInput } from '../../../../renderer/db/repositories/people-repo'
import { mergeOrganisations } from '../../../../renderer/db/repositories/merge-repo'
import { trashOrganisation, emptyTrash } from '../../../../renderer/db/repositories/trash-repo'
import { freshDatabase, made } from '../db-helpers'
import { importBytes } from './repositories/backup/pipeline'
import { laptop, MemoryFolder, on, org, sync } from './sync/memory-folder'
import { expectStoreInStep } from './register-store-helpers'

describe('the register store after an import', () => {
  beforeEach(() => setClock(() => new Date('2026-11-28T10:00:00.000Z')))

  it('is made again by "Erstatt alt" and follows a merge import, and is not in the file', async () => {
    await freshDatabase()
    await setUserName('Kari Nordmann')
    const aker = await made(createOrganisation(org('Aker Sol AS')))
    await made(addPerson(aker.id, { ...emptyPersonInput(), name: 'Kari Berg', roles: ['klimakontakt'] }))
    await made(createOrganisation(org('Berg Bygg AS')))
    const envelope = await exportDatabase({ appVersion: '1.0.0' })
    expect(envelope.data.registerRows).toBeUndefined()
    const bytes = encodeEnvelope(envelope)

    const other = await freshDatabase()
    await setUserName('Ola Dal')
    await made(createOrganisation(org('Forsvinner AS')))
    expect(await importBytes(bytes, 'replace')).toBe('applied')
    await expectStoreInStep(other, 'replaced')
    expect((await other.registerRows.toArray()).map((e) => (e.state === 'active' ? e.name : e.state)).sort()).toEqual(['Aker Sol AS', 'Berg Bygg AS'])

    // Here the organisation is renamed and one is added; the older file merged in keeps both.
    await made(updateOrganisation(aker.id, { ...org('Aker Vind AS') }))
    await made(createOrganisation(org('Ny Her AS')))
    expect(await importBytes(bytes, 'merge')).toBe('applied')
    await expectStoreInStep(other, 'merged')
  })
})

describe('the register store after sync', () => {
  beforeEach(() => setClock(() => new Date('2026-11-28T10:00:00.000Z')))

  it('shows on each laptop what the other wrote, a merge and an emptied trash included, and records no message of its own', async () => {
    const folder = new MemoryFolder()
    const kari = await laptop(folder, 'Kari')
    const a = await made(createOrganisation(org('Bygg AS')))
    const b = await made(createOrganisation(org('Bygg as')))
    const c = await made(createOrganisation(org('Borte AS')))
    await sync(folder, kari)
    const ola = await laptop(folder, 'Ola')
    await sync(folder, ola)
    await expectStoreInStep(ola.db, 'joined')
    await made(addPerson(b.id, { ...emptyPersonInput(), name: 'Ola Dal', roles: ['klimakontakt'] }))
    await trashOrganisation(c.id)
    await sync(folder, ola)
    on(kari)
    await made(mergeOrganisations(a.id, b.id))
    await sync(folder, kari)
    on(kari)
    await emptyTrash()
    await sync(folder, kari)
    await sync(folder, ola)
    for (const l of [kari, ola]) {
      on(l)
      await expectStoreInStep(l.db, l.name)
      expect((await db().registerRows.get(a.id)) as unknown, l.name).toMatchObject({ state: 'active', contact: 'Ola Dal' })
      expect(await db().registerRows.get(c.id), l.name).toEqual({ id: c.id, state: 'gone' })
      expect(await db().syncOutbox.filter((m) => m.table === 'registerRows').count(), l.name).toBe(0)
      expect((await getOrganisation(b.id))?.mergedInto).toBe(a.id)
    }
  })
})
