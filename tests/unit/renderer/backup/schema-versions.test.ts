import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { NfkDatabase, SCHEMA_VERSIONS } from '../../../../renderer/db/schema'
import { rowFor } from './seed'

describe('every schema version', () => {
  for (const { version } of SCHEMA_VERSIONS) {
    it(`opens a database seeded at version ${version} with today's code, nothing lost`, async () => {
      const name = `schema-v${version}-${Date.now()}`
      const old = new Dexie(name)
      for (const step of SCHEMA_VERSIONS.filter((s) => s.version <= version)) old.version(step.version).stores(step.stores)
      await old.open()
      const seeded: Record<string, unknown[]> = {}
      for (const table of old.tables) {
        const row = table.name === 'device' ? { id: 'this', installId: 'abc', userName: 'Kari', createdAt: '2026-01-01T00:00:00.000Z' } : rowFor(table.name)
        await table.put(row)
        seeded[table.name] = [row]
      }
      old.close()

      const current = new NfkDatabase(name)
      await current.open()
      for (const [table, rows] of Object.entries(seeded)) expect(await current.table(table).toArray(), table).toEqual(rows)
      current.close()
    })
  }
})
