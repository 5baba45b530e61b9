/**
 * Applications from the application form: the import (one transaction: it lands whole or not at
 * all), the applications of an organisation, and the review queue's decisions.
 */
import type { Application, Organisation, Person, PersonRole, Sector } from '../models'
import { db } from '../db'
import { normaliseOrgNumber } from '../../../electron/shared/org-number'
import { err, ok, type Result } from '../../../electron/shared/result'
import type { ApplicationContext, ApplicationChoices, ApplicationPlan, PlannedPerson, PlannedRow } from '../../domain/application/plan'
import { municipalityFor, openQuestions, rolesOf, sectorFor } from '../../domain/application/plan'
import { postalPlaceKey } from '../../domain/application/postal'
import type { ApplicationDraft } from '../../domain/application/form-rows'
import { validateOrganisation } from '../../domain/organisation/validation'
import { foldText } from '../../lib/text-fold'
import { formatDate } from '../../lib/dates'
import { findDuplicatePerson } from '../../domain/organisation/duplicates'
import { emptyOrganisationInput } from './organisations-repo'
import { peopleOf } from './people-repo'
import { writeStatusEvent } from './status-events-repo'
import { loadSettings, saveSettings } from './settings-repo'
import { listSectors } from './sectors-repo'
import { audit, diffRecords, newRecord, nfc, nowIso } from './base'

/** What the plan compares the file with: the register, the form ids seen, sectors and places. */
export async function applicationContext(): Promise<ApplicationContext> {
  const d = db()
  const [organisations, people, applications, sectors, settings] = await Promise.all([
    d.organisations.toArray(),
    d.people.toArray(),
    d.applications.toArray(),
    listSectors(),
    loadSettings(),
  ])
  return {
    organisations: organisations.filter((o) => !o.deletedAt),
    people: people.filter((p) => !p.deletedAt),
    importedFormIds: new Set(applications.map((a) => a.formId)),
    sectors,
    municipalityByPlace: settings.postalPlaceMunicipalities,
    municipalities: settings.geographyMunicipalities,
  }
}

export type ApplicationImportOutcome = { created: number; added: number; updated: number }

function applicationRecord(draft: ApplicationDraft, organisationId: string, source: string): Application {
  return newRecord({
    organisationId,
    formId: draft.formId,
    date: draft.date,
    startedAt: draft.startedAt,
    submittedAt: draft.submittedAt,
    tier: draft.tier,
    answers: draft.answers,
    source,
  }) as Application
}

function certificationKind(answer: string): Organisation['certification']['kind'] {
  const a = foldText(answer)
  if (a.includes('miljofyrtarn')) return 'miljofyrtarn'
  if (a.includes('14001')) return 'iso14001'
  if (a.includes('emas')) return 'emas'
  return null
}

async function addPeople(org: Organisation, people: PlannedPerson[], draft: ApplicationDraft, takeDifferences: boolean): Promise<void> {
  const d = db()
  for (const planned of people) {
    const roles = rolesOf(planned, draft)
    // Someone added by an earlier row of the same file (an organisation that applied twice) is the same person.
    const known = planned.existingId ?? (planned.draft.email ? findDuplicatePerson(planned.draft, await peopleOf(org.id))?.id : undefined)
    if (known) {
      const before = await d.people.get(known)
      if (!before) continue
      const addedRoles = roles.filter((r) => !before.roles.includes(r))
      const fields = takeDifferences && planned.existingId ? Object.fromEntries(planned.differences.map((x) => [x.field, x.incoming])) : {}
      if (addedRoles.length === 0 && Object.keys(fields).length === 0) continue
      const after: Person = nfc({ ...before, ...fields, roles: [...before.roles, ...addedRoles] as PersonRole[], updatedAt: nowIso() })
      await d.people.put(after)
      await audit('people', after.id, 'update', `Opplysninger om ${after.name} ble oppdatert fra søknaden`, diffRecords(before, after))
      continue
    }
    const person = newRecord({ ...planned.draft, roles, organisationId: org.id }) as Person
    await d.people.add(person)
    await audit('people', person.id, 'create', `${person.name} ble importert fra søknaden hos ${org.name}`)
  }
}

/**
 * Writes the planned applications the user kept. Refuses (and writes nothing) while a sector or a
 * municipality is still unanswered, or when a row no longer passes the organisation's validation.
 */
export async function importApplications(plan: ApplicationPlan, choices: ApplicationChoices, source: string): Promise<Result<ApplicationImportOutcome>> {
  const open = openQuestions(plan, choices)
  if (open.length > 0) return err('invalid-data', open.join(' '))
  const rows = plan.rows.filter((r): r is Extract<PlannedRow, { action: 'new' | 'again' | 'update' }> =>
    (r.action === 'new' || r.action === 'again' || r.action === 'update') && !choices.skipped.has(r.draft.line),
  )
  const d = db()
  const sectors = await listSectors()
  const tables = [d.organisations, d.statusEvents, d.people, d.applications, d.sectors, d.auditLog, d.device]
  try {
    const result = await d.transaction('rw', tables, async () => writeApplications(rows, plan, choices, source, sectors))
    // The reviewer's municipality per postal place is remembered once the applications are in.
    if (result.ok) await rememberMunicipalities(choices.municipalities)
    return result
  } catch (error) {
    // The transaction is rolled back: nothing of the file is saved.
    if (error instanceof RowRefused) return err('invalid-data', error.message)
    throw error
  }
}

class RowRefused extends Error {}

async function writeApplications(
  rows: Extract<PlannedRow, { action: 'new' | 'again' | 'update' }>[],
  plan: ApplicationPlan,
  choices: ApplicationChoices,
  source: string,
  sectors: string[],
): Promise<Result<ApplicationImportOutcome>> {
  const d = db()
  const outcome: ApplicationImportOutcome = { created: 0, added: 0, updated: 0 }
  const createdByLine = new Map<number, Organisation>()
  const newSectors = new Set<string>()
  for (const row of rows) {
    const { draft } = row
    const sector = sectorFor(draft, plan, choices, sectors)
    if (sector && !sectors.some((s) => foldText(s) === foldText(sector))) newSectors.add(sector)
    const address = { street: draft.street, postalCode: draft.postalCode, postalPlace: draft.postalPlace, municipality: municipalityFor(draft, choices) }
    if (row.action === 'new') {
      const input = {
        ...emptyOrganisationInput(),
        name: draft.name,
        orgNumber: normaliseOrgNumber(draft.orgNumber),
        sector,
        address,
        employeeBand: draft.employees,
        tier: draft.tier,
        certification: { kind: certificationKind(draft.certification), validUntil: null, note: draft.certification },
      }
      const errors = validateOrganisation(input)
      if (Object.keys(errors).length > 0) throw new RowRefused(`Rad ${draft.line}: ${Object.values(errors).join(' ')} Ingenting er importert.`)
      const org = newRecord({ ...input, status: 'soker', signedDate: null }) as Organisation
      await d.organisations.add(org)
      await audit('organisations', org.id, 'create', `Virksomheten ${org.name} søkte ${formatDate(draft.date)} (importert fra ${source})`)
      await writeStatusEvent(org.id, 'soker', draft.date, `Søknad ${draft.formId} fra søknadsskjemaet`)
      await addPeople(org, row.people, draft, false)
      await d.applications.add(applicationRecord(draft, org.id, source))
      createdByLine.set(draft.line, org)
      outcome.created++
      continue
    }
    const target = row.action === 'again' ? createdByLine.get(row.firstLine) : await d.organisations.get(row.existing.id)
    if (!target) continue
    let org = target
    const take = row.action === 'update' && choices.takeDifferences.has(draft.line)
    if (take) {
      const fields = Object.fromEntries(row.differences.map((x) => [x.field, x.incoming]))
      // The form may give no municipality; the reviewer's choice for the postal place is the new value then.
      if (address.municipality) fields.municipality = address.municipality
      const after: Organisation = nfc({
        ...org,
        name: fields.name ?? org.name,
        employeeBand: fields.employeeBand ?? org.employeeBand,
        tier: (fields.tier as Organisation['tier'] | undefined) ?? org.tier,
        address: { ...org.address, ...pick(fields, ['street', 'postalCode', 'postalPlace', 'municipality']) },
        updatedAt: nowIso(),
      })
      await d.organisations.put(after)
      await audit('organisations', org.id, 'update', `Opplysninger om ${after.name} ble oppdatert fra søknaden`, diffRecords(org, after))
      org = after
      outcome.updated++
    }
    // A new application from one who left or was turned down puts it back in the queue; a member stays a member.
    if (org.status === 'avslatt' || org.status === 'utmeldt') org = await writeStatusEvent(org.id, 'soker', draft.date, `Ny søknad ${draft.formId} fra søknadsskjemaet`)
    await addPeople(org, row.people, draft, take)
    await d.applications.add(applicationRecord(draft, org.id, source))
    await audit('organisations', org.id, 'update', `Ny søknad ${draft.formId} fra ${formatDate(draft.date)} (importert fra ${source})`)
    outcome.added++
  }
  for (const name of newSectors) {
    const sector = newRecord({ name }) as Sector
    await d.sectors.add(sector)
    await audit('sectors', sector.id, 'create', `Bransjen ${name} ble lagt til fra søknadsimporten`)
  }
  return ok(outcome)
}

async function rememberMunicipalities(chosen: Readonly<Record<string, string>>): Promise<void> {
  const settings = await loadSettings()
  const remembered = { ...settings.postalPlaceMunicipalities }
  for (const [place, municipality] of Object.entries(chosen)) if (municipality.trim()) remembered[postalPlaceKey(place)] = municipality.trim()
  await saveSettings({ postalPlaceMunicipalities: remembered })
}

const pick = (fields: Record<string, string>, keys: string[]) => Object.fromEntries(keys.filter((k) => k in fields).map((k) => [k, fields[k]]))

/** Live applications of one organisation, newest first. */
export async function applicationsOf(organisationId: string): Promise<Application[]> {
  const rows = await db().applications.where('organisationId').equals(organisationId).toArray()
  return rows.filter((a) => !a.deletedAt).sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))
}

export type Applicant = { organisation: Organisation; people: Person[]; applications: Application[] }

/** Organisations whose current status is søker, oldest application first (read only; safe in live queries). */
export async function listApplicants(): Promise<Applicant[]> {
  const d = db()
  const orgs = (await d.organisations.where('status').equals('soker').toArray()).filter((o) => !o.deletedAt)
  const ids = orgs.map((o) => o.id)
  const [people, applications] = await Promise.all([d.people.where('organisationId').anyOf(ids).toArray(), d.applications.where('organisationId').anyOf(ids).toArray()])
  const out = orgs.map((organisation) => ({
    organisation,
    people: people.filter((p) => p.organisationId === organisation.id && !p.deletedAt),
    applications: applications.filter((a) => a.organisationId === organisation.id && !a.deletedAt).sort((a, b) => b.submittedAt.localeCompare(a.submittedAt)),
  }))
  const first = (a: Applicant) => a.applications.at(-1)?.submittedAt ?? a.organisation.createdAt
  return out.sort((a, b) => first(a).localeCompare(first(b)) || a.organisation.name.localeCompare(b.organisation.name, 'nb'))
}

export type Decision = 'godkjent' | 'avslatt'

/** Approves or rejects several applicants at once, each as a dated status event with the reason. */
export async function decideApplications(organisationIds: readonly string[], decision: Decision, date: string, reason: string): Promise<Result<number>> {
  if (decision === 'avslatt' && !reason.trim()) return err('invalid-data', 'Skriv en begrunnelse for avslaget.')
  if (organisationIds.length === 0) return err('invalid-data', 'Velg minst én søker.')
  const d = db()
  return d.transaction('rw', [d.organisations, d.statusEvents, d.auditLog, d.device], async () => {
    for (const id of organisationIds) {
      const org = await d.organisations.get(id)
      if (!org || org.deletedAt || org.status !== 'soker') return err('refused', `${org?.name ?? 'Virksomheten'} er ikke lenger søker.`)
    }
    for (const id of organisationIds) await writeStatusEvent(id, decision, date, reason)
    return ok(organisationIds.length)
  })
}
