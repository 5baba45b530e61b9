/**
 * The sync clock loads on its own chunk (issue 17: first start), so the first write on a laptop that
 * syncs may come before it has loaded. That write must still record its messages in its own
 * transaction: the transaction must not commit while the clock loads. This file imports nothing
 * that loads the clock first (each test file has its own modules).
 */
import { describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { loadedSyncEngine } from '../../../../../renderer/lib/sync/engine-loader'
import { blankSyncState, type SyncState } from '../../../../../renderer/domain/sync/records'
import { freshDatabase, made } from '../../db-helpers'

const INSTALL_ID = '0f8e4c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b'

const syncing = (): SyncState => ({ ...blankSyncState(INSTALL_ID, 'Kari'), enabled: true, folderId: 'mappe' })

describe('the sync clock loads at the first recorded write', () => {
  it('records the first write’s messages in the same transaction, with later writes after it', async () => {
    const d = await freshDatabase()
    await d.syncState.put(syncing())
    expect(loadedSyncEngine()).toBeNull()

    // Two writes in one transaction: the second runs after the clock has loaded, inside the same
    // transaction, which would fail with TransactionInactiveError had it committed meanwhile.
    const ids = await d.transaction('rw', d.tables, async () => {
      const first = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Bygg AS' }))
      const second = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Tre AS' }))
      return [first.id, second.id]
    })

    expect(loadedSyncEngine()).not.toBeNull()
    const outbox = await db().syncOutbox.toArray()
    for (const id of ids) expect(outbox.some((m) => m.table === 'organisations' && m.row === id && m.field === 'name')).toBe(true)
    // Stamped by this laptop's clock, in order, and the clock saved with them.
    const stamps = outbox.map((m) => m.timestamp)
    expect(stamps.every((s) => s.endsWith(INSTALL_ID.replace(/-/g, '').slice(-16)))).toBe(true)
    expect([...stamps].sort()).toEqual(stamps.toSorted())
    expect((await db().syncState.get('this'))?.clock).toContain(stamps.toSorted().at(-1))
  })

  it('keeps a failed write whole while the clock loads: neither the row nor its messages land', async () => {
    const d = await freshDatabase()
    await d.syncState.put(syncing())
    await expect(
      d.transaction('rw', d.tables, async () => {
        await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Halvveis AS' }))
        throw new Error('avbrutt')
      }),
    ).rejects.toThrow('avbrutt')
    expect(await d.organisations.count()).toBe(0)
    expect(await d.syncOutbox.count()).toBe(0)
  })
})
