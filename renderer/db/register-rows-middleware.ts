/**
 * Keeps the register's narrow store (`registerRows`, one small record per organisation, see
 * domain/organisation/register-entry.ts) equal to what organisations and people say, in the SAME
 * transaction as every write to them (issue 17, the register at 10,000). A derived copy that drifts
 * shows wrong rows, so no repository is trusted to remember it: like the sync middleware, this sits
 * under all of them. Every read-write transaction that touches organisations or people gets both
 * tables and `registerRows` added to its scope; after each add, put or delete on either table the
 * entries of the organisations it touched are made again from what the transaction now holds (a
 * person's old and new organisation both), and a range delete (`clear()`, "Erstatt alt") makes the
 * whole store again. An aborted transaction takes the entries back with the rows.
 *
 * `registerRows` is in LOCAL_TABLES: never exported, backed up, imported over or synced (the sync
 * middleware records nothing for it). Writes that apply other laptops' messages pass through here
 * like any other, so a synced change shows in the register as a local one does.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreRangeType, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie'
import type { Organisation, Person } from './models'
import { peopleByOrganisation, registerEntriesOf, registerEntryOf, type RegisterEntry } from '../domain/organisation/register-entry'

export const REGISTER_ROWS = 'registerRows'
/** The tables an entry is made from. */
const SOURCES = ['organisations', 'people'] as const
const KEPT_SCOPE = [...SOURCES, REGISTER_ROWS]

/**
 * A write that touches more organisations than this asks how many people there are: when it touches
 * a large share of them, the people are read in one pass; otherwise by organisation, all asked at once.
 */
const MANY = 200

const EQUAL = 1 as DBCoreRangeType
/** Every key, as Dexie's own AnyRange (its other middlewares read the bounds). */
const ANY_RANGE = { type: 3 as DBCoreRangeType, lower: -Infinity, lowerOpen: false, upper: [[]], upperOpen: false }

type Row = Record<string, unknown>

async function allRows<T>(core: DBCore, trans: DBCoreTransaction, name: string): Promise<T[]> {
  const table = core.table(name)
  return (await table.query({ trans, values: true, query: { index: table.schema.primaryKey, range: ANY_RANGE } })).result as T[]
}

/**
 * The people of these organisations, as the transaction now holds them. This module sits beneath
 * Dexie's zone-bound middlewares (see `level` below), so its requests may run side by side.
 */
async function peopleOf(core: DBCore, trans: DBCoreTransaction, ids: readonly string[]): Promise<Map<string, Person[]>> {
  const table = core.table('people')
  if (ids.length > MANY && ids.length * 4 >= (await table.count({ trans, query: { index: table.schema.primaryKey, range: ANY_RANGE } }))) {
    return peopleByOrganisation(await allRows<Person>(core, trans, 'people'))
  }
  // Version 1 of the schema indexes people by organisation (schema.ts).
  const index = table.schema.indexes.find((i) => i.name === 'organisationId')!
  const found = await Promise.all(ids.map((id) => table.query({ trans, values: true, query: { index, range: { type: EQUAL, lower: id, upper: id } } })))
  return new Map(ids.map((id, i) => [id, found[i]!.result as Person[]]))
}

/** Makes these organisations' entries again (removes the entry of one no longer there). */
export async function refreshEntries(core: DBCore, trans: DBCoreTransaction, organisationIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(organisationIds)]
  if (ids.length === 0) return
  const orgs = (await core.table('organisations').getMany({ trans, keys: ids })) as (Organisation | undefined)[]
  const people = await peopleOf(core, trans, ids)
  const entries: RegisterEntry[] = []
  const gone: string[] = []
  ids.forEach((id, i) => {
    const org = orgs[i]
    if (org) entries.push(registerEntryOf(org, people.get(id) ?? []))
    else gone.push(id)
  })
  const store = core.table(REGISTER_ROWS)
  if (entries.length) failed(await store.mutate({ type: 'put', trans, values: entries }), trans)
  if (gone.length) failed(await store.mutate({ type: 'delete', trans, keys: gone }), trans)
}

/**
 * Dexie's core reports a request that failed among others without failing the call (the caller's
 * transaction then goes on): an entry not written would be drift, so it fails the write instead,
 * and aborts the transaction, so a write made outside an explicit transaction keeps nothing either.
 */
function failed(res: DBCoreMutateResponse, trans: DBCoreTransaction): void {
  if (res.numFailures === 0) return
  const error = Object.values(res.failures)[0] ?? new Error('Registeret kunne ikke oppdateres.')
  ;(trans as unknown as IDBTransaction).abort()
  throw error
}

/** Makes the whole store again from the two tables (after a range delete, and for a rebuild). */
export async function rebuildEntries(core: DBCore, trans: DBCoreTransaction): Promise<void> {
  const [orgs, people] = [await allRows<Organisation>(core, trans, 'organisations'), await allRows<Person>(core, trans, 'people')]
  const store = core.table(REGISTER_ROWS)
  await store.mutate({ type: 'deleteRange', trans, range: ANY_RANGE })
  const entries = registerEntriesOf(orgs, people)
  if (entries.length) failed(await store.mutate({ type: 'put', trans, values: entries }), trans)
}

const organisationIdOf = (row: Row | undefined): string | undefined => (typeof row?.organisationId === 'string' ? row.organisationId : undefined)

async function mutateKept(core: DBCore, table: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  if (req.type === 'deleteRange') {
    const res = await table.mutate(req)
    await rebuildEntries(core, req.trans)
    return res
  }
  const touched = new Set<string>()
  const keys = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((v) => (v as Row).id))
  if (table.name === 'organisations') {
    for (const key of keys) touched.add(String(key))
  } else {
    // A person may move (a merge re-points people): both organisations' entries change.
    const befores = (await table.getMany({ trans: req.trans, keys })) as (Row | undefined)[]
    for (const before of befores) {
      const id = organisationIdOf(before)
      if (id) touched.add(id)
    }
    if (req.type !== 'delete') {
      for (const value of req.values) {
        const id = organisationIdOf(value as Row)
        if (id) touched.add(id)
      }
    }
  }
  const res = await table.mutate(req)
  await refreshEntries(core, req.trans, touched)
  return res
}

export function registerRowsMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'register-rows',
    // Beneath Dexie's own hooks (level 2), cache and observability (0) middlewares, which find the
    // transaction through Dexie's zone: an await of this module's own async steps loses that zone,
    // so the store's writes must not pass through them. Every write still passes through here on its
    // way down (the sync middleware is at 10, above them). The store's own writes are then not
    // announced on Dexie's channel; the organisations and people writes that cause them are.
    level: -0.5,
    create(down) {
      if (!down.schema.tables.some((t) => t.name === REGISTER_ROWS)) return down
      return {
        ...down,
        transaction(stores, mode, options) {
          const kept = mode === 'readwrite' && stores.some((s) => (SOURCES as readonly string[]).includes(s))
          return down.transaction(kept ? [...new Set([...stores, ...KEPT_SCOPE])] : stores, mode, options)
        },
        table(tableName) {
          const table = down.table(tableName)
          if (!(SOURCES as readonly string[]).includes(tableName)) return table
          return { ...table, mutate: (req: DBCoreMutateRequest) => mutateKept(down, table, req) }
        },
      }
    },
  }
}
