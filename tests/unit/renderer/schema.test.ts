import { describe, expect, it } from 'vitest'
import { DATA_TABLES, LOCAL_TABLES, NfkDatabase, SCHEMA_VERSIONS } from '../../../renderer/db/schema'

describe('the database schema', () => {
  it('only ever appends versions, each with a reason', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(new Set(versions).size).toBe(versions.length)
    for (const v of SCHEMA_VERSIONS) expect(v.reason.length).toBeGreaterThan(10)
  })

  it('keys every table by a string id, never an auto-increment number', () => {
    for (const v of SCHEMA_VERSIONS) {
      for (const [table, spec] of Object.entries(v.stores)) {
        if (spec === null) continue
        expect(spec.split(',')[0]?.trim(), table).toBe('id')
      }
    }
  })

  it('names every table either as data (exported) or as this laptop’s own', async () => {
    const db = new NfkDatabase(`schema-${Date.now()}`)
    await db.open()
    expect(db.tables.map((t) => t.name).sort()).toEqual([...DATA_TABLES, ...LOCAL_TABLES].sort())
    db.close()
  })
})
