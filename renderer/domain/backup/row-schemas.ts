/**
 * Row validation for import: what the app will read. Strict on the base fields, on every date,
 * timestamp, status and reference field; tolerant of other fields. Only the tables the database
 * knows can be imported: a table name must be an own property of ROW_SCHEMAS (so `toString` or
 * `hasOwnProperty` are no tables), and a test keeps ROW_SCHEMAS equal to the exported tables.
 */
import { z } from 'zod'
import { INVITATION_LOG_KINDS } from '../event/invitation-log'
import { EVENT_KINDS, REGISTRATION_STATUSES } from '../event/labels'
import { PIPELINE_STATUSES, ROLE_KEYS, TIERS } from '../organisation/labels'
import { organisationNameError, personNameError, personTitleError, sectorNameError } from '../organisation/validation'
import type { AuditAction } from '../record'
import { REPORT_STATUSES } from '../report/labels'
import { settingsSchema } from '../settings/settings'
import { isRealDate, isUtcTimestamp } from './timestamps'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function isUuid(value: unknown): boolean {
  return typeof value === 'string' && UUID.test(value)
}

const AUDIT_ACTIONS = ['create', 'update', 'delete', 'restore', 'import', 'erase'] as const satisfies readonly AuditAction[]

const uuid = z.string().refine(isUuid, 'må være en UUID')
const isoTime = z.string().refine(isUtcTimestamp, 'må være et tidspunkt som finnes, i UTC (ÅÅÅÅ-MM-DDTtt:mm:ss.sssZ)')
const dateOnly = z.string().refine(isRealDate, 'må være en dato som finnes (ÅÅÅÅ-MM-DD)')
/** A loose object: the named fields are checked, any other field passes as it is. */
function loose<T extends z.ZodRawShape>(shape: T) {
  return z.object(shape).catchall(z.unknown())
}
/**
 * A row's text fields checked by the entity's own rules (the editor's: required, length, only what
 * the PDF font can draw), so a file cannot bring in a name the editor would refuse. An erased row is
 * blank by design and skips them. The rule's sentence ends the refusal, which adds its own full stop.
 */
function obeys(rules: Readonly<Record<string, (value: string) => string | null>>) {
  return (row: Record<string, unknown>, ctx: z.RefinementCtx): void => {
    if (row.erasedAt) return
    for (const [field, rule] of Object.entries(rules)) {
      const value = row[field]
      const message = typeof value === 'string' ? rule(value) : null
      if (message) ctx.addIssue({ code: 'custom', path: [field], message: message.replace(/\.$/, '') })
    }
  }
}
const optionalId = uuid.nullable().optional()
const optionalDate = dateOnly.nullable().optional()
const optionalTime = isoTime.nullable().optional()

const base = loose({ id: uuid, createdAt: isoTime, updatedAt: isoTime, deletedAt: isoTime.nullable() })
const belongsToOrganisation = base.extend({ organisationId: uuid })
const organisation = base.extend({
  name: z.string(),
  orgNumber: z.string(),
  status: z.enum(PIPELINE_STATUSES),
  tier: z.enum(TIERS),
  signedDate: optionalDate,
  certification: loose({ validUntil: optionalDate }).optional(),
  erasedAt: optionalTime,
  mergedInto: uuid.optional(),
}).superRefine(obeys({ name: organisationNameError }))
const person = belongsToOrganisation
  .extend({ name: z.string(), email: z.string().optional(), roles: z.array(z.string()).optional(), erasedAt: optionalTime, mergedInto: uuid.optional() })
  .superRefine(obeys({ name: personNameError, title: personTitleError }))
const meetingEvent = base.extend({
  title: z.string(),
  date: dateOnly,
  kind: z.enum(EVENT_KINDS),
  cancelledAt: optionalTime,
  invitedOrganisationIds: z.array(uuid).optional(),
  lunch: loose({ speakingOrder: z.array(loose({ organisationId: uuid })).optional(), signingRegisteredAt: optionalTime }).nullable().optional(),
})
const registration = base.extend({ eventId: uuid, organisationId: uuid, personId: uuid, status: z.enum(REGISTRATION_STATUSES), checkedInAt: optionalTime })
const seatingPlan = base.extend({ eventId: uuid, data: loose({ assignment: z.record(z.string(), z.string()).optional() }) })
const annualReport = belongsToOrganisation.extend({
  year: z.number().int(),
  status: z.enum(REPORT_STATUSES),
  receivedDate: optionalDate,
  attachmentId: optionalId,
  checklist: loose({
    certification: loose({ validUntil: optionalDate }).optional(),
    partner: loose({ klimapartnereDate: optionalDate }).optional(),
  }).optional(),
})
const contract = belongsToOrganisation.extend({
  eventId: optionalId,
  signatoryPersonId: optionalId,
  attachmentId: optionalId,
  signedDate: optionalDate,
  generatedAt: optionalTime,
  signatoryRolesAtTime: z.array(z.enum(ROLE_KEYS)).nullable().optional(),
})
const contractTemplate = base.extend({ tier: z.enum(TIERS).optional(), version: z.number().int(), body: z.string(), logoAttachmentId: optionalId })
const attachment = base.extend({ ownerTable: z.string(), ownerId: uuid, bytes: z.instanceof(Uint8Array, { message: 'må være filinnhold' }) })
/** The very schema Innstillinger reads settings with, so a row that passes here never makes it throw. */
const settings = settingsSchema.extend({
  id: z.literal('app'),
  createdAt: isoTime,
  updatedAt: isoTime,
  deletedAt: z.null(),
  // Stricter than the app's own schema on one point: a due date must be a day that exists.
  reportDueDates: z.record(z.string(), dateOnly).optional(),
})
const auditEntry = loose({
  id: uuid,
  at: isoTime,
  table: z.string(),
  entityId: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  changes: z.record(z.string(), z.unknown()),
  summary: z.string(),
  userName: z.string(),
  installId: z.string(),
})
const syncPoint = loose({ id: uuid, at: isoTime, installId: z.string() })
/** Ids and dates only: a ledger line with any other field is refused, so it never carries personal data. */
const erasure = z.strictObject({ id: uuid, table: z.enum(['people', 'organisations']), erasedAt: isoTime })

const invitationLogEntry = base.extend({
  eventId: uuid,
  at: isoTime,
  kind: z.enum(INVITATION_LOG_KINDS),
  registrationId: optionalId,
  personId: optionalId,
  calendar: z.object({ sequence: z.number().int().min(0), fingerprint: z.string() }).nullable(),
})

/** Every table an export holds, and how its rows are checked. */
export const ROW_SCHEMAS: Readonly<Record<string, z.ZodType>> = Object.freeze({
  organisations: organisation,
  statusEvents: belongsToOrganisation.extend({ status: z.enum(PIPELINE_STATUSES), date: dateOnly }),
  people: person,
  sectors: base.extend({ name: z.string() }).superRefine(obeys({ name: sectorNameError })),
  events: meetingEvent,
  registrations: registration,
  seatingPlans: seatingPlan,
  annualReports: annualReport,
  contracts: contract,
  contractTemplates: contractTemplate,
  attachments: attachment,
  settings,
  auditLog: auditEntry,
  syncLog: syncPoint,
  erasures: erasure,
  invitationLog: invitationLogEntry,
  applications: belongsToOrganisation.extend({ formId: z.string(), date: dateOnly, tier: z.enum(TIERS), answers: z.array(loose({ question: z.string(), answer: z.string() })) }),
})

export function isKnownTable(table: string): boolean {
  return Object.hasOwn(ROW_SCHEMAS, table)
}

/** The schema of a known table; undefined for any other name, inherited ones included. */
export function schemaFor(table: string): z.ZodType | undefined {
  return isKnownTable(table) ? ROW_SCHEMAS[table] : undefined
}

/** Tables whose rows are facts kept by union, never in conflict; the ledger is never shortened either. */
export function isAppendOnly(table: string): boolean {
  return table === 'auditLog' || table === 'syncLog' || table === 'erasures'
}
