import path from 'node:path'
import { err, ok, type Err } from '../../shared/result'
import { BackupStore, EnvelopeRefusedError, writeCheckedEnvelope } from '../backups/backup-store'
import { CloseBackup } from '../backups/close-backup'
import { fileFailure } from '../files/file-errors'
import type { HandlerMap } from '../ipc/handle'
import type { HostContext } from './context'

type BackupHandlers = Pick<HandlerMap, 'exportAll' | 'writeBackup' | 'listBackups' | 'readBackup' | 'backupStatus' | 'closeBackupDone'>
export type BackupState = { store: BackupStore; close: CloseBackup }

const states = new WeakMap<HostContext, BackupState>()

/** One backup store and close coordinator per host context, shared by handlers and the shell. */
export function backupStateOf(ctx: HostContext): BackupState {
  let state = states.get(ctx)
  if (!state) {
    const fs = ctx.services.fileSystem
    const store = new BackupStore(ctx.services.dataFolder, async () => (await ctx.config.read()).backupFolder, { ...(fs ? { fs } : {}), ...(ctx.services.now ? { now: ctx.services.now } : {}) })
    const close = new CloseBackup(
      () => ctx.services.emit({ type: 'backup-before-close' }),
      (message) => store.recordCloseFailure(message),
    )
    state = { store, close }
    states.set(ctx, state)
  }
  return state
}

const failure = (error: unknown, target?: string): Err =>
  error instanceof EnvelopeRefusedError ? err('invalid-data', error.message) : fileFailure(error, target)

export function createBackupHandlers(ctx: HostContext): BackupHandlers {
  const { services } = ctx
  const { store, close } = backupStateOf(ctx)
  /** Runs a store call; a file error becomes a Norwegian result instead of Node's text. */
  const guarded = async <T>(what: string, run: () => Promise<T>) => {
    try {
      return ok(await run())
    } catch (error) {
      services.log(`${what} failed`, error)
      return failure(error)
    }
  }
  return {
    exportAll: async ({ suggestedName, bytes }) => {
      const { outputFolder } = await ctx.config.read()
      const target = await services.dialogs.chooseSavePath({ suggestedName, kind: 'json', defaultFolder: outputFolder ?? services.documentsFolder })
      if (!target) return err('cancelled')
      try {
        // Temporary name, read back and checked, then renamed: a failed export leaves the old file as it was.
        await writeCheckedEnvelope(target, bytes, services.fileSystem)
      } catch (error) {
        services.log('exportAll failed', error)
        return failure(error, target)
      }
      ctx.written.add(target)
      return ok({ path: target, name: path.basename(target) })
    },
    writeBackup: ({ reason, bytes, userName }) => guarded('writeBackup', () => store.write(bytes, reason, userName ?? null)),
    listBackups: () => guarded('listBackups', () => store.list()),
    readBackup: async ({ name }) => {
      const read = await guarded('readBackup', () => store.read(name))
      if (!read.ok) return read
      return read.data ? ok({ name, bytes: read.data }) : err('not-found', name)
    },
    backupStatus: () => guarded('backupStatus', () => store.status()),
    closeBackupDone: async ({ ok: succeeded, message }) => ok({ received: close.answer(succeeded, message) }),
  }
}
