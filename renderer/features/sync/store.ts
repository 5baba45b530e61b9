import { create } from 'zustand'
import type { SyncLaptop, SyncStatus } from '../../../electron/shared/channels/sync'
import type { RoundOutcome } from './sync-round'

/** What the sync screens show beyond the database: main's view of the folder and the last round. */
type SyncUi = {
  running: boolean
  status: SyncStatus | null
  laptops: SyncLaptop[]
  last: RoundOutcome | null
  /** A new laptop applying the group's snapshot: how far it has come. */
  joining: { done: number; total: number } | null
  set: (next: Partial<Omit<SyncUi, 'set'>>) => void
}

export const useSyncUi = create<SyncUi>((set) => ({ running: false, status: null, laptops: [], last: null, joining: null, set: (next) => set(next) }))
