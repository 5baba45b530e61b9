import path from 'node:path'
import { err, ok } from '../../shared/result'
import { BackupStore, BackupVerifyError, writeVerified } from '../backups/backup-store'
import { CloseBackup } from '../backups/close-backup'
import { FileBusyError } from '../files/atomic-write'
import type { HandlerMap } from '../ipc/handle'
import type { HostContext } from './context'

type BackupHandlers = Pick<HandlerMap, 'exportAll' | 'writeBackup' | 'listBackups' | 'readBackup' | 'backupStatus' | 'closeBackupDone'>
export type BackupState = { store: BackupStore; close: CloseBackup }

const states = new WeakMap<HostContext, BackupState>()

/** One backup store and close coordinator per host context, shared by handlers and the shell. */
export function backupStateOf(ctx: HostContext): BackupState {
  let state = states.get(ctx)
  if (!state) {
    const store = new BackupStore(ctx.services.dataFolder, async () => (await ctx.config.read()).backupFolder)
    const close = new CloseBackup(
      () => ctx.services.emit({ type: 'backup-before-close' }),
      (message) => store.recordCloseFailure(message),
    )
    state = { store, close }
    states.set(ctx, state)
  }
  return state
}

const failure = (error: unknown) => {
  if (error instanceof FileBusyError) return err('file-busy', path.basename(error.target))
  if (error instanceof BackupVerifyError) return err('invalid-data', `kontrollen etter skriving feilet: ${error.message}`)
  return err('io-failed', error instanceof Error ? error.message : String(error))
}

export function createBackupHandlers(ctx: HostContext): BackupHandlers {
  const { services } = ctx
  const { store, close } = backupStateOf(ctx)
  return {
    exportAll: async ({ suggestedName, bytes }) => {
      const { outputFolder } = await ctx.config.read()
      const target = await services.dialogs.chooseSavePath({ suggestedName, kind: 'json', defaultFolder: outputFolder ?? services.documentsFolder })
      if (!target) return err('cancelled')
      try {
        await writeVerified(target, bytes)
      } catch (error) {
        services.log('exportAll failed', error)
        return failure(error)
      }
      ctx.written.add(target)
      return ok({ path: target, name: path.basename(target) })
    },
    writeBackup: async ({ reason, bytes }) => {
      try {
        return ok(await store.write(bytes, reason))
      } catch (error) {
        services.log('writeBackup failed', error)
        return failure(error)
      }
    },
    listBackups: async () => ok(await store.list()),
    readBackup: async ({ name }) => {
      const bytes = await store.read(name)
      return bytes ? ok({ name, bytes }) : err('not-found', name)
    },
    backupStatus: async () => ok(await store.status()),
    closeBackupDone: async ({ ok: succeeded, message }) => ok({ received: close.answer(succeeded, message) }),
  }
}
