/**
 * The sync channels: thin wrappers over the one SyncFolder of this host context. A SyncError
 * becomes its result (a code and a Norwegian message); the native dialogs are the only other thing
 * here.
 */
import { err, ok, type Err, type Result } from '../../shared/result'
import { fileFailure } from '../files/file-errors'
import type { HandlerMap } from '../ipc/handle'
import { SyncFolder } from '../sync/sync-folder'
import { SyncError } from '../sync/sync-problems'
import type { HostContext } from './context'

type SyncChannel =
  | 'syncStatus'
  | 'syncChooseFolder'
  | 'syncLeaveFolder'
  | 'syncPush'
  | 'syncPull'
  | 'syncAck'
  | 'syncSnapshotInfo'
  | 'syncReadSnapshot'
  | 'syncBeginSnapshot'
  | 'syncAddSnapshotMessages'
  | 'syncFinishSnapshot'
  | 'syncRedact'
  | 'syncRetireLaptop'
type SyncHandlers = Pick<HandlerMap, SyncChannel>

const folders = new WeakMap<HostContext, SyncFolder>()

/** One sync folder per host context, so its queue and snapshot draft are shared by every call. */
export function syncFolderOf(ctx: HostContext): SyncFolder {
  let folder = folders.get(ctx)
  if (!folder) {
    const { services } = ctx
    folder = new SyncFolder(ctx.config, {
      appVersion: services.appVersion,
      log: services.log,
      ...(services.syncFileSystem ? { fs: services.syncFileSystem } : {}),
      ...(services.now ? { now: services.now } : {}),
    })
    folders.set(ctx, folder)
  }
  return folder
}

export function createSyncHandlers(ctx: HostContext): SyncHandlers {
  const { services } = ctx
  const sync = syncFolderOf(ctx)
  const run = async <T>(what: string, call: () => Promise<T>): Promise<Result<T>> => {
    try {
      return ok(await call())
    } catch (error) {
      if (error instanceof SyncError) return err(error.code, error.message) as Err
      services.log(`${what} failed`, error)
      return fileFailure(error)
    }
  }
  return {
    syncStatus: ({ installId }) => run('syncStatus', () => sync.status(installId)),
    syncChooseFolder: async ({ installId, userName }) => {
      const folder = await services.dialogs.chooseFolder('Velg mappe for synkronisering')
      if (!folder) return err('cancelled')
      return run('syncChooseFolder', () => sync.choose(installId, userName, folder))
    },
    syncLeaveFolder: ({ installId }) => run('syncLeaveFolder', () => sync.leave(installId)),
    syncPush: (request) => run('syncPush', () => sync.push(request)),
    syncPull: (request) => run('syncPull', () => sync.pull(request)),
    syncAck: (request) => run('syncAck', () => sync.ack(request)),
    syncSnapshotInfo: (request) => run('syncSnapshotInfo', () => sync.snapshotInfo(request)),
    syncReadSnapshot: (request) => run('syncReadSnapshot', () => sync.readSnapshot(request)),
    syncBeginSnapshot: (request) => run('syncBeginSnapshot', () => sync.beginSnapshot(request)),
    syncAddSnapshotMessages: (request) => run('syncAddSnapshotMessages', () => sync.addSnapshotMessages(request)),
    syncFinishSnapshot: (request) => run('syncFinishSnapshot', () => sync.finishSnapshot(request)),
    syncRedact: (request) => run('syncRedact', () => sync.redact(request)),
    syncRetireLaptop: (request) =>
      run('syncRetireLaptop', () =>
        sync.retire(request, (who) =>
          services.dialogs.confirm(
            `Ta ${who} ut av synkroniseringen?`,
            'Filene til maskinen flyttes til nfk-sync/pensjonert i synkroniseringsmappen, og de andre maskinene slutter å vente på den. Endringer den ikke har sendt ennå, kommer ikke med. Flytt mappen tilbake for å angre.',
          ),
        ),
      ),
  }
}
