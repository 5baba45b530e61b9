/**
 * "Eksporter alt" as the user meets it: the file handed to main is the export format's bytes and
 * the export is recorded once saved; "Avbryt eksporten" ends it with no file asked for, nothing
 * recorded, and a notice that says so.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import type { DesktopApi } from '../../../../../electron/shared/ipc-contract'
import { useNotices } from '../../../../../renderer/components/notices'
import { db } from '../../../../../renderer/db/db'
import { setClock } from '../../../../../renderer/db/repositories/base'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { readExportFile } from '../../../../../renderer/domain/backup/read-file'
import { ExportSection } from '../../../../../renderer/features/data/ExportSection'
import { freshDatabase, made } from '../../db-helpers'

const exportAll = vi.fn(async (_request: { suggestedName: string; bytes: Uint8Array }) => ({ ok: true, data: { path: '/eksport/nfk-eksport.json', name: 'nfk-eksport.json' } }))

beforeEach(async () => {
  setClock(() => new Date('2026-11-28T10:00:00.000Z'))
  exportAll.mockClear()
  useNotices.setState({ notices: [] })
  window.nfk = { appInfo: async () => ({ ok: true, data: { version: '1.0.0' } }), exportAll } as unknown as DesktopApi
  await freshDatabase()
  await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Ruoŧŧa AS' }, { status: 'medlem', date: '2020-01-10' }))
})
afterEach(() => {
  cleanup()
  window.nfk = undefined
})

it('hands main the whole database in the export format, and records the export once it is saved', async () => {
  render(<ExportSection />)
  fireEvent.click(screen.getByRole('button', { name: 'Eksporter alt' }))
  await screen.findByText(/Eksporten er lagret i \/eksport\/nfk-eksport.json/)
  expect(exportAll).toHaveBeenCalledTimes(1)
  const read = await readExportFile(exportAll.mock.calls[0]![0].bytes)
  if (!read.ok) throw new Error(read.problem.message)
  expect(read.envelope.data.organisations?.map((o) => o.name)).toEqual(['Ruoŧŧa AS'])
  expect(await db().syncLog.get(read.envelope.exportId)).toMatchObject({ installId: read.envelope.installId })
})

it('stops when the user presses "Avbryt eksporten": no file is asked for, nothing is recorded, and the notice says so', async () => {
  render(<ExportSection />)
  fireEvent.click(screen.getByRole('button', { name: 'Eksporter alt' }))
  fireEvent.click(await screen.findByRole('button', { name: 'Avbryt eksporten' }))
  await waitFor(() => expect(useNotices.getState().notices.map((n) => n.text)).toContain('Eksporten ble avbrutt. Ingen fil er lagret.'))
  expect(exportAll).not.toHaveBeenCalled()
  expect(await db().syncLog.count()).toBe(0)
  expect((await screen.findByRole('button', { name: 'Eksporter alt' })).hasAttribute('disabled')).toBe(false)
})
