/**
 * The register's tables as one shared live read, which the app starts as soon as the register's
 * route is chosen: reading 10,000 organisations then overlaps with loading the page's code instead
 * of following it (issue 17). The page subscribes to the same read; when the last subscriber leaves, it stops and
 * its result is dropped, so a later visit never shows stale rows.
 */
import { earlyRegisterTables, watchRegisterTables, type RegisterTables } from '../../db/repositories/register-repo'
import { rowsOf, sortedRowsOf } from './register-prepared'
import { useRegisterStore } from './store'

type State = { value?: RegisterTables; error?: unknown }

let stopWatching: (() => void) | null = null
let state: State = {}
const listeners = new Set<() => void>()
let idleStop: ReturnType<typeof setTimeout> | undefined

const emit = (next: State) => {
  state = next
  for (const listener of listeners) listener()
}

/** Starts the live read unless it runs already. A read nobody subscribes to stops after a while. */
export function startRegisterRead(): void {
  if (stopWatching) return
  stopWatching = watchRegisterTables({ next: (value) => emit({ value }), error: (error: unknown) => emit({ error }) })
  if (listeners.size === 0) idleStop = setTimeout(stopIfUnused, 30_000)
}

function stopIfUnused(): void {
  if (listeners.size > 0 || !stopWatching) return
  stopWatching()
  stopWatching = null
  state = {}
}

/** For useSyncExternalStore: subscribing starts the read; the last one to leave stops it. */
export function subscribeRegister(listener: () => void): () => void {
  listeners.add(listener)
  clearTimeout(idleStop)
  startRegisterRead()
  return () => {
    listeners.delete(listener)
    stopIfUnused()
  }
}

export const registerSnapshot = (): State => state

/**
 * A start on the register: the rows the app began reading at once are built and sorted (as the
 * page will show them) the moment they are read, while the shell and the page are still on their
 * way, instead of in the page's first render after them (issue 17). Then the watch begins and takes
 * that read, so the page's first render has its rows. The watch still decides what is shown: rows
 * a change made stale are only never looked up. It may begin before the app's start has checked
 * for a schema upgrade: the early read found the database at today's version, so none comes.
 * Resolves true once the watch has begun so (false: no early read, or one not to be used).
 */
export async function prepareEarlyRows(): Promise<boolean> {
  const tables = await earlyRegisterTables()
  if (!tables) return false
  sortedRowsOf(rowsOf(tables.active), useRegisterStore.getState().sort)
  startRegisterRead()
  return true
}
