import { describe, expect, it } from 'vitest'
import { useDatabase } from '../../../../../renderer/db/db'
import { NfkDatabase } from '../../../../../renderer/db/schema'
import { DEFAULT_SECTORS, ensureDefaultSectors, listSectors } from '../../../../../renderer/db/repositories/sectors-repo'
import { loadSettings, saveSettings } from '../../../../../renderer/db/repositories/settings-repo'
import { joinSyncFolder } from '../../../../../renderer/db/repositories/sync-repo'
import { laptop, MemoryFolder, sync, type Laptop } from './memory-folder'

/** A laptop that was used on its own before it chose the folder. */
async function usedAlone(folder: MemoryFolder, name: string, before: () => Promise<void>): Promise<Laptop> {
  const db = useDatabase(new NfkDatabase(`sync-alone-${crypto.randomUUID()}`))
  await db.open()
  const installId = crypto.randomUUID()
  await db.device.put({ id: 'this', installId, userName: name, createdAt: new Date().toISOString() })
  await before()
  await joinSyncFolder(folder.folderId, name)
  return { name, db, installId }
}

describe('a new laptop choosing the folder', () => {
  it('does not overwrite the group’s settings with its defaults, and the default sectors appear once', async () => {
    const folder = new MemoryFolder()
    const kari = await laptop(folder, 'Kari')
    await saveSettings({ commissionerName: 'Sirin Hellvin', secretariatPhone: '21 80 21 80' })
    await ensureDefaultSectors()
    await sync(folder, kari)

    // Per saved one thing of his own (a remembered spreadsheet mapping) and seeded his own sector list.
    const per = await usedAlone(folder, 'Per', async () => {
      await saveSettings({ spreadsheetMappings: { 'navn|orgnr': { name: 0, orgNumber: 1 } } })
      await ensureDefaultSectors()
    })
    const published = (await sync(folder, per)).pushed
    expect(published).toBeGreaterThan(0)
    const perFields = (folder.files.get(per.installId) ?? []).flatMap((f) => f.messages).filter((m) => m.table === 'settings').map((m) => m.field)
    expect(perFields).toContain('spreadsheetMappings')
    expect(perFields).not.toContain('commissionerName')
    expect((folder.files.get(per.installId) ?? []).flatMap((f) => f.messages).some((m) => m.table === 'sectors')).toBe(false)

    await sync(folder, kari)
    await sync(folder, per)
    for (const l of [kari, per]) {
      await sync(folder, l)
      const settings = await loadSettings()
      expect([l.name, settings.commissionerName, settings.secretariatPhone]).toEqual([l.name, 'Sirin Hellvin', '21 80 21 80'])
      expect(settings.spreadsheetMappings).toEqual({ 'navn|orgnr': { name: 0, orgNumber: 1 } })
      expect(await listSectors()).toHaveLength(DEFAULT_SECTORS.length)
    }
  })
})
