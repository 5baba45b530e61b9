/**
 * Every write records its sync messages in the same transaction (issue 16). A Dexie DBCore
 * middleware sits under every repository, so none can forget: each read-write transaction gets the
 * sync tables added to its scope, and each add, put or delete on a synced table is compared with the
 * rows it replaces; one message per changed top-level field (set fields: one per element) goes to
 * the outbox with a fresh HLC stamp, and the cell's stamp is kept for the merge rules.
 *
 * Nothing is recorded while this laptop does not sync (`syncState.enabled`), nor for the writes
 * that apply other laptops' messages (`whileApplying`). A clock problem never blocks a save:
 * `stamp()` never throws.
 *
 * The clock (with crdt and protobuf) is not part of the first screen's code: it loads when sync
 * starts, or at the first recorded write if that comes sooner (`syncEngine` below).
 */
import Dexie from 'dexie'
import type { DBCore, DBCoreMutateRequest, DBCoreRangeType, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie'
import { canonicalRow, fieldChanges, fieldKey, cellKey, isSyncedTable, type FieldChange } from '../domain/sync/fields'
import { SYNC_STORES, type OutboxMessage, type SyncCell, type SyncConflict, type SyncState } from '../domain/sync/records'
import { loadedSyncEngine, loadSyncEngine } from '../lib/sync/engine-loader'

export { SYNC_STORES }

/** Transactions that apply other laptops' messages: their writes are not this laptop's changes. */
const applying = new WeakSet<object>()
export function markApplying(trans: object, on: boolean): void {
  if (on) applying.add(trans)
  else applying.delete(trans)
}

/** Rows a delete in this transaction removed: a put of the same id later compares with them. */
const removedIn = new WeakMap<object, Map<string, Record<string, unknown>>>()

type Row = Record<string, unknown>

/**
 * Starts loading the sync engine; `settled()` says when it has loaded or failed. Used by
 * `recordChanges`, which keeps its transaction alive meanwhile (see there).
 */
function startLoadingEngine(): { settled: () => boolean } {
  let done = false
  loadSyncEngine().then(
    () => (done = true),
    () => (done = true),
  )
  return { settled: () => done }
}

/**
 * Writes the messages for these changes: outbox, cells, open conflicts on the same cells settled,
 * and the clock saved. `trans` must have the sync stores in scope (every read-write one has).
 */
export async function recordChanges(core: DBCore, trans: DBCoreTransaction, state: SyncState, changes: readonly FieldChange[], now: string): Promise<OutboxMessage[]> {
  if (changes.length === 0) return []
  if (!loadedSyncEngine()) {
    // The engine is its own chunk (issue 17), and loading it takes tasks, while IndexedDB commits a
    // transaction as soon as a task ends with no request pending. So while it loads, this keeps one
    // cheap read of syncState (in every read-write scope) in flight: the messages still land in the
    // same transaction as the change. The loop awaits only Dexie's own requests, here and not in a
    // helper: after a plain promise's `await`, Dexie loses track of the transaction (its zone) and
    // the hooks below this middleware fail.
    const loading = startLoadingEngine()
    while (!loading.settled()) await core.table('syncState').get({ trans, key: 'this' })
  }
  const engine = loadedSyncEngine()
  if (!engine) throw new Error('Synkroniseringen kunne ikke lastes, så endringen ble ikke lagret. Start programmet på nytt.')
  const { ensureClock, recordInClock, saveClock, stamp } = engine
  ensureClock(state.installId, state.clock)
  const messages: OutboxMessage[] = changes.map((c) => {
    const timestamp = stamp()
    return { ...c, id: timestamp, timestamp }
  })
  await core.table('syncOutbox').mutate({ type: 'put', trans, values: messages })
  const cells: SyncCell[] = messages.map((m) => ({ id: m.op === 'set' ? cellKey(m.table, m.row, m.field) : cellKey(m.table, m.row, m.field, m.value), ts: m.timestamp, installId: state.installId }))
  await core.table('syncCells').mutate({ type: 'put', trans, values: cells })
  let openConflicts = state.openConflicts
  if (openConflicts > 0) {
    // A local change of a field has seen every side of a conflict about it: it is the decision.
    const conflictTable = core.table('syncConflicts')
    const index = conflictTable.schema.indexes.find((i) => i.name === 'cell')
    for (const cell of new Set(messages.map((m) => fieldKey(m.table, m.row, m.field)))) {
      if (!index) break
      const found = await conflictTable.query({ trans, values: true, query: { index, range: { type: 1 as DBCoreRangeType, lower: cell, upper: cell } } })
      const open = (found.result as SyncConflict[]).filter((c) => !c.settledAt)
      if (open.length === 0) continue
      await conflictTable.mutate({ type: 'put', trans, values: open.map((c) => ({ ...c, settledAt: now, settledBy: state.userName })) })
      openConflicts = Math.max(0, openConflicts - open.length)
    }
  }
  recordInClock(messages.map((m) => m.timestamp))
  await core.table('syncState').mutate({ type: 'put', trans, values: [{ ...state, openConflicts, clock: saveClock() }] })
  return messages
}

/**
 * The write beneath, awaited so that Dexie finds the transaction again afterwards. A middleware below
 * this one (register-rows-middleware.ts) answers with a plain promise after many steps of its own, and
 * Dexie follows a plain promise's `await` only for a limited number of steps: past them, the messages
 * this write records next found no transaction (Dexie's hooks read it from the zone) and the whole
 * save failed (seed 1593139374, path 189: an apply's own blanking of an emptied organisation). A
 * Dexie promise brings its zone back when it resolves. Not an async function: that would be one
 * more plain `await`.
 */
function inZone<T>(p: Promise<T>): Promise<T> {
  return Dexie.Promise.resolve(p) as unknown as Promise<T>
}

async function readState(core: DBCore, trans: DBCoreTransaction): Promise<SyncState | undefined> {
  return (await core.table('syncState').get({ trans, key: 'this' })) as SyncState | undefined
}

async function mutateRecorded(core: DBCore, table: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  if (applying.has(req.trans)) return table.mutate(req)
  const state = await readState(core, req.trans)
  if (!state?.enabled) return table.mutate(req)
  const name = table.name
  const removed = removedIn.get(req.trans) ?? new Map<string, Row>()
  removedIn.set(req.trans, removed)
  const now = new Date().toISOString()
  const changes: FieldChange[] = []
  if (req.type === 'add' || req.type === 'put') {
    const values = req.values.map((v) => canonicalRow(name, v as Row))
    const keys = req.keys ?? values.map((v) => v.id)
    const befores = (await table.getMany({ trans: req.trans, keys })) as (Row | undefined)[]
    const res = await inZone(table.mutate({ ...req, values } as DBCoreMutateRequest))
    values.forEach((after, i) => {
      if (res.failures[i]) return
      const id = String(keys[i])
      const before = befores[i] ?? removed.get(`${name}|${id}`)
      changes.push(...fieldChanges(name, id, before, after))
    })
    await recordChanges(core, req.trans, state, changes, now)
    return res
  }
  // A hard delete (only "Erstatt alt" clears tables): the others see the rows go to the trash, never vanish.
  const befores: Row[] =
    req.type === 'delete'
      ? ((await table.getMany({ trans: req.trans, keys: req.keys })) as (Row | undefined)[]).filter((r): r is Row => !!r)
      : ((await table.query({ trans: req.trans, values: true, query: { index: table.schema.primaryKey, range: req.range } })).result as Row[])
  const res = await inZone(table.mutate(req))
  for (const before of befores) {
    const id = String(before.id)
    const gone = before.deletedAt ? before : { ...before, deletedAt: now }
    removed.set(`${name}|${id}`, gone)
    changes.push(...fieldChanges(name, id, before, gone))
  }
  await recordChanges(core, req.trans, state, changes, now)
  return res
}

export function syncMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'sync-messages',
    create(down) {
      const names = new Set(down.schema.tables.map((t) => t.name))
      if (!SYNC_STORES.every((s) => names.has(s))) return down
      return {
        ...down,
        transaction(stores, mode, options) {
          const scope = mode === 'readwrite' ? [...new Set([...stores, ...SYNC_STORES])] : stores
          return down.transaction(scope, mode, options)
        },
        table(tableName) {
          const table = down.table(tableName)
          if (!isSyncedTable(tableName)) return table
          return { ...table, mutate: (req: DBCoreMutateRequest) => mutateRecorded(down, table, req) }
        },
      }
    },
  }
}
