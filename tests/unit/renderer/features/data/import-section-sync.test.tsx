/**
 * 'Erstatt alt' on a synced laptop asks what the others should get (issue 16), now that the preview
 * comes from the import session (issue 17): what they lose, per table and by name.
 */
import { fireEvent, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exportDatabase } from '../../../../../renderer/db/repositories/backup-repo'
import { setClock } from '../../../../../renderer/db/repositories/base'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { encodeEnvelope } from '../../../../../renderer/domain/backup/envelope'
import { laptop, MemoryFolder } from '../../db/sync/memory-folder'
import { freshDatabase, made } from '../../db-helpers'
import { importHost, leaveImportSection, showImportOf } from './import-section-harness'

beforeEach(async () => {
  setClock(() => new Date('2026-11-28T10:00:00.000Z'))
  window.nfk = importHost
  await freshDatabase()
})
afterEach(leaveImportSection)

async function replaceWithOlderFile(): Promise<void> {
  await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Bygg AS' }))
  const file = encodeEnvelope(await exportDatabase({ appVersion: '1' }))
  await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Nytt Energi AS' }))
  showImportOf(file)
  fireEvent.click(await screen.findByRole('radio', { name: /Erstatt alt/ }))
  fireEvent.click(await screen.findByRole('button', { name: 'Erstatt alt' }))
}

describe('replacing everything from a file', () => {
  it('on a synced laptop shows what the others lose, by table and by name, instead of the plain question', async () => {
    await laptop(new MemoryFolder(), 'Kari')
    await replaceWithOlderFile()
    const dialog = await screen.findByRole('dialog', { name: 'Denne maskinen synkroniserer' })
    expect(within(dialog).getByRole('list', { name: 'Dette mister de andre' }).textContent).toContain('Virksomheter: 1')
    expect(dialog.textContent).toContain('Blant annet: Nytt Energi AS.')
    expect(screen.queryByRole('dialog', { name: 'Erstatte alle data?' })).toBeNull()
  })

  it('on a laptop that does not sync asks the plain question', async () => {
    await replaceWithOlderFile()
    expect(await screen.findByRole('dialog', { name: 'Erstatte alle data?' })).toBeTruthy()
    expect(screen.queryByRole('dialog', { name: 'Denne maskinen synkroniserer' })).toBeNull()
  })
})
