/**
 * What a contract batch is made from, watched: the organisations, the signers, the templates and
 * their logos. The batch page builds its contract models ahead, while the person chooses; a model
 * built before one of these tables changed must never be printed. `contractInputsStamp()` names the
 * state the data is in (this database, and how many changes to those tables it has seen): a stamp
 * taken before the reads of a build, and still the same when the build is used, means no change to
 * them committed in between.
 *
 * Dexie reports a commit of this window synchronously when the transaction completes, before any
 * code awaiting it runs; a commit in a worker (the import) arrives by BroadcastChannel a moment later.
 */
import Dexie from 'dexie'
import { db } from '../db'

export const CONTRACT_INPUT_STORES = ['organisations', 'people', 'contractTemplates', 'attachments'] as const

/** Does a change Dexie reported touch a contract's inputs? ("all": anything may have.) */
export function touchesContractInputs(parts: unknown): boolean {
  if (typeof parts !== 'object' || parts === null) return false
  return Object.keys(parts).some((part) => part === 'all' || CONTRACT_INPUT_STORES.some((store) => part.includes(`/${store}/`)))
}

let changes = 0
const listeners = new Set<() => void>()
let subscribed = false
const databases = new WeakMap<object, number>()
let databaseCount = 0

const onMutated = (parts: unknown) => {
  if (!touchesContractInputs(parts)) return
  changes++
  for (const listener of listeners) listener()
}

function subscribe(): void {
  if (subscribed) return
  subscribed = true
  Dexie.on.storagemutated.subscribe(onMutated)
}

/** The inputs' state now: differs from an earlier stamp once any of them changed (or another database is in use). */
export function contractInputsStamp(): string {
  subscribe()
  const database = db()
  let id = databases.get(database)
  if (id === undefined) {
    id = ++databaseCount
    databases.set(database, id)
  }
  return `${id}:${changes}`
}

/** Calls `listener` after each committed change to the inputs; returns the unsubscribe. */
export function watchContractInputs(listener: () => void): () => void {
  subscribe()
  listeners.add(listener)
  return () => listeners.delete(listener)
}
