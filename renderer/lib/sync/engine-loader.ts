/**
 * Loads the sync engine (`engine.ts`: the HLC clock and merkle trie, with crdt and protobuf) on
 * first need. A laptop that does not sync never loads it; one that does loads it once, when its
 * sync starts or at its first write, whichever comes first.
 */
export type SyncEngine = typeof import('./engine')

let loaded: SyncEngine | null = null
let loading: Promise<SyncEngine> | null = null

/** The engine, loading it if it is not yet; a failed load is tried again at the next call. */
export function loadSyncEngine(): Promise<SyncEngine> {
  loading ??= import('./engine').then(
    (engine) => (loaded = engine),
    (error: unknown) => {
      loading = null
      throw error
    },
  )
  return loading
}

/** The engine when it has loaded, else null (then `loadSyncEngine()`). */
export function loadedSyncEngine(): SyncEngine | null {
  return loaded
}
