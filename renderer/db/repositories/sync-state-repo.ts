/**
 * This laptop's sync state and its unsent count: the reads the sidebar badge and the runner make at
 * every start. Their own module, so those read without loading the sync clock (crdt, protobuf) that
 * sync-repo.ts needs for joining and pushing (issue 17: first start).
 */
import type { SyncState } from '../../domain/sync/records'
import { db } from '../db'

/** The state as stored, or undefined before this laptop ever chose a folder (read only). */
export async function readSyncState(): Promise<SyncState | undefined> {
  return db().syncState.get('this')
}

export async function unsentCount(): Promise<number> {
  return db().syncOutbox.count()
}
