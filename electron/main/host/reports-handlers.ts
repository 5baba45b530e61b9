/**
 * The status report in main: render off the event loop (worker thread), then save through the
 * dialog, or into the output folder the user chose once, under a name that never overwrites.
 */
import path from 'node:path'
import { err, ok } from '../../shared/result'
import { FileBusyError } from '../files/atomic-write'
import { safeFileName, uniquePath } from '../files/file-names'
import type { HandlerMap } from '../ipc/handle'
import { UnsupportedCharacterError, defaultWorkerFile, describeCodePoint, runPdfJob, savePdf } from '../pdf'
import type { HostContext } from './context'

type ReportHandlers = Pick<HandlerMap, 'renderStatusReport'>

export function createReportHandlers(ctx: HostContext): ReportHandlers {
  const { services } = ctx
  return {
    renderStatusReport: async ({ model, jobId }) => {
      let output
      try {
        output = await runPdfJob('statusReport', model, {
          workerFile: services.pdfWorkerFile === undefined ? defaultWorkerFile() : services.pdfWorkerFile,
          onProgress: (done, total, label) => services.emit({ type: 'progress', jobId, done, total, label }),
          onFallback: (reason) => services.log(`PDF worker unavailable, rendering in main: ${reason}`),
        })
      } catch (error) {
        if (error instanceof UnsupportedCharacterError) {
          return err('unsupported-character', `«${error.character}» (${describeCodePoint(error.codePoint)}) i «${error.text}»`)
        }
        throw error
      }
      const suggestedName = safeFileName(`Statusrapport Næring for klima ${model.year}`, { extension: 'pdf', fallback: 'Statusrapport' })
      const { outputFolder } = await ctx.config.read()
      const target = outputFolder
        ? await uniquePath(outputFolder, suggestedName, new Set())
        : await services.dialogs.chooseSavePath({ suggestedName, kind: 'pdf', defaultFolder: services.documentsFolder })
      if (!target) return err('cancelled')
      try {
        await savePdf(target, output.bytes)
      } catch (error) {
        if (error instanceof FileBusyError) return err('file-busy', path.basename(error.target))
        services.log('renderStatusReport failed', error)
        return err('io-failed', (error as Error).message)
      }
      ctx.written.add(target)
      return ok({ path: target, name: path.basename(target), pageCount: output.pageCount })
    },
  }
}
