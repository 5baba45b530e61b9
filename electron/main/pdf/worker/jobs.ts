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
import type { NameBadgesInput } from '../../../shared/channels/badges'
import type { KitchenListModel } from '../../../shared/channels/kitchen'
import { renderNameBadges } from '../badges/name-badges'
import { renderKitchenList } from '../lunch/kitchen-list'

type PdfOutput = { bytes: Uint8Array; pageCount: number }

export type PdfJobs = {
  contracts: { input: ContractBatchInput; output: ContractBatchOutput }
  statusReport: { input: StatusReportModel; output: { bytes: Uint8Array; pageCount: number } }
  lunchDocument: { input: LunchDocument; output: LunchDocumentOutput }
  nameBadges: { input: NameBadgesInput; output: PdfOutput }
  kitchenList: { input: KitchenListModel; output: PdfOutput }
}
export type PdfJobKind = keyof PdfJobs

export const pdfJobs: { [K in PdfJobKind]: (input: PdfJobs[K]['input'], progress: JobProgress) => Promise<PdfJobs[K]['output']> } = {
  contracts: renderContractBatch,
  statusReport: renderStatusReport,
  lunchDocument: renderLunchDocument,
  nameBadges: renderNameBadges,
  kitchenList: renderKitchenList,
}
