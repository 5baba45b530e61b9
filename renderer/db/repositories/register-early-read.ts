/**
 * The register's tables read straight from IndexedDB the moment the app knows it starts on the
 * register, before Dexie and the register's code have loaded (issue 17: the register at 10,000).
 * Reading 10,000 organisations takes as long as loading all that code, so the two now overlap
 * instead of following each other. A reload on the register starts it from the entry (main.tsx),
 * before React and the app's chunk evaluate; a navigation there, from the router. The register's
 * watch (`watchRegisterTables`) takes this read as its first result; it reads again through Dexie
 * if a change may have come in between.
 *
 * Part of the first screen's script, so no Dexie and no schema here, only the store names.
 * It reads only a database that Dexie has made at today's version: it never creates or upgrades
 * one, and a start with an upgrade coming waits for its backup as before (`stored-version.ts`).
 *
 * It reads the register's narrow store (`registerRows`, one small entry per organisation, kept in
 * every write's transaction by `db/register-rows-middleware.ts`) and the sectors, not the
 * organisations and people themselves, and counts the organisations: a store that does not hold one
 * entry per organisation (rows written past Dexie) is not used, and the read through Dexie makes
 * the store again (`readRegisterTables`).
 */
import type { Sector } from '../models'
import type { RegisterEntry } from '../../domain/organisation/register-entry'
import { isCurrentEntry } from '../../domain/organisation/register-entry-format'
import { DB_NAME, LATEST_SCHEMA_VERSION } from '../stored-version'

export type RawRegisterTables = { entries: RegisterEntry[]; sectors: Sector[] }

/** The tables whose changes the register shows (their entries change with organisations and people). */
export const REGISTER_STORES = ['organisations', 'people', 'sectors'] as const
/** What the early read reads. */
const READ_STORES = ['registerRows', 'organisations', 'sectors'] as const

/**
 * Dexie announces every committed change, from this page or a worker, on this broadcast channel
 * (Dexie 4's own name; a unit test fails if Dexie stops using it). Listening from the read's start
 * tells the watch whether a change came in before it could subscribe to Dexie itself.
 */
export const DEXIE_CHANGES_CHANNEL = 'x-storagemutated-1'

/** Does a change Dexie reported touch one of the register's tables? ("all": anything may have.) */
export function touchesRegister(parts: unknown): boolean {
  if (typeof parts !== 'object' || parts === null) return false
  return Object.keys(parts).some((part) => part === 'all' || REGISTER_STORES.some((store) => part.includes(`/${store}/`)))
}

export type EarlyRegisterRead = {
  /** The rows, or null when this read could not be made (no database yet, an upgrade coming, an error). */
  tables: Promise<RawRegisterTables | null>
  /** Hands on the changes reported since the read began, then every later one, until `close`. */
  listen: (listener: (parts: unknown) => void) => void
  close: () => void
}

/**
 * The read waiting to be taken, kept on the window rather than in this module: the early start's
 * script (app/early-start.ts, built apart with its own copy of this module) begins it before the
 * app's entry has loaded, and the app's copy takes it.
 */
type Waiting = { pending: EarlyRegisterRead | null; unclaimed?: ReturnType<typeof setTimeout> }
const WAITING = Symbol.for('nfk.earlyRegisterRead')
const waiting = (): Waiting => ((globalThis as { [WAITING]?: Waiting })[WAITING] ??= { pending: null })
/** A read nobody takes (the person went elsewhere first) is dropped, with its channel. */
const UNCLAIMED_MS = 30_000

/** Does the window start on the register (a reload there)? Then the entry begins the read at once. */
export const startsOnRegister = (hash: string): boolean => /^#\/virksomheter\/?(\?|$)/.test(hash)

/** Starts the read unless one waits already. Safe to call on any navigation to the register. */
export function startEarlyRegisterRead(name = DB_NAME, latest = LATEST_SCHEMA_VERSION): void {
  const state = waiting()
  if (state.pending || typeof indexedDB === 'undefined') return
  const changes: unknown[] = []
  let listener: ((parts: unknown) => void) | null = null
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(DEXIE_CHANGES_CHANNEL) : null
  if (channel) {
    channel.addEventListener('message', (event: MessageEvent) => {
      if (!touchesRegister(event.data)) return
      if (listener) listener(event.data)
      else changes.push(event.data)
    })
  }
  const read: EarlyRegisterRead = {
    tables: readRaw(name, latest).catch(() => null),
    listen: (next) => {
      listener = next
      for (const parts of changes.splice(0)) next(parts)
    },
    close: () => {
      listener = null
      channel?.close()
    },
  }
  state.pending = read
  state.unclaimed = setTimeout(() => {
    if (state.pending !== read) return
    state.pending = null
    read.close()
  }, UNCLAIMED_MS)
}

/** The read started early, if one waits, without taking it: to prepare its rows while nobody watches yet. */
export const peekEarlyRegisterRead = (): EarlyRegisterRead | null => waiting().pending

/** The read started early, once (the next caller gets null and reads through Dexie). */
export function takeEarlyRegisterRead(): EarlyRegisterRead | null {
  const state = waiting()
  const read = state.pending
  state.pending = null
  clearTimeout(state.unclaimed)
  return read
}

const ask = <T>(request: IDBRequest) =>
  new Promise<T>((resolve, reject) => {
    request.addEventListener('success', () => resolve(request.result as T))
    request.addEventListener('error', () => reject(request.error ?? new Error('read failed')))
  })

async function readRaw(name: string, latest: number): Promise<RawRegisterTables | null> {
  // Opened without a version: an existing database opens at the version it has, and is never
  // upgraded here. One that does not exist would be made: that is undone at once (the aborted
  // upgrade deletes it again), so only Dexie ever makes the database.
  const database = await new Promise<IDBDatabase | null>((resolve, reject) => {
    const request = indexedDB.open(name)
    request.addEventListener('upgradeneeded', () => request.transaction?.abort())
    request.addEventListener('success', () => resolve(request.result))
    request.addEventListener('error', () => (request.error?.name === 'AbortError' ? resolve(null) : reject(request.error ?? new Error('open failed'))))
  })
  if (!database) return null
  try {
    // Dexie stores its version times ten. Anything but today's version is left to Dexie (and to
    // the backup that precedes an upgrade).
    if (database.version !== latest * 10) return null
    // Never hold up Dexie's own open or upgrade.
    database.addEventListener('versionchange', () => database.close())
    const tx = database.transaction([...READ_STORES], 'readonly')
    // A transaction answers its requests in the order they were made. The small ones go first: asked
    // after the 10,000 entries, their answers waited behind the entries' unpacking on this thread.
    const [organisations, sectors, entries] = await Promise.all([
      ask<number>(tx.objectStore('organisations').count()),
      ask<Sector[]>(tx.objectStore('sectors').getAll()),
      ask<RegisterEntry[]>(tx.objectStore('registerRows').getAll()),
    ])
    // One entry per organisation, each as this version writes it, or the store is not to be trusted:
    // Dexie's read makes it again.
    return entries.length === organisations && entries.every(isCurrentEntry) ? { entries, sectors } : null
  } finally {
    database.close()
  }
}
