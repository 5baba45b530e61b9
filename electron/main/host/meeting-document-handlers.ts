/**
 * Documents for meetings, rendered in the PDF worker: name badges for network meetings, and the
 * signing lunch's kitchen list. The kitchen list holds health data: its handler keeps nothing and
 * logs nothing of the content; a failure is reported by code only.
 */
import { err, ok } from '../../shared/result'
import type { HandlerMap } from '../ipc/handle'
import type { HostContext } from './context'
import { pdfFileName, renderPdfJob, saveOnePdf } from './pdf-output'

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
      const saved = await saveOnePdf(ctx, pdfFileName(fileName, 'Kjøkkenliste'), output.data.bytes, 'renderKitchenList')
      return saved.ok ? ok({ ...saved.data, pageCount: output.data.pageCount }) : saved
    },
  }
}
