/** An organisation, its people and its dated steps through the membership pipeline. */
import type { BaseRecord, DateOnly, Iso } from '../record'

export type Tier = 'medlem' | 'partner'

export type PartnerFee = { year: number; amount: number; invoiced?: boolean; paid: boolean }

export type PipelineStatus = 'soker' | 'godkjent' | 'invitert' | 'medlem' | 'utmeldt' | 'avslatt'

export type PersonRole = 'toppleder' | 'stedfortreder' | 'klimakontakt' | 'annen'

export type CriterionKey = 'intent' | 'geography' | 'leadership' | 'action' | 'reporting' | 'participation'

export type ExpectationKey = 'strategy' | 'certification' | 'emissionsAccounts' | 'supplierRequirements'

export type AssessmentStatus = 'oppfylt' | 'ikke-oppfylt' | 'delvis' | 'ukjent'

export type CertificationKind = 'miljofyrtarn' | 'iso14001' | 'emas' | 'annen'

export type Assessment = { status: AssessmentStatus; note: string }

export type Organisation = BaseRecord & {
  name: string
  /** Nine digits, no spaces; empty when unknown. */
  orgNumber: string
  sector: string
  /**
   * The postal place (from the postcode) is not the municipality: Lysaker is in Bærum. Geografisk
   * relevans is judged on the municipality. `postalPlace` is absent on records made before it existed.
   */
  address: { street: string; postalCode: string; postalPlace?: string; municipality: string }
  website: string
  employeeBand: string
  tier: Tier
  /** Each change of tier with its date, oldest first; absent until the first change. */
  tierHistory?: { date: DateOnly; from: Tier; to: Tier }[]
  /** Per year: the fee, whether it is invoiced (fakturert; absent on older rows: not yet) and paid. */
  partnerFee: PartnerFee[]
  criteria: Record<CriterionKey, Assessment>
  expectations: Record<ExpectationKey, Assessment>
  certification: { kind: CertificationKind | null; validUntil: DateOnly | null; note: string }
  notes: string
  /** The latest status event, kept here so lists need not join. */
  status: PipelineStatus
  /** Date the latest contract was signed, when a member. */
  signedDate: DateOnly | null
  /** Set when the trash was emptied: the record stays as a tombstone with its content cleared. */
  erasedAt?: Iso | null
  /**
   * While in the trash: the people moved there with it, so restoring brings back exactly those and
   * never one removed earlier (a timestamp alone can coincide). Not indexed; absent on older rows.
   */
  trashedPersonIds?: string[]
  /** Set when the record was joined into another (the duplicate merge): that one's id. It stays deleted. */
  mergedInto?: string
}

/** A dated step in the membership pipeline; the current status is the latest event. */
export type StatusEvent = BaseRecord & {
  organisationId: string
  status: PipelineStatus
  date: DateOnly
  note: string
}

export type Person = BaseRecord & {
  organisationId: string
  name: string
  title: string
  email: string
  phone: string
  roles: PersonRole[]
  /** Set when the trash was emptied: the record stays as a tombstone with its content cleared. */
  erasedAt?: Iso | null
  /** Set when the person was joined into another (the duplicate merge): that one's id. It stays deleted. */
  mergedInto?: string
}

export type Sector = BaseRecord & { name: string }
