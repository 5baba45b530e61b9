/** Annual reports (årsrapporter) and the checklist the secretariat fills from them. */
import type { CertificationKind } from '../organisation/types'
import type { BaseRecord, DateOnly } from '../record'

export type ReportStatus = 'ikke-mottatt' | 'mottatt' | 'godkjent' | 'ma-folges-opp'

export type AnnualReport = BaseRecord & {
  organisationId: string
  year: number
  status: ReportStatus
  receivedDate: DateOnly | null
  caseNumber: string
  data: Record<string, unknown>
  /** The checklist; absent on records written before it existed (read through `withChecklist`). */
  checklist?: ReportChecklist
  /** The year the checklist was prefilled from, until the user confirms it; null when entered. */
  prefilledFrom?: number | null
  /** The received report file, in `attachments`. */
  attachmentId?: string | null
}

/** What the secretariat checks in an annual report; null means "not stated". */
export type ReportChecklist = {
  strategy: boolean | null
  certification: { kind: CertificationKind | null; validUntil: DateOnly | null }
  emissionsAccounts: { kept: boolean | null; scope1: boolean; scope2: boolean; scope3: boolean; tool: string }
  reductionTarget: { baseYear: number | null; targetYear: number | null; percent: number | null }
  supplierRequirements: boolean | null
  measuresDone: string
  measuresPlanned: string
  /** Partners only: climate accounts through Klimapartnere, and optional tonnes CO₂e per scope. */
  partner: {
    klimapartnereDate: DateOnly | null
    tonnes: { scope1: number | null; scope2: number | null; scope3: number | null }
  }
}
