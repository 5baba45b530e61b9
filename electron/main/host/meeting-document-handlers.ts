/**
 * Documents for meetings, rendered in the PDF worker: name badges for network meetings, and the
 * signing lunch's kitchen list. The kitchen list holds health data: its handler keeps nothing, logs
 * nothing of the content, and always asks where to save it.
 */
import { err, ok } from '../../shared/result'
import type { HandlerMap } from '../ipc/handle'
import type { HostContext } from './context'
import { pdfFileName, renderPdfJob, saveOnePdf, writePdfs } from './pdf-output'

type MeetingDocumentHandlers = Pick<HandlerMap, 'renderNameBadges' | 'renderKitchenList'>

export function createMeetingDocumentHandlers(ctx: HostContext): MeetingDocumentHandlers {
  return {
    renderNameBadges: async ({ input, fileName, jobId }) => {
      const output = await renderPdfJob(ctx, 'nameBadges', input, jobId)
      if (!output.ok) return output
      const saved = await saveOnePdf(ctx, pdfFileName(fileName, 'Navneskilt'), output.data.bytes, 'renderNameBadges')
      return saved.ok ? ok({ ...saved.data, pageCount: output.data.pageCount }) : saved
    },

    renderKitchenList: async ({ model, fileName }) => {
      let output
      try {
        // No job id: no progress events, so no label leaves the worker.
        output = await renderPdfJob(ctx, 'kitchenList', model)
      } catch {
        // Not rethrown: the dispatch would log the error, and an error may quote the text it failed on.
        return err('internal', 'kjøkkenlisten kunne ikke lages')
      }
      if (!output.ok) return output
      // Always the dialog, never the output folder chosen once: that may be a shared folder, and
      // health data goes only where the user says this time.
      const target = await ctx.services.dialogs.chooseSavePath({
        suggestedName: pdfFileName(fileName, 'Kjøkkenliste'),
        kind: 'pdf',
        defaultFolder: ctx.services.documentsFolder,
      })
      if (!target) return err('cancelled')
      const written = await writePdfs(ctx, [{ target, bytes: output.data.bytes }], 'renderKitchenList')
      if (!written.ok) return written
      const [file] = written.data
      return file ? ok({ ...file, pageCount: output.data.pageCount }) : err('internal')
    },
  }
}
