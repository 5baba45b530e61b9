/**
 * What the register shows, in one read-only transaction: organisations not in the trash, how many
 * are in the Papirkurv, the live people and the sector names. Kept small (no validation or audit
 * code), because the app starts this read while the register's page is still loading (issue 17).
 */
import Dexie from 'dexie'
import type { ObservabilitySet } from 'dexie'
import type { Organisation, Person } from '../models'
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

/** Did a committed change (here, in a worker or another window) touch one of the register's tables? */
function touchesRegister(parts: ObservabilitySet): boolean {
  // "all" is Dexie's word for "anything may have changed" (a page restored from the back cache).
  return Object.keys(parts).some((part) => part === 'all' || TABLES.some((t) => part.includes(`/${t}/`)))
}

export type RegisterWatch = { next: (tables: RegisterTables) => void; error: (error: unknown) => void }

/**
 * The register's tables now and after every committed change to them, as a live query gives them,
 * but read at once: Dexie's liveQuery waits a macrotask before its first read, which at start is
 * the whole first render of the app (issue 17). A change during a read makes one more read, and
 * only the newest result is handed on. Returns the function that stops watching.
 */
export function watchRegisterTables(watch: RegisterWatch): () => void {
  let stopped = false
  let reading = false
  let stale = false
  const read = () => {
    reading = true
    stale = false
    readRegisterTables().then(
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
