import { describe, expect, it } from 'vitest'
import { exportDatabase } from '../../../../../renderer/db/repositories/backup-repo'
import { createOrganisation, emptyOrganisationInput, getOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { encodeEnvelope } from '../../../../../renderer/domain/backup/envelope'
import { importBytes } from '../repositories/backup/pipeline'
import { laptop, MemoryFolder, on, sync } from './memory-folder'
import { made } from '../../db-helpers'

describe('"Erstatt alt" on a synced laptop that publishes the difference', () => {
  it('moves what the file lacks to the others’ trash instead of deleting it, and sends what it changes', async () => {
    const folder = new MemoryFolder()
    const kari = await laptop(folder, 'Kari')
    const kept = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Bygg AS' }))
    const file = encodeEnvelope(await exportDatabase({ appVersion: 'test' }))
    const later = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Energi AS' }))
    await sync(folder, kari)
    const ola = await laptop(folder, 'Ola')
    await sync(folder, ola)
    on(kari)
    expect(await importBytes(file, 'replace')).toBe('applied')
    expect(await getOrganisation(later.id)).toBeUndefined()
    await sync(folder, kari)
    await sync(folder, ola)
    const onOla = await getOrganisation(later.id)
    expect(onOla?.name).toBe('Energi AS')
    expect(onOla?.deletedAt).toBeTruthy()
    expect((await getOrganisation(kept.id))?.deletedAt).toBeNull()
  })
})
