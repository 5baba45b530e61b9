/**
 * What the register shows, in one read-only transaction: organisations not in the trash, how many
 * are in the Papirkurv, the live people and the sector names. Kept small (no validation or audit
 * code), because the app starts this read while the register's page is still loading (issue 17).
 */
import Dexie from 'dexie'
import type { ObservabilitySet } from 'dexie'
import type { Organisation, Person, Sector } from '../models'
import { db } from '../db'
import { compareNorwegian } from '../../lib/collation'

export type RegisterTables = { active: Organisation[]; trashed: number; people: Person[]; sectors: string[] }

const TABLES = ['organisations', 'people', 'sectors'] as const

/**
 * One getAll per table (a cursor over 10,000 rows is several times slower). `trashed` counts what
 * the Papirkurv lists (`listTrash`): deleted, neither emptied nor merged away.
 */
export async function readRegisterTables(): Promise<RegisterTables> {
  const d = db()
  const [organisations, people, sectors] = await d.transaction('r', [d.organisations, d.people, d.sectors], () =>
    Promise.all([d.organisations.toArray(), d.people.toArray(), d.sectors.toArray()]),
  )
  return registerTables(organisations, people, sectors)
}

function registerTables(organisations: readonly Organisation[], people: readonly Person[], sectors: readonly Sector[]): RegisterTables {
  const active: Organisation[] = []
  let trashed = 0
  for (const o of organisations) {
    if (!o.deletedAt) active.push(o)
    else if (!o.erasedAt && !o.mergedInto) trashed++
  }
  return {
    active,
    trashed,
    people: people.filter((p) => !p.deletedAt),
    sectors: sectors
      .filter((s) => !s.deletedAt)
      .map((s) => s.name)
      .sort(compareNorwegian),
  }
}

/** When this page last heard of a committed change to the register's tables (performance.now()). */
let lastChangeHeard = -Infinity

/** Did a committed change (here, in a worker or another window) touch one of the register's tables? */
function touchesRegister(parts: ObservabilitySet): boolean {
  // "all" is Dexie's word for "anything may have changed" (a page restored from the back cache).
  return Object.keys(parts).some((part) => part === 'all' || TABLES.some((t) => part.includes(`/${t}/`)))
}

Dexie.on.storagemutated.subscribe((parts: ObservabilitySet) => {
  if (touchesRegister(parts)) lastChangeHeard = performance.now()
})

export type RegisterWatch = { next: (tables: RegisterTables) => void; error: (error: unknown) => void }

/**
 * The register's tables now and after every committed change to them, as a live query gives them,
 * but read at once: Dexie's liveQuery waits a macrotask before its first read, which at start is
 * the whole first render of the app (issue 17). A change during a read makes one more read, and
 * only the newest result is handed on. Returns the function that stops watching.
 */
export function watchRegisterTables(watch: RegisterWatch, early?: Promise<EarlyRead | null>): () => void {
  let stopped = false
  let reading = false
  let stale = false
  const read = () => {
    reading = true
    stale = false
    const first = early
    early = undefined
    ;(first ? fromEarlyRead(first) : readRegisterTables()).then(
      (tables) => {
        reading = false
        if (stopped) return
        if (stale) read()
        else watch.next(tables)
      },
      (error: unknown) => {
        reading = false
        if (!stopped) watch.error(error)
      },
    )
  }
  const onChange = (parts: ObservabilitySet) => {
    if (stopped || !touchesRegister(parts)) return
    stale = true
    if (!reading) read()
  }
  Dexie.on.storagemutated.subscribe(onChange)
  read()
  return () => {
    stopped = true
    Dexie.on.storagemutated.unsubscribe(onChange)
  }
}

/**
 * What `public/register-early-read.js` read from the page's start: the raw rows, the version it saw
 * and when (performance.now()) it began its transaction.
 */
export type EarlyRead = { name: string; version: number; startedAt: number; organisations: Organisation[]; people: Person[]; sectors: Sector[] }

type EarlyWindow = { nfkRegisterEarlyRead?: Promise<EarlyRead | null> }

/** Takes the early read, once: whoever does not use it drops it, so 10,000 rows are not kept. */
export function takeEarlyRead(): Promise<EarlyRead | null> | undefined {
  const w = globalThis as EarlyWindow
  const early = w.nfkRegisterEarlyRead
  delete w.nfkRegisterEarlyRead
  return early
}

/**
 * The early read's rows, if they are this database's as it is now: same name and version (a schema
 * upgrade since would have changed the rows' shape), and no change to the register's tables heard
 * since that read began (a change committed before it is in its rows; this page hears every change
 * from the moment this module loaded, and before that the app had not run). Otherwise, an ordinary read.
 */
async function fromEarlyRead(early: Promise<EarlyRead | null>): Promise<RegisterTables> {
  const got = await early.catch(() => null)
  const d = db()
  const unchanged = () => got !== null && lastChangeHeard < got.startedAt
  // The app opened the database before the register could ask (after the upgrade backup).
  const open = unchanged() ? await d.open().then((o) => o.backendDB(), () => null) : null
  const usable = got && open && unchanged() && got.name === d.name && got.version === open.version && [got.organisations, got.people, got.sectors].every(Array.isArray)
  return usable ? registerTables(got.organisations, got.people, got.sectors) : readRegisterTables()
}

/**
 * Runs `start` as soon as the database has opened (once). The app opens the database only after the
 * backup that guards a schema upgrade, so a read started here never opens it before that backup.
 */
export function whenDatabaseOpens(start: () => void): void {
  db().on('ready', () => {
    start()
  })
}
