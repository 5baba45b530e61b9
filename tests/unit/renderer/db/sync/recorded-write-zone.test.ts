/**
 * A recorded write whose layers beneath answer slowly (seed 1593139374, path 189 of the three-laptop
 * property test). Dexie finds the transaction of a DBCore request through its zone, and follows a plain
 * promise's `await` only for a limited number of steps. The register store's middleware sits beneath
 * the sync middleware and answers each organisations or people write with a plain promise after steps
 * of its own; when they were many, the messages the sync middleware recorded next found no
 * transaction ("Cannot read properties of undefined (reading 'table')") and the whole save failed.
 * Here a middleware beneath takes many steps on purpose, so the case does not hang on how many the
 * register store happens to take.
 */
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie'
import { describe, expect, it } from 'vitest'
import { db, useDatabase } from '../../../../../renderer/db/db'
import { createOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { NfkDatabase } from '../../../../../renderer/db/schema'
import { blankSyncState } from '../../../../../renderer/domain/sync/records'
import { made } from '../../db-helpers'
import { org } from './memory-folder'

/** Beneath every other middleware, as the register store's is: each organisations write answers after `steps` plain-promise steps. */
const slowBeneath = (steps: number): Middleware<DBCore> => ({
  stack: 'dbcore',
  name: 'slow-beneath',
  level: -10,
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name)
      if (name !== 'organisations') return table
      return {
        ...table,
        mutate: async (req: DBCoreMutateRequest) => {
          const res = await table.mutate(req)
          for (let i = 0; i < steps; i++) await Promise.resolve()
          return res
        },
      }
    },
  }),
})

describe('a recorded write whose layers beneath take many steps', () => {
  it('records its messages in its own transaction', async () => {
    const d = new NfkDatabase(`slow-beneath-${Date.now()}`)
    d.use(slowBeneath(1000))
    useDatabase(d)
    await d.open()
    await d.syncState.put({ ...blankSyncState(crypto.randomUUID(), 'Kari'), enabled: true, folderId: 'mappe' })
    const created = await made(createOrganisation(org('Bygg AS')))
    await d.transaction('rw', d.tables, async () => {
      await d.organisations.update(created.id, { notes: 'Ja' })
      await d.organisations.update(created.id, { website: 'bygg.no' })
    })
    expect((await db().organisations.get(created.id))?.notes).toBe('Ja')
    const fields = (await db().syncOutbox.toArray()).filter((m) => m.row === created.id).map((m) => m.field)
    expect(fields).toEqual(expect.arrayContaining(['name', 'notes', 'website']))
  })
})
