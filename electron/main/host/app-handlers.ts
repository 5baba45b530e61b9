import { err, ok } from '../../shared/result'
import { fileFailure } from '../files/file-errors'
import type { MainConfig } from '../../shared/channels/app'
import type { HandlerMap } from '../ipc/handle'
import type { HostContext } from './context'
import { openExternal } from './open-external'

type AppHandlers = Pick<HandlerMap, 'appInfo' | 'getMainConfig' | 'chooseFolder' | 'clearFolder' | 'openExternal'>

const FOLDER_TITLES = { output: 'Velg mappe for dokumenter', backup: 'Velg mappe for sikkerhetskopier' } as const
const FOLDER_KEYS = { output: 'outputFolder', backup: 'backupFolder' } as const

export function createAppHandlers(ctx: HostContext): AppHandlers {
  const { services, config } = ctx
  const saveConfig = async (change: Partial<MainConfig>) => {
    try {
      return ok(await config.update(change))
    } catch (error) {
      services.log('saving main config failed', error)
      return fileFailure(error, config.file)
    }
  }
  return {
    appInfo: async () =>
      ok({ version: services.appVersion, platform: services.platform, isTestHost: services.isTestHost }),
    getMainConfig: async () => ok(await config.read()),
    chooseFolder: async ({ kind }) => {
      const folder = await services.dialogs.chooseFolder(FOLDER_TITLES[kind])
      if (!folder) return err('cancelled')
      return saveConfig({ [FOLDER_KEYS[kind]]: folder })
    },
    clearFolder: ({ kind }) => saveConfig({ [FOLDER_KEYS[kind]]: null }),
    openExternal: (request) => openExternal(request, services, ctx.written),
  }
}
