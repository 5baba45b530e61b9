/** The words of annual reports: the statuses of a year's report. */
import type { ReportStatus } from './types'

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  'ikke-mottatt': 'Ikke mottatt',
  mottatt: 'Mottatt',
  godkjent: 'Godkjent',
  'ma-folges-opp': 'Må følges opp',
}

export const REPORT_STATUSES = Object.keys(REPORT_STATUS_LABELS) as ReportStatus[]
