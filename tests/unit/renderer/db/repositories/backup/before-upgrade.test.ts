import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { backupBeforeSchemaUpgrade } from '../../../../../../renderer/db/repositories/backup-repo'
import { SCHEMA_VERSIONS } from '../../../../../../renderer/db/schema'
import { readExportFile } from '../../../../../../renderer/domain/backup/read-file'
import { organisation } from '../../../domain/backup/seed'

async function seedAtVersion1(name: string) {
  const old = new Dexie(name)
  old.version(1).stores(SCHEMA_VERSIONS[0]!.stores)
  await old.open()
  await old.table('organisations').put(organisation('Før oppgraderingen AS'))
  await old.table('device').put({ id: 'this', installId: 'laptop-1', userName: 'Kari', createdAt: '2026-01-01T00:00:00.000Z' })
  old.close()
}

describe('backup before a schema upgrade', () => {
  it('hands the old database to main as an export before anything is upgraded', async () => {
    const name = `upgrade-${Date.now()}`
    await seedAtVersion1(name)
    const written: Uint8Array[] = []
    const outcome = await backupBeforeSchemaUpgrade(async (bytes) => (written.push(bytes), true), { name, latest: 2 })
    expect(outcome).toBe('written')
    const read = await readExportFile(written[0]!)
    expect(read.ok && read.envelope.data.organisations?.[0]?.name).toBe('Før oppgraderingen AS')
    expect(read.ok && read.envelope.installId).toBe('laptop-1')
    // Called before the app knows its version: the file says so rather than leaving it blank.
    expect(read.ok && read.envelope.appVersion).toBe('ukjent')
    const again = new Dexie(name)
    await again.open()
    expect(again.verno).toBe(1)
    again.close()
  })

  it('does nothing for a new or current database, and reports a failed write', async () => {
    const name = `current-${Date.now()}`
    expect(await backupBeforeSchemaUpgrade(async () => true, { name: `missing-${Date.now()}` })).toBe('not-needed')
    await seedAtVersion1(name)
    expect(await backupBeforeSchemaUpgrade(async () => true, { name, latest: 1 })).toBe('not-needed')
    // Without a target version, today's newest is the target: a version 1 database is older.
    expect(await backupBeforeSchemaUpgrade(async () => true, { name })).toBe('written')
    expect(await backupBeforeSchemaUpgrade(async () => false, { name, latest: 2 })).toBe('failed')
  })
})
