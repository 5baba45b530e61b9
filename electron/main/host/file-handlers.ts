import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { MAX_FILE_BYTES } from '../../shared/channels/files'
import { err, ok } from '../../shared/result'
import { writeFileAtomic } from '../files/atomic-write'
import { fileFailure } from '../files/file-errors'
import type { HandlerMap } from '../ipc/handle'
import type { HostContext } from './context'

type FileHandlers = Pick<HandlerMap, 'saveFile' | 'openFile'>

export function createFileHandlers(ctx: HostContext): FileHandlers {
  const { services } = ctx
  return {
    saveFile: async ({ suggestedName, kind, bytes }) => {
      const { outputFolder } = await ctx.config.read()
      const target = await services.dialogs.chooseSavePath({
        suggestedName,
        kind,
        defaultFolder: outputFolder ?? services.documentsFolder,
      })
      if (!target) return err('cancelled')
      try {
        await writeFileAtomic(target, bytes, services.fileSystem ? { fs: services.fileSystem } : {})
      } catch (error) {
        services.log('saveFile failed', error)
        return fileFailure(error, target)
      }
      ctx.written.add(target)
      return ok({ path: target, name: path.basename(target) })
    },
    openFile: async ({ kinds }) => {
      const source = await services.dialogs.chooseOpenPath({ kinds })
      if (!source) return err('cancelled')
      try {
        const info = await stat(source)
        if (info.size > MAX_FILE_BYTES) return err('invalid-data', 'filen er for stor')
        const bytes = new Uint8Array(await readFile(source))
        return ok({ name: path.basename(source), bytes, size: info.size })
      } catch (error) {
        return fileFailure(error, source)
      }
    },
  }
}
