/**
 * Row validation for import. Strict on the base fields (id, createdAt, updatedAt, deletedAt) and on
 * the fields import and CSV rely on; tolerant of other fields, so features that add fields or tables
 * do not break the import of their own exports.
 */
import { z } from 'zod'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

export const uuid = z.string().regex(UUID, 'må være en UUID')
export const isoTime = z
  .string()
  .regex(ISO, 'må være et tidspunkt (ISO 8601)')
  .refine((v) => !Number.isNaN(Date.parse(v)), 'må være et gyldig tidspunkt')
const dateOnly = z.string().regex(DATE_ONLY, 'må være en dato (ÅÅÅÅ-MM-DD)')

const base = z
  .object({ id: uuid, createdAt: isoTime, updatedAt: isoTime, deletedAt: isoTime.nullable() })
  .catchall(z.unknown())

const organisation = base.extend({
  name: z.string(),
  orgNumber: z.string(),
  status: z.string(),
  tier: z.string(),
  signedDate: dateOnly.nullable().optional(),
})
const belongsToOrganisation = base.extend({ organisationId: uuid })
const person = belongsToOrganisation.extend({ name: z.string(), email: z.string().optional() })
const registration = base.extend({ eventId: uuid, organisationId: uuid, personId: uuid, status: z.string() })
const annualReport = belongsToOrganisation.extend({ year: z.number().int(), status: z.string() })
const meetingEvent = base.extend({ title: z.string(), date: dateOnly, kind: z.string() })
const attachment = base.extend({ bytes: z.instanceof(Uint8Array, { message: 'må være filinnhold' }) })
const settings = z
  .object({ id: z.literal('app'), createdAt: isoTime, updatedAt: isoTime, deletedAt: z.null() })
  .catchall(z.unknown())
const auditEntry = z
  .object({
    id: uuid,
    at: isoTime,
    table: z.string(),
    entityId: z.string(),
    action: z.string(),
    changes: z.record(z.string(), z.unknown()),
    summary: z.string(),
    userName: z.string(),
    installId: z.string(),
  })
  .catchall(z.unknown())
const syncPoint = z.object({ id: uuid, at: isoTime, installId: z.string() }).catchall(z.unknown())

/** Known tables; any other table (added by a later feature) is checked as a base record. */
export const ROW_SCHEMAS: Record<string, z.ZodType> = {
  organisations: organisation,
  statusEvents: belongsToOrganisation.extend({ status: z.string(), date: dateOnly }),
  people: person,
  events: meetingEvent,
  registrations: registration,
  annualReports: annualReport,
  contracts: belongsToOrganisation,
  attachments: attachment,
  settings,
  auditLog: auditEntry,
  syncLog: syncPoint,
}

export const schemaFor = (table: string): z.ZodType => ROW_SCHEMAS[table] ?? base

/** Tables whose rows are immutable facts (kept by union, never in conflict). */
export const APPEND_ONLY_TABLES = new Set(['auditLog', 'syncLog'])

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype'])

/** Path of the first key that could poison an object prototype, or null. */
export function findForbiddenKey(value: unknown): string[] | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findForbiddenKey(value[i])
      if (found) return [String(i), ...found]
    }
    return null
  }
  if (value && typeof value === 'object' && !(value instanceof Uint8Array)) {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN.has(key)) return [key]
      const found = findForbiddenKey((value as Record<string, unknown>)[key])
      if (found) return [key, ...found]
    }
  }
  return null
}
