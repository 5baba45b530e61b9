/**
 * The register's tables as one shared live read, which the app starts as soon as it can: when the
 * database opens if the app starts on the register, else when the register's route is chosen.
 * Reading 10,000 organisations then overlaps with loading the page's code instead of following it
 * (issue 17). The page subscribes to the same read; when the last subscriber leaves, it stops and
 * its result is dropped, so a later visit never shows stale rows.
 */
import { takeEarlyRead, watchRegisterTables, whenDatabaseOpens, type RegisterTables } from '../../db/repositories/register-repo'

type State = { value?: RegisterTables; error?: unknown }

let stopWatching: (() => void) | null = null
let state: State = {}
const listeners = new Set<() => void>()
let idleStop: ReturnType<typeof setTimeout> | undefined

const emit = (next: State) => {
  state = next
  for (const listener of listeners) listener()
}

/**
 * Starts the live read unless it runs already. A read nobody subscribes to stops after a while.
 * The first one takes the rows the page's first script read, if it did (`readEarlyIfStartingOnRegister`).
 */
export function startRegisterRead(): void {
  if (stopWatching) return
  stopWatching = watchRegisterTables({ next: (value) => emit({ value }), error: (error: unknown) => emit({ error }) }, takeEarlyRead())
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

/** The register's own address (hash routing): the list, not a record or the Papirkurv. */
export const isRegisterAddress = (hash: string): boolean => /^#\/virksomheter\/?(\?.*)?$/.test(hash)

/**
 * When the app starts on the register, its rows are read from the page's start by a small script
 * that runs before the app's code has loaded (public/register-early-read.js); the app takes them the
 * moment it has opened the database, before React has drawn the layout and chosen the route. Without
 * them (another page, or a database that changed version) it reads then. True when starting there.
 */
export function readEarlyIfStartingOnRegister(): boolean {
  if (typeof location === 'undefined' || !isRegisterAddress(location.hash)) return false
  whenDatabaseOpens(() => {
    if (isRegisterAddress(location.hash)) startRegisterRead()
    // Elsewhere by now: the early rows are not kept.
    else takeEarlyRead()
  })
  return true
}
