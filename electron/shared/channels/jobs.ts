import { z } from 'zod'
import { defineChannel } from './define'

const jobId = z.string().min(1).max(100)

/** Long work in main that the page can start ahead and stop. */
export const jobsChannels = {
  /** The page is about to ask for PDFs (e.g. the contract batch page opened): start the PDF worker now. */
  warmPdf: defineChannel<{ started: boolean }>()(z.object({}).strict()),
  /** Stops a job (by the id the page gave it): it ends with `cancelled` and nothing it made is kept. */
  cancelJob: defineChannel<{ cancelled: boolean }>()(z.object({ jobId }).strict()),
}
