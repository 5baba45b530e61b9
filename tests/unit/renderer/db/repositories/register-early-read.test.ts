import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setUserName } from '../../../../../renderer/db/repositories/base'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson } from '../../../../../renderer/db/repositories/people-repo'
import { addSector } from '../../../../../renderer/db/repositories/sectors-repo'
import { trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import { readRegisterTables, watchRegisterTables, type RegisterTables } from '../../../../../renderer/db/repositories/register-repo'
import {
  DEXIE_CHANGES_CHANNEL,
  startEarlyRegisterRead,
  startsOnRegister,
  takeEarlyRegisterRead,
  touchesRegister,
  type EarlyRegisterRead,
} from '../../../../../renderer/db/repositories/register-early-read'
import { SCHEMA_VERSIONS } from '../../../../../renderer/db/schema'
import type { ActiveEntry } from '../../../../../renderer/domain/organisation/register-entry'
import type { NfkDatabase } from '../../../../../renderer/db/schema'
import { freshDatabase, made } from '../../db-helpers'

const input = (name: string) => ({ ...emptyOrganisationInput(), name })

/** The read the app would begin at start, taken as the register's watch takes it. */
function earlyRead(name: string, latest?: number): EarlyRegisterRead {
  startEarlyRegisterRead(name, latest)
  const early = takeEarlyRegisterRead()
  if (!early) throw new Error('no early read')
  return early
}

/** Watches the register from an early read; `until` resolves with the first result that passes. */
function watcher(early: EarlyRegisterRead) {
  const results: RegisterTables[] = []
  let wake: (() => void) | null = null
  const stop = watchRegisterTables(
    {
      next: (tables) => {
        results.push(tables)
        wake?.()
      },
      error: (error) => {
        throw error
      },
    },
    early,
  )
  const until = async (ok: (tables: RegisterTables) => boolean) => {
    for (;;) {
      const found = results.find(ok)
      if (found) return found
      await new Promise<void>((resolve) => (wake = resolve))
    }
  }
  return { results, until, stop }
}

const names = (tables: RegisterTables) => tables.active.map((o) => o.name).toSorted()

describe('the register read begun before Dexie loads', () => {
  let database: NfkDatabase
  let stop: (() => void) | undefined
  beforeEach(async () => {
    database = await freshDatabase()
    await setUserName('Kari Nordmann')
  })
  afterEach(() => stop?.())

  it('gives the register exactly what a read through Dexie gives: live rows, the Papirkurv count, people, sorted sectors', async () => {
    const kept = await made(createOrganisation(input('Aker Sol AS')))
    const trashed = await made(createOrganisation(input('Borte AS')))
    await made(addPerson(kept.id, { name: 'Kari Berg', title: '', email: 'kari@aker.no', phone: '', roles: ['klimakontakt'] }))
    await addSector('Ølbrygging')
    await addSector('Anlegg')
    await trashOrganisation(trashed.id)
    const early = earlyRead(database.name)
    expect(await early.tables).not.toBeNull()
    const w = watcher(early)
    stop = w.stop
    const first = await w.until(() => true)
    expect(first).toEqual(await readRegisterTables())
    expect([names(first), first.trashed, first.active.map((o) => [o.people, o.contact]), first.sectors]).toEqual([['Aker Sol AS'], 1, [[['Kari Berg'], 'Kari Berg']], ['Anlegg', 'Ølbrygging']])
  })

  it('hands the register a read begun by the early start’s own copy of this module (its script is built apart)', async () => {
    await made(createOrganisation(input('Aker Sol AS')))
    vi.resetModules()
    const earlyStartsCopy = await import('../../../../../renderer/db/repositories/register-early-read')
    expect(earlyStartsCopy.takeEarlyRegisterRead).not.toBe(takeEarlyRegisterRead)
    earlyStartsCopy.startEarlyRegisterRead(database.name)
    const early = takeEarlyRegisterRead()
    expect(early).not.toBeNull()
    const w = watcher(early!)
    stop = w.stop
    expect(names(await w.until(() => true))).toEqual(['Aker Sol AS'])
    // Taken once: neither copy hands it on again.
    expect([takeEarlyRegisterRead(), earlyStartsCopy.takeEarlyRegisterRead()]).toEqual([null, null])
  })

  it('reads again through Dexie when an organisation was saved after the early read began', async () => {
    await made(createOrganisation(input('Aker Sol AS')))
    const early = earlyRead(database.name)
    // The early read has its rows; then a change lands before the register's watch could subscribe.
    expect((await early.tables)?.entries.map((o) => (o.state === 'active' ? o.name : o.state))).toEqual(['Aker Sol AS'])
    await made(createOrganisation(input('Berg Bygg AS')))
    const w = watcher(early)
    stop = w.stop
    expect(names(await w.until((t) => t.active.length === 2))).toEqual(['Aker Sol AS', 'Berg Bygg AS'])
  })

  it('does not trust a store that lacks an organisation written past Dexie: Dexie’s read makes it again and shows it', async () => {
    await made(createOrganisation(input('Aker Sol AS')))
    // As the e2e tests' seeding does: a row put straight into IndexedDB, which no middleware sees.
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(database.name)
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const [org] = await database.organisations.toArray()
    await new Promise<void>((resolve, reject) => {
      const tx = raw.transaction(['organisations'], 'readwrite')
      tx.objectStore('organisations').put({ ...org!, id: 'raw-1', name: 'Rå Rad AS' })
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
    })
    raw.close()
    const early = earlyRead(database.name)
    expect(await early.tables).toBeNull()
    const w = watcher(early)
    stop = w.stop
    expect(names(await w.until(() => true))).toEqual(['Aker Sol AS', 'Rå Rad AS'])
    expect((await database.registerRows.toArray()).map((e) => e.id).toSorted()).toEqual([org!.id, 'raw-1'].toSorted())
  })

  it('does not trust entries an older version wrote (statuses as `criteria`): Dexie’s read makes them again', async () => {
    const org = await made(createOrganisation({ ...input('Aker Sol AS'), criteria: { ...emptyOrganisationInput().criteria, reporting: { status: 'delvis', note: '' } } }))
    // The entry as the register store held it before it kept only the unmet criteria's keys.
    const { unmet: _unmet, ...current } = (await database.registerRows.get(org.id)) as ActiveEntry
    await database.registerRows.put({ ...current, criteria: { reporting: { status: 'delvis' } } } as unknown as ActiveEntry)
    const early = earlyRead(database.name)
    expect(await early.tables).toBeNull()
    const w = watcher(early)
    stop = w.stop
    const shown = await w.until(() => true)
    expect(shown.active.map((e) => [e.name, e.unmet])).toEqual([['Aker Sol AS', ['reporting']]])
    expect(await database.registerRows.toArray()).toEqual([{ ...current, unmet: ['reporting'] }])
  })

  it('leaves a database that is not at today’s version to Dexie, and never makes one', async () => {
    const missing = `missing-${Date.now()}`
    expect(await earlyRead(missing).tables).toBeNull()
    expect((await indexedDB.databases()).some((d) => d.name === missing)).toBe(false)
    // A database one version behind: an upgrade (and its backup) comes first.
    const older = `older-${Date.now()}`
    const old = new Dexie(older)
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 4)) old.version(v.version).stores(v.stores)
    await old.open()
    old.close()
    expect(await earlyRead(older, 6).tables).toBeNull()
    expect((await indexedDB.databases()).find((d) => d.name === older)?.version).toBe(40)
    // The watch then reads through Dexie as before.
    const w = watcher(earlyRead(missing))
    stop = w.stop
    expect(await w.until(() => true)).toEqual(await readRegisterTables())
  })

  it('lets Dexie upgrade an older database it looked at, and keeps its rows', async () => {
    // The read opens an existing database without a version to learn it: it must let go at once,
    // or the upgrade (and the backup before it) would wait for it.
    const older = `older-open-${Date.now()}`
    const old = new Dexie(older)
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 4)) old.version(v.version).stores(v.stores)
    await old.open()
    await old.table('organisations').put({ id: 'o1', name: 'Aker Sol AS' })
    old.close()
    expect(await earlyRead(older, 6).tables).toBeNull()
    const upgraded = new Dexie(older)
    for (const v of SCHEMA_VERSIONS) upgraded.version(v.version).stores(v.stores)
    await upgraded.open()
    try {
      expect([upgraded.verno, (await upgraded.table('organisations').toArray()).map((o: { name: string }) => o.name)]).toEqual([SCHEMA_VERSIONS.at(-1)!.version, ['Aker Sol AS']])
    } finally {
      upgraded.close()
    }
  })

  it('hears Dexie announce a saved organisation on the channel it listens to', async () => {
    // The early read relies on Dexie's own name for that channel: an upgrade of Dexie that renames it must fail here.
    const channel = new BroadcastChannel(DEXIE_CHANGES_CHANNEL)
    const heard = new Promise<unknown>((resolve) => {
      channel.addEventListener('message', (event: MessageEvent) => {
        if (touchesRegister(event.data)) resolve(event.data)
      })
    })
    try {
      await made(createOrganisation(input('Aker Sol AS')))
      expect(touchesRegister(await heard)).toBe(true)
    } finally {
      channel.close()
    }
  })
})

describe('where a start begins the early read', () => {
  it('begins it for a start on the register itself, and for no other page', () => {
    const starts = ['#/virksomheter', '#/virksomheter/', '#/virksomheter?sok=aker', '#/virksomheter/ny', '#/virksomheter/papirkurv', '#/', '', '#/virksomheterx', '#/lunsjer#/virksomheter'].filter(startsOnRegister)
    expect(starts).toEqual(['#/virksomheter', '#/virksomheter/', '#/virksomheter?sok=aker'])
  })
})
