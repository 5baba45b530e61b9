/**
 * The database as one transaction sees it: every table (as a property, through `table(name)` and in
 * `tables`) is the transaction's own, so each read and write names the transaction explicitly.
 *
 * Why: Dexie finds "the current transaction" through its zone, and the zone follows native
 * `await`s only for a bounded number of microtask hops after a Dexie promise settles, counted in
 * one global tally ("zone echoes", dexie.mjs `task`). Sync's apply awaits nested native async
 * helpers (applyOne → cellOf → readCells → bulkGet) in a loop where many iterations do no database
 * work (cached rows and cells). Such iterations use the tally up; the next result that comes back
 * up through two native async frames then arrives outside the zone, the following call opens a
 * transaction of its own (which waits for this one), and this one commits with nothing left to do:
 * `PrematureCommitError`. Whether it happens depends on which rows happen to be cached, so it came
 * and went with unrelated changes. Tables taken from the transaction never ask the zone.
 */
import type { Transaction } from 'dexie'
import type { db } from '../db'

type Database = ReturnType<typeof db>

export function boundTo(d: Database, tx: Transaction): Database {
  const names = new Set(d.tables.map((t) => t.name))
  return new Proxy(d, {
    get(target, prop) {
      if (prop === 'table') return (name: string) => tx.table(name)
      if (prop === 'tables') return target.tables.map((t) => tx.table(t.name))
      if (typeof prop === 'string' && names.has(prop)) return tx.table(prop)
      return Reflect.get(target, prop) as unknown
    },
  })
}
