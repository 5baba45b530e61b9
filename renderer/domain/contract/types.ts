/** Climate contracts (klimakontrakter) and the template they are made from. */
import type { PersonRole, Tier } from '../organisation/types'
import type { BaseRecord, DateOnly, Iso } from '../record'

export type ClimateContract = BaseRecord & {
  organisationId: string
  /** Signing lunch the contract was made for or signed at, if any. */
  eventId: string | null
  templateVersion: number
  /** Which tier's template it was made from; absent on older contracts (member templates then). */
  templateTier?: Tier
  generatedAt: Iso | null
  commissionerName: string
  /** The whole document model, so an old contract re-prints exactly as it was. */
  snapshot: Record<string, unknown> | null
  signedDate: DateOnly | null
  signatoryPersonId: string | null
  signatoryName: string
  /**
   * The signer's roles as they were when the contract was made (or signed, if the signer changed),
   * so a later role change or erasure does not rewrite the year's Lederforankring. Absent on
   * contracts made before it was kept: those fall back to the person's current roles.
   */
  signatoryRolesAtTime?: PersonRole[] | null
  caseNumber: string
  attachmentId: string | null
}

export type ContractTemplate = BaseRecord & {
  /** The tier this text is for; absent on versions saved before partners had their own (member). */
  tier?: Tier
  /** Counts per tier: the partner template has its own versions 1, 2, … */
  version: number
  body: string
  logoAttachmentId: string | null
}
