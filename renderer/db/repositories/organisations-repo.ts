/**
 * The member register: organisations with their people and status events. Every write runs in
 * one transaction with its audit entry; deleting moves an organisation and its people to the trash
 * (`deletedAt`), restoring brings back exactly what was trashed with it.
 */
import type { AssessmentStatus, CriterionKey, DateOnly, ExpectationKey, Organisation, PipelineStatus } from '../models'
import { withTierChange } from '../../domain/organisation/tier-history'
import { db } from '../db'
import { normaliseOrgNumber } from '../../../electron/shared/org-number'
import { todayInOslo } from '../../lib/dates'
import { validateOrganisation, type OrganisationInput } from '../../domain/organisation/validation'
import { invalidFields, notFound, ok, type Outcome } from '../../lib/result'
import { EXPECTATION_KEYS } from '../../domain/organisation/labels'
import { audit, diffRecords, newRecord, nfc, nowIso } from './base'
import { writeStatusEvent } from './status-events-repo'
import { CRITERION_KEYS } from '../../domain/criteria/labels'

export type { OrganisationInput }

const assessments = <K extends string>(keys: K[]): Record<K, { status: AssessmentStatus; note: string }> =>
  Object.fromEntries(keys.map((k) => [k, { status: 'ukjent', note: '' }])) as Record<K, { status: AssessmentStatus; note: string }>

/** A blank organisation for the "new" form. */
export function emptyOrganisationInput(): OrganisationInput {
  return {
    name: '',
    orgNumber: '',
    sector: '',
    address: { street: '', postalCode: '', municipality: 'Oslo' },
    website: '',
    employeeBand: '',
    tier: 'medlem',
    partnerFee: [],
    criteria: assessments<CriterionKey>(CRITERION_KEYS),
    expectations: assessments<ExpectationKey>(EXPECTATION_KEYS),
    certification: { kind: null, validUntil: null, note: '' },
    notes: '',
  }
}

/** What the user typed, trimmed and normalised; or the refusal with every bad field. */
function cleanInput(input: OrganisationInput): Outcome<OrganisationInput> {
  const errors = validateOrganisation(input)
  if (Object.keys(errors).length > 0) return invalidFields(errors)
  return ok(nfc({
    ...input,
    name: input.name.trim().replace(/\s+/g, ' '),
    orgNumber: normaliseOrgNumber(input.orgNumber),
    sector: input.sector.trim(),
    address: {
      street: input.address.street.trim(),
      postalCode: input.address.postalCode.trim(),
      ...(input.address.postalPlace === undefined ? {} : { postalPlace: input.address.postalPlace.trim() }),
      municipality: input.address.municipality.trim(),
    },
    website: input.website.trim(),
    partnerFee: [...input.partnerFee].sort((a, b) => a.year - b.year),
  }))
}

export type InitialStatus = { status: PipelineStatus; date: string; note?: string }

export async function createOrganisation(input: OrganisationInput, initial?: InitialStatus): Promise<Outcome<Organisation>> {
  const clean = cleanInput(input)
  if (!clean.ok) return clean
  const d = db()
  return d.transaction('rw', [d.organisations, d.statusEvents, d.auditLog, d.device], async () => {
    const first = initial ?? { status: 'soker' as const, date: todayInOslo() }
    const org = newRecord({ ...clean.data, status: first.status, signedDate: null }) as Organisation
    await d.organisations.add(org)
    await audit('organisations', org.id, 'create', `Virksomheten ${org.name} ble registrert`)
    return ok(await writeStatusEvent(org.id, first.status, first.date, first.note ?? ''))
  })
}

/** Saves the edited organisation; a change of tier is kept in its tier history from `tierChangeDate` (today by default). */
export async function updateOrganisation(id: string, input: OrganisationInput, tierChangeDate: DateOnly = todayInOslo()): Promise<Outcome<Organisation>> {
  const clean = cleanInput(input)
  if (!clean.ok) return clean
  const d = db()
  return d.transaction('rw', [d.organisations, d.auditLog, d.device], async () => {
    const before = await d.organisations.get(id)
    if (!before || before.deletedAt) return notFound('Virksomheten finnes ikke eller ligger i papirkurven.')
    const after: Organisation = { ...before, ...clean.data, updatedAt: nowIso() }
    if (before.tier !== after.tier) after.tierHistory = withTierChange(before.tierHistory, before.tier, after.tier, tierChangeDate)
    const changes = diffRecords(before, after)
    if (Object.keys(changes).length === 0) return ok(before)
    await d.organisations.put(after)
    await audit('organisations', id, 'update', `Opplysninger om ${after.name} ble endret`, changes)
    return ok(after)
  })
}

export async function getOrganisation(id: string): Promise<Organisation | undefined> {
  return db().organisations.get(id)
}

/** Another live organisation with the same number, for the duplicate warning. */
export async function findByOrgNumber(orgNumber: string, exceptId?: string): Promise<Organisation | undefined> {
  const digits = normaliseOrgNumber(orgNumber)
  if (!digits) return undefined
  const rows = await db().organisations.where('orgNumber').equals(digits).toArray()
  return rows.find((o) => o.id !== exceptId && !o.deletedAt)
}

/** Organisations not in the trash (the register's rows). */
export async function listActiveOrganisations(): Promise<Organisation[]> {
  // toArray() then filter: one getAll, several times faster than a cursor at 10,000 rows.
  return (await db().organisations.toArray()).filter((o) => !o.deletedAt)
}

/**
 * Ids of organisations NOT in the trash. Other features filter their lists and counts with it, so
 * a trashed organisation's registrations, reports and contracts disappear with it and return on
 * restore. Safe inside live queries (read only).
 */
export async function activeOrganisationIds(): Promise<Set<string>> {
  const all = await db().organisations.toArray()
  return new Set(all.filter((o) => !o.deletedAt).map((o) => o.id))
}

export async function isOrganisationActive(id: string): Promise<boolean> {
  const org = await db().organisations.get(id)
  return !!org && !org.deletedAt
}

/** Marks one year's partner fee as invoiced (fakturert), from the Partneravgifter list. */
export async function setFeeInvoiced(organisationId: string, year: number, invoiced: boolean): Promise<Organisation> {
  const d = db()
  return d.transaction('rw', [d.organisations, d.auditLog, d.device], async () => {
    const before = await d.organisations.get(organisationId)
    if (!before || before.deletedAt) throw new Error('Virksomheten finnes ikke eller ligger i papirkurven.')
    if (!before.partnerFee.some((f) => f.year === year)) throw new Error(`Ingen partnerkontingent for ${year}.`)
    const after: Organisation = { ...before, partnerFee: before.partnerFee.map((f) => (f.year === year ? { ...f, invoiced } : f)), updatedAt: nowIso() }
    await d.organisations.put(after)
    await audit('organisations', organisationId, 'update', `Partnerkontingent ${year} ${invoiced ? 'merket som fakturert' : 'merket som ikke fakturert'}`, diffRecords(before, after))
    return after
  })
}
