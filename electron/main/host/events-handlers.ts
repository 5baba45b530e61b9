/** Events in main: the participant list PDF, small enough to render in-process (tens of ms). */
import { ok } from '../../shared/result'
import type { HandlerMap } from '../ipc/handle'
import { renderParticipantList } from '../pdf/participant-list/render-participant-list'
import type { HostContext } from './context'
import { pdfFileName, refusal, saveOnePdf } from './pdf-output'

type EventsHandlers = Pick<HandlerMap, 'renderParticipantList'>

export function createEventsHandlers(ctx: HostContext): EventsHandlers {
  return {
    renderParticipantList: async ({ model, fileName }) => {
      let rendered
      try {
        rendered = await renderParticipantList(model)
      } catch (error) {
        return refusal(error)
      }
      const saved = await saveOnePdf(ctx, pdfFileName(fileName, 'Deltakerliste'), rendered.bytes, 'renderParticipantList')
      return saved.ok ? ok({ ...saved.data, pageCount: rendered.pageCount }) : saved
    },
  }
}
