/**
 * What the register shows, in one read-only transaction: organisations not in the trash, how many
 * are in the Papirkurv, the live people and the sector names. Kept small (no validation or audit
 * code), because the app starts this read while the register's page is still loading (issue 17).
 */
import Dexie from 'dexie'
import type { Organisation, Person } from '../models'
import { db } from '../db'
import { compareNorwegian } from '../../lib/collation'
import { takeEarlyRegisterRead, touchesRegister, type EarlyRegisterRead, type RawRegisterTables } from './register-early-read'

export type RegisterTables = { active: Organisation[]; trashed: number; people: Person[]; sectors: string[] }

/**
 * One getAll per table (a cursor over 10,000 rows is several times slower). `trashed` counts what
 * the Papirkurv lists (`listTrash`): deleted, neither emptied nor merged away.
 */
export async function readRegisterTables(): Promise<RegisterTables> {
  const d = db()
  const [organisations, people, sectors] = await d.transaction('r', [d.organisations, d.people, d.sectors], () =>
    Promise.all([d.organisations.toArray(), d.people.toArray(), d.sectors.toArray()]),
  )
  return registerTablesOf({ organisations, people, sectors })
}

/** What the register shows of the three tables as stored (read here or early, raw). */
function registerTablesOf({ organisations, people, sectors }: RawRegisterTables): RegisterTables {
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

/** How long a change reported on Dexie's channel still counts after the early rows are handed on. */
const EARLY_CHANNEL_GRACE_MS = 1000

export type RegisterWatch = { next: (tables: RegisterTables) => void; error: (error: unknown) => void }

/**
 * The register's tables now and after every committed change to them, as a live query gives them,
 * but read at once: Dexie's liveQuery waits a macrotask before its first read, which at start is
 * the whole first render of the app (issue 17). A change during a read makes one more read, and
 * only the newest result is handed on. The first result is the early read the app started, if it
 * did (`register-early-read.ts`). Returns the function that stops watching.
 */
export function watchRegisterTables(watch: RegisterWatch, early: EarlyRegisterRead | null = takeEarlyRegisterRead()): () => void {
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
  const onChange = (parts: unknown) => {
    if (stopped || !touchesRegister(parts)) return
    stale = true
    if (!reading) read()
  }
  Dexie.on.storagemutated.subscribe(onChange)
  // A read the app began before this code loaded counts as the first, unless a change to these
  // tables was reported since it began (then read again). Dexie's channel delivers a change a
  // moment after it committed, so the channel is heard for a second after the rows are handed on.
  if (early) {
    reading = true
    early.listen(onChange)
    void early.tables.then((raw) => {
      reading = false
      setTimeout(early.close, EARLY_CHANNEL_GRACE_MS)
      if (stopped) return
      if (!raw || stale) read()
      else watch.next(registerTablesOf(raw))
    })
  } else read()
  return () => {
    stopped = true
    early?.close()
    Dexie.on.storagemutated.unsubscribe(onChange)
  }
}
