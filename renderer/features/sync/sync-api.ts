import type { DesktopApi } from '../../../electron/shared/ipc-contract'

/** The calls a round makes to main; tests give an in-memory folder with the same calls. */
export type SyncApi = Pick<
  DesktopApi,
  'syncPush' | 'syncPull' | 'syncAck' | 'syncRedact' | 'syncSnapshotInfo' | 'syncReadSnapshot' | 'syncBeginSnapshot' | 'syncAddSnapshotMessages' | 'syncFinishSnapshot'
>
