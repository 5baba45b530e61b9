import { useLiveQuery } from 'dexie-react-hooks'
import { readSyncState, unsentCount } from '../../db/repositories/sync-state-repo'
import { describeConflicts } from '../../db/repositories/sync-conflicts-repo'

/** This laptop's sync state, its unsent changes and its conflicts, live from the database. */
export function useSyncOverview() {
  return useLiveQuery(async () => {
    const state = await readSyncState()
    return { state, unsent: state?.enabled ? await unsentCount() : 0, conflicts: state?.enabled ? await describeConflicts() : [] }
  }, [])
}
