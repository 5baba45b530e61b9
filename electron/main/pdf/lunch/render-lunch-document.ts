/** Renders any of the lunch's documents: the job the PDF worker runs for the lunch planner. */
import type { LunchDocument } from '../../../shared/channels/lunches'
import { PdfDocument } from '../core/document'
import type { JobProgress } from '../worker/job-types'
import { renderAgenda, renderGuestList, renderTablePlan } from './lists'
import { addPlaceCards } from './place-cards'

export type LunchDocumentOutput = { bytes: Uint8Array; pageCount: number }

export async function renderLunchDocument(input: LunchDocument, progress: JobProgress = () => {}): Promise<LunchDocumentOutput> {
  let doc: PdfDocument
  switch (input.kind) {
    case 'placeCards':
      doc = await PdfDocument.create({ title: `Bordkort – ${input.header.title}`, author: 'Oslo kommune' })
      await addPlaceCards(doc, input.cards, progress)
      break
    case 'tablePlan':
      doc = await renderTablePlan(input)
      break
    case 'guestList':
      doc = await renderGuestList(input)
      break
    case 'agenda':
      doc = await renderAgenda(input)
      break
  }
  return { bytes: await doc.save(), pageCount: doc.pdf.getPageCount() }
}
