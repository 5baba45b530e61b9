/** The page starts PDF work ahead (`warmPdf`) and stops running jobs (`cancelJob`). */
import { err, ok } from '../../shared/result'
import { defaultWorkerFile, warmPdfWorker } from '../pdf'
import type { HandlerMap } from '../ipc/handle'
import type { HostContext } from './context'

export function createJobHandlers(ctx: HostContext): Pick<HandlerMap, 'warmPdf' | 'cancelJob'> {
  return {
    warmPdf: async () => {
      const file = ctx.services.pdfWorkerFile === undefined ? defaultWorkerFile() : ctx.services.pdfWorkerFile
      if (!file) return ok({ started: false })
      warmPdfWorker(file)
      return ok({ started: true })
    },
    cancelJob: async ({ jobId }) => (jobId ? ok({ cancelled: ctx.jobs.cancel(jobId) }) : err('invalid-request')),
  }
}
