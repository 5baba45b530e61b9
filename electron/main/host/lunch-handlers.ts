/** Signing-lunch documents in main: place cards, table plan, guest list and agenda. */
import { ok } from '../../shared/result'
import type { HandlerMap } from '../ipc/handle'
import type { HostContext } from './context'
import { pdfFileName, renderPdfJob, saveOnePdf } from './pdf-output'

type LunchHandlers = Pick<HandlerMap, 'renderLunchDocument'>

export function createLunchHandlers(ctx: HostContext): LunchHandlers {
  return {
    renderLunchDocument: async ({ document, fileName, jobId }) => {
      const output = await renderPdfJob(ctx, 'lunchDocument', document, jobId)
      if (!output.ok) return output
      const saved = await saveOnePdf(ctx, pdfFileName(fileName, 'Signeringslunsj'), output.data.bytes, 'renderLunchDocument')
      return saved.ok ? ok({ ...saved.data, pageCount: output.data.pageCount }) : saved
    },
  }
}
