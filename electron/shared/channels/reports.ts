/**
 * The status report the secretariat hands the city each year: the renderer sends the finished
 * Norwegian text (figures already formatted), main lays it out as PDF and saves it.
 */
import { z } from 'zod'
import { defineChannel } from './define'

const line = (max = 500) => z.string().max(max)

export const statusReportMember = z
  .object({
    name: line(),
    tier: line(20),
    signedDate: line(20),
    certification: line(200),
    reportStatus: line(200),
    /** e.g. "5 av 6 oppfylt. Ikke oppfylt: Deltakelse." */
    criteria: line(1_000),
    measuresDone: line(20_000),
    measuresPlanned: line(20_000),
  })
  .strict()
export type StatusReportMember = z.infer<typeof statusReportMember>

/** One partner (or the totals): name, report date, tonnes per scope, sum and change from last year. */
export const partnerEmissionsRow = z
  .object({ name: line(), reportedOn: line(20), scope1: line(40), scope2: line(40), scope3: line(40), total: line(40), change: line(40) })
  .strict()

export const statusReportModel = z
  .object({
    year: z.number().int().min(2000).max(2100),
    /** dd.mm.åååå */
    generatedOn: line(20),
    secretariatName: line(200),
    /** Label and value lines for the summary, e.g. ["Medlemmer", "132 (herav 18 partnere)"]. */
    summary: z.array(z.tuple([line(200), line(200)])).max(30),
    keyFigures: z
      .object({
        previousYear: z.number().int(),
        rows: z.array(z.object({ label: line(200), current: line(40), previous: line(40), change: line(40) }).strict()).max(20),
      })
      .strict(),
    members: z.array(statusReportMember).max(2_000),
    /** Partners' climate accounts through Klimapartnere (tonnes as finished text); absent with no partners. */
    partnerEmissions: z
      .object({
        previousYear: z.number().int(),
        rows: z.array(partnerEmissionsRow).max(2_000),
        totals: partnerEmissionsRow,
        /** e.g. "Endring for de 3 partnerne med tall begge år: −12 t (fra 480 t til 468 t)." */
        note: line(500),
      })
      .strict()
      .optional(),
  })
  .strict()
export type StatusReportModel = z.infer<typeof statusReportModel>

export type StatusReportFile = { path: string; name: string; pageCount: number }

export const reportsChannels = {
  /** Renders the year's status report in main (off its event loop) and saves it through a dialog. */
  renderStatusReport: defineChannel<StatusReportFile>()(z.object({ model: statusReportModel, jobId: line(100) }).strict()),
}
