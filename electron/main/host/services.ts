/**
 * What the main-process logic needs from its surroundings. Electron provides it in
 * `electron/main/index.ts`; the e2e test host provides the same with temporary folders and a
 * scripted dialog. Nothing here imports Electron.
 */
import type { AtomicFs } from '../files/atomic-write'
import type { SyncFs } from '../sync/sync-fs'
import type { FileKind } from '../../shared/channels/files'
import type { HostEvent } from '../../shared/ipc-contract'

export type SaveDialogRequest = { suggestedName: string; kind: FileKind; defaultFolder?: string }
export type OpenDialogRequest = { kinds: FileKind[] }

export type HostServices = {
  appVersion: string
  platform: string
  isTestHost: boolean
  /** Main's own data folder (Electron's userData). */
  dataFolder: string
  /** The user's documents folder, the default for dialogs. */
  documentsFolder: string
  dialogs: {
    chooseSavePath: (request: SaveDialogRequest) => Promise<string | null>
    chooseOpenPath: (request: OpenDialogRequest) => Promise<string | null>
    chooseFolder: (title: string) => Promise<string | null>
    /** Asks the user to confirm; used before opening a web site. */
    confirm: (message: string, detail: string) => Promise<boolean>
  }
  shell: {
    openPath: (path: string) => Promise<string>
    openExternal: (url: string) => Promise<void>
  }
  /** The built PDF worker (`out/main/pdf-worker.js`); null renders in-process, undefined looks beside main's bundle. */
  pdfWorkerFile?: string | null
  /** The file system atomic writes go through; tests inject faults here. Unset: the real one. */
  fileSystem?: AtomicFs
  /** The file system the sync folder goes through; tests make the folder vanish here. Unset: the real one. */
  syncFileSystem?: SyncFs
  /** Main's clock (backup names, retention, statuses). Unset: the system clock. The e2e host runs it
   * from the same start as the page's clock, as on a laptop where both read one system time. */
  now?: () => Date
  emit: (event: HostEvent) => void
  log: (message: string, error?: unknown) => void
}
