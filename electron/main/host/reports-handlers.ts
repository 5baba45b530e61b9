/** The status report the secretariat hands the city, rendered and saved in main. */
import { ok } from '../../shared/result'
import type { HandlerMap } from '../ipc/handle'
import type { HostContext } from './context'
import { pdfFileName, renderPdfJob, saveOnePdf } from './pdf-output'

type ReportHandlers = Pick<HandlerMap, 'renderStatusReport'>

export function createReportHandlers(ctx: HostContext): ReportHandlers {
  return {
    renderStatusReport: async ({ model, jobId }) => {
      const output = await renderPdfJob(ctx, 'statusReport', model, jobId)
      if (!output.ok) return output
      const name = pdfFileName(`Statusrapport Næring for klima ${model.year}`, 'Statusrapport')
      const saved = await saveOnePdf(ctx, name, output.data.bytes, 'renderStatusReport')
      return saved.ok ? ok({ ...saved.data, pageCount: output.data.pageCount }) : saved
    },
  }
}
