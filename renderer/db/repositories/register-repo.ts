/**
 * What the register shows, in one read-only transaction: the entries of organisations not in the
 * trash, how many are in the Papirkurv, and the sector names. It reads the register's narrow store
 * (one small entry per organisation, `registerRows`), not the organisations and people themselves,
 * so 10,000 rows read in a fraction of the time (issue 17). Kept small (no validation or audit
 * code), because the app starts this read while the register's page is still loading.
 */
import Dexie from 'dexie'
import type { Organisation, Person } from '../models'
import { db } from '../db'
import { compareNorwegian } from '../../lib/collation'
import { isCurrentEntry } from '../../domain/organisation/register-entry-format'
import { isActiveEntry, peopleByOrganisation, registerEntriesOf, type ActiveEntry } from '../../domain/organisation/register-entry'
import { peekEarlyRegisterRead, takeEarlyRegisterRead, touchesRegister, type EarlyRegisterRead, type RawRegisterTables } from './register-early-read'

export type RegisterTables = { active: ActiveEntry[]; trashed: number; sectors: string[] }

/**
 * One getAll per table (a cursor over 10,000 rows is several times slower). `trashed` counts what
 * the Papirkurv lists (`listTrash`): deleted, neither emptied nor merged away. The store must hold
 * one entry per organisation, as this version writes it; when it does not (rows written past Dexie,
 * as the e2e tests' seeding does, or entries an older version wrote), it is made again from the
 * tables first. Every write through Dexie keeps it, so this is a
 * safety net, not the way it is kept.
 */
export async function readRegisterTables(): Promise<RegisterTables> {
  const d = db()
  const read = () =>
    d.transaction('r', [d.registerRows, d.organisations, d.sectors], async () => {
      const entries = await d.registerRows.toArray()
      const count = await d.organisations.count()
      const sectors = await d.sectors.toArray()
      return entries.length === count && entries.every(isCurrentEntry) ? { entries, sectors } : null
    })
  const first = await read()
  if (first) return registerTablesOf(first)
  await rebuildRegisterRows()
  const again = await read()
  if (!again) throw new Error('Registeret kunne ikke leses. Start programmet på nytt.')
  return registerTablesOf(again)
}

/** Makes the register's store again from organisations and people, in one transaction. */
export async function rebuildRegisterRows(): Promise<void> {
  const d = db()
  await d.transaction('rw', [d.registerRows, d.organisations, d.people], async () => {
    const organisations = await d.organisations.toArray()
    const people = await d.people.toArray()
    await d.registerRows.clear()
    await d.registerRows.bulkPut(registerEntriesOf(organisations, people))
  })
}

const shownOf = new WeakMap<RawRegisterTables, RegisterTables>()

/**
 * What the register shows of the store as read (here or early, raw), made once per read: the early
 * read's result is the same object whether it is looked at ahead (`earlyRegisterTables`) or handed on.
 */
function registerTablesOf(raw: RawRegisterTables): RegisterTables {
  let tables = shownOf.get(raw)
  if (!tables) {
    tables = shownOfRaw(raw)
    shownOf.set(raw, tables)
  }
  return tables
}

function shownOfRaw({ entries, sectors }: RawRegisterTables): RegisterTables {
  const active: ActiveEntry[] = []
  let trashed = 0
  for (const entry of entries) {
    if (isActiveEntry(entry)) active.push(entry)
    else if (entry.state === 'trashed') trashed++
  }
  return {
    active,
    trashed,
    sectors: sectors
      .filter((s) => !s.deletedAt)
      .map((s) => s.name)
      .sort(compareNorwegian),
  }
}

/**
 * The full records behind some of the register's rows, in the order asked, each with its live people
 * by id (as the register orders them): for the export, which writes more than the list shows.
 */
export async function readRegisterRecords(ids: readonly string[]): Promise<{ org: Organisation; people: Person[] }[]> {
  const d = db()
  const [orgs, people] = await d.transaction('r', [d.organisations, d.people], () =>
    Promise.all([d.organisations.bulkGet([...ids]), ids.length > 200 ? d.people.toArray() : d.people.where('organisationId').anyOf([...ids]).toArray()]),
  )
  const wanted = new Set(ids)
  const live = people.filter((p) => !p.deletedAt && wanted.has(p.organisationId)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const byOrg = peopleByOrganisation(live)
  return orgs.flatMap((org) => (org ? [{ org, people: byOrg.get(org.id) ?? [] }] : []))
}

/**
 * The early read's result as the watch will hand it on (the same object), without taking the read:
 * a start on the register prepares the rows from it while the page's code and the shell still load.
 * Null when no early read waits, or it found nothing to use. Whether the rows are still current is
 * the watch's to decide; this only looks.
 */
export function earlyRegisterTables(): Promise<RegisterTables | null> | null {
  const early = peekEarlyRegisterRead()
  return early ? early.tables.then((raw) => (raw ? registerTablesOf(raw) : null)) : null
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
