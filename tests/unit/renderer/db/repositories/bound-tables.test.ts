import Dexie from 'dexie'
import { beforeEach, describe, expect, it } from 'vitest'
import { boundTo } from '../../../../../renderer/db/repositories/bound-tables'
import type { NfkDatabase } from '../../../../../renderer/db/schema'
import { freshDatabase } from '../../db-helpers'

let d: NfkDatabase
beforeEach(async () => {
  d = await freshDatabase()
})

/** A helper that does no database work (a cache hit), awaited as the apply awaits its helpers. */
const cached = async (n: number): Promise<number> => n

const line = (id: string) => ({ id, table: 'people' as const, erasedAt: '2026-11-30T12:00:00.000Z' })

describe('tables bound to a transaction', () => {
  it('keep reading and writing in it after awaits that left Dexie’s zone', async () => {
    let zoneAfterAwaits: unknown = 'not reached'
    await d.transaction('rw', d.tables, async (tx) => {
      const b = boundTo(d, tx)
      await b.erasures.put(line('a'))
      // Many awaits with no database work: Dexie's zone no longer follows.
      for (let i = 0; i < 300; i++) await cached(i)
      zoneAfterAwaits = Dexie.currentTransaction
      await b.table('erasures').put(line('b'))
      expect((await b.erasures.toArray()).map((e) => e.id)).toEqual(['a', 'b'])
    })
    expect(zoneAfterAwaits).toBeNull()
    expect((await d.erasures.toArray()).map((e) => e.id)).toEqual(['a', 'b'])
  })

  it('roll back with the transaction', async () => {
    await expect(
      d.transaction('rw', d.tables, async (tx) => {
        const b = boundTo(d, tx)
        for (let i = 0; i < 300; i++) await cached(i)
        await b.erasures.put(line('a'))
        throw new Error('stop')
      }),
    ).rejects.toThrow('stop')
    expect(await d.erasures.count()).toBe(0)
  })

  it('hand out the transaction’s own tables in `tables` too (sync’s apply writes through them), and leave the rest of the database as it is', async () => {
    await expect(
      d.transaction('rw', d.tables, async (tx) => {
        const b = boundTo(d, tx)
        expect(b.name).toBe(d.name)
        expect(b.tables.map((t) => t.name)).toEqual(d.tables.map((t) => t.name))
        const erasures = b.tables.find((t) => t.name === 'erasures')!
        for (let i = 0; i < 300; i++) await cached(i)
        await erasures.put(line('a'))
        expect(await erasures.count()).toBe(1)
        throw new Error('stop')
      }),
    ).rejects.toThrow('stop')
    // Written inside the transaction, so gone with it.
    expect(await d.erasures.count()).toBe(0)
  })
})
