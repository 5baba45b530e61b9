/**
 * The register's raw early read as its one caller (the register's watch) sees it: one read at a
 * time, taken once; changes reported on Dexie's channel handed on in order, only the register's, and
 * none after close; a read nobody takes dropped after a while; never a database made outside Dexie.
 * Found missing by mutation testing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import {
  DEXIE_CHANGES_CHANNEL,
  startEarlyRegisterRead,
  takeEarlyRegisterRead,
  touchesRegister,
  type EarlyRegisterRead,
} from '../../../../../renderer/db/repositories/register-early-read'
import { LATEST_SCHEMA_VERSION } from '../../../../../renderer/db/stored-version'
import type { NfkDatabase } from '../../../../../renderer/db/schema'
import { freshDatabase, made } from '../../db-helpers'

const part = (database: string, table: string) => ({ [`idb://${database}/${table}/`]: { from: '', to: '\uffff' } })

/** A listener for the early read's changes; `until` resolves once it has heard `count` of them. */
function heard() {
  const got: unknown[] = []
  let wake: (() => void) | null = null
  const listener = (parts: unknown) => {
    got.push(parts)
    wake?.()
  }
  const until = async (count: number) => {
    while (got.length < count) await new Promise<void>((resolve) => (wake = resolve))
    return got
  }
  return { got, listener, until }
}

/** A message on the channel, and a moment for every other listener of it to have it too. */
async function post(data: unknown) {
  const sender = new BroadcastChannel(DEXIE_CHANGES_CHANNEL)
  const witness = new BroadcastChannel(DEXIE_CHANGES_CHANNEL)
  const arrived = new Promise<void>((resolve) => witness.addEventListener('message', () => resolve(), { once: true }))
  // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a BroadcastChannel has no target origin
  sender.postMessage(data)
  await arrived
  sender.close()
  witness.close()
}

describe('the register’s early read', () => {
  let database: NfkDatabase
  beforeEach(async () => {
    database = await freshDatabase()
  })
  afterEach(() => {
    takeEarlyRegisterRead()?.close()
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('counts only a change to organisations, people or sectors, or one that may have touched anything', () => {
    for (const table of ['organisations', 'people', 'sectors']) expect(touchesRegister(part('nfk', table)), table).toBe(true)
    expect(touchesRegister({ all: true })).toBe(true)
    for (const other of [part('nfk', 'events'), part('nfk', 'auditLog'), {}, null, undefined, 'idb://nfk/organisations/', 7]) {
      expect(touchesRegister(other), JSON.stringify(other)).toBe(false)
    }
  })

  it('is made once: a second start keeps the first read, and the second taker reads through Dexie', async () => {
    await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Aker Sol AS' }))
    startEarlyRegisterRead(database.name)
    startEarlyRegisterRead(`missing-${Date.now()}`)
    const early = takeEarlyRegisterRead()
    expect(takeEarlyRegisterRead()).toBeNull()
    expect((await early?.tables)?.entries.map((o) => (o.state === 'active' ? o.name : o.state))).toEqual(['Aker Sol AS'])
    early?.close()
  })

  it('hands on the register’s changes heard before anyone listened, in order, then each later one, and none after close', async () => {
    startEarlyRegisterRead(database.name)
    const early = takeEarlyRegisterRead() as EarlyRegisterRead
    await post(part(database.name, 'people'))
    await post(part(database.name, 'events'))
    await post(part(database.name, 'organisations'))
    const h = heard()
    early.listen(h.listener)
    expect(h.got).toEqual([part(database.name, 'people'), part(database.name, 'organisations')])
    await post(part(database.name, 'auditLog'))
    await post(part(database.name, 'sectors'))
    expect(await h.until(3)).toEqual([part(database.name, 'people'), part(database.name, 'organisations'), part(database.name, 'sectors')])
    early.close()
    await post(part(database.name, 'people'))
    // Nothing was heard after close, nor kept for a listener that comes later.
    const late = heard()
    early.listen(late.listener)
    expect([h.got.length, late.got]).toEqual([3, []])
  })

  it('is dropped when nobody takes it within half a minute', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    startEarlyRegisterRead(database.name)
    vi.advanceTimersByTime(29_000)
    const kept = takeEarlyRegisterRead()
    expect(kept).not.toBeNull()
    kept?.close()
    startEarlyRegisterRead(database.name)
    vi.advanceTimersByTime(30_000)
    expect(takeEarlyRegisterRead()).toBeNull()
    // A new start after the drop reads again.
    startEarlyRegisterRead(database.name)
    expect(takeEarlyRegisterRead()).not.toBeNull()
  })

  it('never makes a database, even one that vanished between the look and the open', async () => {
    const gone = `gone-${Date.now()}`
    // The list still names it at today's version; the open would make it anew.
    vi.spyOn(indexedDB, 'databases').mockResolvedValue([{ name: gone, version: LATEST_SCHEMA_VERSION * 10 }])
    startEarlyRegisterRead(gone)
    expect(await takeEarlyRegisterRead()?.tables).toBeNull()
    vi.restoreAllMocks()
    expect((await indexedDB.databases()).some((d) => d.name === gone)).toBe(false)
  })

  it('steps aside for an upgrade that starts while it reads: the upgrade is never blocked by it', async () => {
    const original = IDBDatabase.prototype.transaction
    const upgrade = new Promise<{ blocked: boolean }>((resolve) => {
      // The moment the early read begins its transaction, Dexie (say, another window) opens a newer version.
      vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementationOnce(function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
        const tx = original.apply(this, args)
        let blocked = false
        const request = indexedDB.open(database.name, LATEST_SCHEMA_VERSION * 10 + 10)
        request.addEventListener('blocked', () => (blocked = true))
        request.addEventListener('success', () => {
          request.result.close()
          resolve({ blocked })
        })
        return tx
      })
    })
    await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Aker Sol AS' }))
    // This page's own Dexie connection is not the one under test.
    database.close()
    startEarlyRegisterRead(database.name)
    const early = takeEarlyRegisterRead()
    expect((await early?.tables)?.entries.map((o) => (o.state === 'active' ? o.name : o.state))).toEqual(['Aker Sol AS'])
    expect(await upgrade).toEqual({ blocked: false })
    early?.close()
  })

  it('gives null when its read is cut off, so the watch reads through Dexie', async () => {
    const original = IDBObjectStore.prototype.getAll
    // All three requests (the entries, the organisations' count, the sectors) are under way when the
    // transaction is aborted (as a closing window would): the sectors' getAll is the last asked.
    let reads = 0
    vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>) {
      const request = original.apply(this, args)
      if (++reads === 2) this.transaction.abort()
      return request
    })
    startEarlyRegisterRead(database.name)
    expect(await takeEarlyRegisterRead()?.tables).toBeNull()
  })

  it('reads without Dexie’s channel where there is none, and is not begun where there is no IndexedDB', async () => {
    await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Aker Sol AS' }))
    vi.stubGlobal('BroadcastChannel', undefined)
    try {
      startEarlyRegisterRead(database.name)
      const early = takeEarlyRegisterRead() as EarlyRegisterRead
      expect((await early.tables)?.entries.map((o) => (o.state === 'active' ? o.name : o.state))).toEqual(['Aker Sol AS'])
      early.close()
    } finally {
      vi.unstubAllGlobals()
    }
    vi.stubGlobal('indexedDB', undefined)
    try {
      startEarlyRegisterRead(database.name)
      expect(takeEarlyRegisterRead()).toBeNull()
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
