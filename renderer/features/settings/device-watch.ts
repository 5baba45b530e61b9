/**
 * This laptop's device row, read live. Its own chunk: the database code (Dexie and the schema) is
 * not part of the first screen, so the first-start question paints while it loads (issue 17).
 */
import { liveQuery } from 'dexie'
import type { DeviceInfo } from '../../db/models'
import { readDevice, setUserName } from '../../db/repositories/base'

/** Calls `next` with the device row (null before one is made) now and after every change. */
export function watchDevice(next: (device: DeviceInfo | null) => void, error: (reason: unknown) => void): () => void {
  const subscription = liveQuery(async () => (await readDevice()) ?? null).subscribe({ next, error })
  return () => subscription.unsubscribe()
}

export { setUserName }
