/**
 * Record shapes stored in IndexedDB. Every record has a UUID key, `updatedAt`, and `deletedAt`
 * (soft delete), so a merge can tell a deletion from a record never seen. Timestamps are ISO
 * strings; date-only values are `YYYY-MM-DD`; text is stored in Unicode NFC.
 */
export type Iso = string
/** `YYYY-MM-DD` */
export type DateOnly = string

export type BaseRecord = {
  id: string
  createdAt: Iso
  updatedAt: Iso
  deletedAt: Iso | null
}

export type Tier = 'medlem' | 'partner'
export type PipelineStatus = 'soker' | 'godkjent' | 'invitert' | 'medlem' | 'utmeldt' | 'avslatt'
export type PersonRole = 'toppleder' | 'stedfortreder' | 'klimakontakt' | 'annen'
export type CriterionKey = 'intent' | 'geography' | 'leadership' | 'action' | 'reporting' | 'participation'
export type ExpectationKey = 'strategy' | 'certification' | 'emissionsAccounts' | 'supplierRequirements'
export type AssessmentStatus = 'oppfylt' | 'ikke-oppfylt' | 'delvis' | 'ukjent'
export type CertificationKind = 'miljofyrtarn' | 'iso14001' | 'emas' | 'annen'
export type EventKind = 'nettverksmote' | 'toppledermote' | 'partnersamling' | 'signeringslunsj' | 'annet'
export type RegistrationStatus = 'invitert' | 'pameldt' | 'avmeldt' | 'mott' | 'ikke-mott'
export type ReportStatus = 'ikke-mottatt' | 'mottatt' | 'godkjent' | 'ma-folges-opp'

export type Assessment = { status: AssessmentStatus; note: string }

export type Organisation = BaseRecord & {
  name: string
  /** Nine digits, no spaces; empty when unknown. */
  orgNumber: string
  sector: string
  address: { street: string; postalCode: string; municipality: string }
  website: string
  employeeBand: string
  tier: Tier
  partnerFee: { year: number; amount: number; paid: boolean }[]
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
}

export type MeetingEvent = BaseRecord & {
  kind: EventKind
  title: string
  date: DateOnly
  startTime: string
  endTime: string
  place: string
  room: string
  capacity: number | null
  notes: string
  cancelledAt: Iso | null
  /** Signing lunch details; null for other kinds. */
  lunch: SigningLunch | null
  /** Organisations invited; people are registered separately. Missing on records made before it existed. */
  invitedOrganisationIds?: string[]
}

/** A host at a signing lunch (the agency's director, the secretariat); the commissioner is apart. */
export type LunchHost = { id: string; name: string; title: string }

export type SigningLunch = {
  /** From settings when the lunch is made, editable per lunch. */
  commissionerName: string
  commissionerTitle: string
  maxOrganisations: number
  maxGuestsPerOrganisation: number
  hosts: LunchHost[]
  welcomeMinutes: number
  signingMinutes: number
  speakingOrder: { organisationId: string; minutes: number }[]
  /** When "Registrer signering" was done. */
  signingRegisteredAt: Iso | null
}

export type Registration = BaseRecord & {
  eventId: string
  organisationId: string
  personId: string
  /** The person's roles at the time of registering, so later role changes keep history. */
  rolesAtTime: PersonRole[]
  status: RegistrationStatus
  checkedInAt: Iso | null
  walkIn: boolean
  /** The status before the door check-in, so a mistaken check-in is undone exactly. */
  statusBeforeCheckIn?: RegistrationStatus | null
}

export type SeatingPlan = BaseRecord & {
  eventId: string
  data: SeatingPlanData
}

export type LunchTable = { id: string; name: string; shape: 'round' | 'rect'; seats: number }

/** Guest ids are registration ids, `host:<id>` for hosts and `commissioner` for the commissioner. */
export type SeatingPlanData = {
  tables: LunchTable[]
  /** `tableId:seatIndex` → guest id. */
  assignment: Record<string, string>
  locked: string[]
  rules: {
    weights: Record<'hostsSpread' | 'organisationGrouping' | 'sectorsMixed' | 'sectorsNotAdjacent' | 'colleaguesAdjacent', number>
    organisationMode: 'together' | 'apart'
  }
}

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

export type Attachment = BaseRecord & {
  ownerTable: string
  ownerId: string
  name: string
  mimeType: string
  bytes: Uint8Array
}

export type Sector = BaseRecord & { name: string }

export type AuditAction = 'create' | 'update' | 'delete' | 'restore' | 'import' | 'erase'

export type AuditEntry = {
  id: string
  at: Iso
  table: string
  entityId: string
  action: AuditAction
  /** Changed fields: previous and new values. */
  changes: Record<string, { from: unknown; to: unknown }>
  summary: string
  userName: string
  installId: string
  /**
   * Write order within this session, to order entries stamped in the same millisecond (two writes
   * in one transaction often are). Not indexed; absent on entries from older versions.
   */
  seq?: number
}

/** This laptop: never exported over another laptop's. */
export type DeviceInfo = { id: 'this'; installId: string; userName: string; createdAt: Iso }

/** An export this data has passed through; merges find the last export two copies shared. */
export type SyncPoint = { id: string; at: Iso; installId: string }

/**
 * One line of the erasure ledger: a person erased for good, or an organisation whose trash was
 * emptied. Ids and dates only, never content: it travels in every export and backup, and every
 * import applies it, so no older file brings the erased back.
 */
export type ErasureRecord = { id: string; table: 'people' | 'organisations'; erasedAt: Iso }
