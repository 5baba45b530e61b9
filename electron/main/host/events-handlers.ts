/** Events in main: the participant list PDF, small enough to render in-process (tens of ms). */
import path from 'node:path'
import { err, ok } from '../../shared/result'
import { FileBusyError } from '../files/atomic-write'
import { safeFileName, uniquePath } from '../files/file-names'
import type { HandlerMap } from '../ipc/handle'
import { describeCodePoint, savePdf, UnsupportedCharacterError } from '../pdf'
import { renderParticipantList } from '../pdf/participant-list/render-participant-list'
import type { HostContext } from './context'

type EventsHandlers = Pick<HandlerMap, 'renderParticipantList'>

export function createEventsHandlers(ctx: HostContext): EventsHandlers {
  const { services } = ctx
  return {
    renderParticipantList: async ({ model, fileName }) => {
      let rendered
      try {
        rendered = await renderParticipantList(model)
      } catch (error) {
        if (error instanceof UnsupportedCharacterError) {
          return err('unsupported-character', `«${error.character}» (${describeCodePoint(error.codePoint)}) i «${error.text}»`)
        }
        throw error
      }
      const suggestedName = safeFileName(fileName, { extension: 'pdf', fallback: 'Deltakerliste' })
      const { outputFolder } = await ctx.config.read()
      const target = outputFolder
        ? await uniquePath(outputFolder, suggestedName)
        : await services.dialogs.chooseSavePath({ suggestedName, kind: 'pdf', defaultFolder: services.documentsFolder })
      if (!target) return err('cancelled')
      try {
        await savePdf(target, rendered.bytes)
      } catch (error) {
        if (error instanceof FileBusyError) return err('file-busy', path.basename(error.target))
        services.log('renderParticipantList failed', error)
        return err('io-failed', (error as Error).message)
      }
      ctx.written.add(target)
      return ok({ path: target, name: path.basename(target), pageCount: rendered.pageCount })
    },
  }
}
