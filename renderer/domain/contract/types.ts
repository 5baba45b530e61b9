/** Climate contracts (klimakontrakter) and the template they are made from. */
import type { BaseRecord, DateOnly, Iso } from '../record'

export type ClimateContract = BaseRecord & {
  organisationId: string
  /** Signing lunch the contract was made for or signed at, if any. */
  eventId: string | null
  templateVersion: number
  generatedAt: Iso | null
  commissionerName: string
  /** The whole document model, so an old contract re-prints exactly as it was. */
  snapshot: Record<string, unknown> | null
  signedDate: DateOnly | null
  signatoryPersonId: string | null
  signatoryName: string
  caseNumber: string
  attachmentId: string | null
}

export type ContractTemplate = BaseRecord & {
  version: number
  body: string
  logoAttachmentId: string | null
}
