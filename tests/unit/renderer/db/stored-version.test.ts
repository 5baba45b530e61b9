import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSIONS } from '../../../../renderer/db/schema'
import { LATEST_SCHEMA_VERSION, upgradeMayBeNeeded } from '../../../../renderer/db/stored-version'

async function databaseAt(name: string, version: number): Promise<void> {
  const db = new Dexie(name)
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= version)) db.version(v.version).stores(v.stores)
  await db.open()
  db.close()
}

describe('whether a start may need a backup before the upgrade, asked without opening the database', () => {
  it('knows the newest schema version the app opens with', () => {
    // A new schema version that forgets this constant would skip the backup before its upgrade.
    expect(LATEST_SCHEMA_VERSION).toBe(Math.max(...SCHEMA_VERSIONS.map((v) => v.version)))
  })

  it('says no for a first start (no database yet) and for a database at today\'s version or newer', async () => {
    expect(await upgradeMayBeNeeded(`missing-${Date.now()}`)).toBe(false)
    const name = `today-${Date.now()}`
    await databaseAt(name, 2)
    expect(await upgradeMayBeNeeded(name, 2)).toBe(false)
    expect(await upgradeMayBeNeeded(name, 1)).toBe(false)
  })

  it('says yes for a database older than the schema the app is about to open', async () => {
    const name = `older-${Date.now()}`
    await databaseAt(name, 1)
    expect(await upgradeMayBeNeeded(name, 2)).toBe(true)
    expect(await upgradeMayBeNeeded(name)).toBe(true)
  })

  it('says yes when the browser cannot list its databases, so the full check decides', async () => {
    const list = indexedDB.databases
    try {
      Object.defineProperty(indexedDB, 'databases', { value: undefined, configurable: true })
      expect(await upgradeMayBeNeeded(`missing-${Date.now()}`)).toBe(true)
      Object.defineProperty(indexedDB, 'databases', { value: () => Promise.reject(new Error('nei')), configurable: true })
      expect(await upgradeMayBeNeeded(`missing-${Date.now()}`)).toBe(true)
    } finally {
      Object.defineProperty(indexedDB, 'databases', { value: list, configurable: true })
    }
  })
})
