/**
 * Every kind of PDF work that runs in the worker. To add one: add its input/output types to
 * `PdfJobs` and its function to `pdfJobs` (one line each). Inputs and outputs cross a thread
 * boundary: plain data and Uint8Arrays only.
 */
import { renderContractBatch, type ContractBatchInput, type ContractBatchOutput } from '../contract/batch'
import { renderLunchDocument, type LunchDocumentOutput } from '../lunch/render-lunch-document'
import type { LunchDocument } from '../../../shared/channels/lunches'
import type { JobProgress } from './job-types'
import { renderStatusReport } from '../status-report'
import type { StatusReportModel } from '../../../shared/channels/reports'

export type PdfJobs = {
  contracts: { input: ContractBatchInput; output: ContractBatchOutput }
  statusReport: { input: StatusReportModel; output: { bytes: Uint8Array; pageCount: number } }
  lunchDocument: { input: LunchDocument; output: LunchDocumentOutput }
}
export type PdfJobKind = keyof PdfJobs

export const pdfJobs: { [K in PdfJobKind]: (input: PdfJobs[K]['input'], progress: JobProgress) => Promise<PdfJobs[K]['output']> } = {
  contracts: renderContractBatch,
  statusReport: renderStatusReport,
  lunchDocument: renderLunchDocument,
}
