/**
 * What an application-form import will do, row by row, before anything is written:
 * - a form id already imported is skipped (a later export overlaps the earlier one);
 * - an organisation the register has (same organisation number, or folded name) gets the
 *   application as an update, its field differences shown and applied only when the user says so;
 * - an organisation that applied twice in the file is created once, with two applications;
 * - the rest become new applicants.
 */
import { findDuplicateOrganisation, findDuplicatePerson, fieldDifferences, type DuplicateBy, type FieldDifference } from '../organisation/duplicates'
import type { PersonRole, PipelineStatus, Tier } from '../organisation/types'
import { byText } from '../../lib/compare-text'
import type { ApplicationDraft, PersonDraft } from './form-rows'
import { matchSector, type SectorMatch } from './sector-match'
import { postalPlaceKey, proposedMunicipality } from './postal'
import { foldText } from '../../lib/text-fold'
import { printableNameError, sectorNameError } from '../organisation/validation'

export type ExistingOrganisation = {
  id: string
  name: string
  orgNumber: string
  status: PipelineStatus
  tier: Tier
  sector: string
  employeeBand: string
  address: { street: string; postalCode: string; postalPlace?: string; municipality: string }
}
export type ExistingPerson = { id: string; organisationId: string; name: string; title: string; email: string; phone: string; roles: PersonRole[] }

export type ApplicationContext = {
  organisations: readonly ExistingOrganisation[]
  people: readonly ExistingPerson[]
  importedFormIds: ReadonlySet<string>
  sectors: readonly string[]
  /** Reviewer's municipality per postal place (folded), remembered in settings. */
  municipalityByPlace: Readonly<Record<string, string>>
  /** The settings' list for Geografisk relevans; a postal place named like one proposes it. */
  municipalities: readonly string[]
}

export type PlannedPerson = { draft: PersonDraft; role: PersonRole; existingId: string | null; differences: FieldDifference[] }

export type PlannedRow =
  | { action: 'refused'; draft: ApplicationDraft }
  | { action: 'already-imported'; draft: ApplicationDraft }
  | { action: 'new'; draft: ApplicationDraft; people: PlannedPerson[] }
  /** Same organisation as an earlier row of this file: one more application on that record. */
  | { action: 'again'; draft: ApplicationDraft; firstLine: number; people: PlannedPerson[] }
  | { action: 'update'; draft: ApplicationDraft; existing: ExistingOrganisation; by: DuplicateBy; differences: FieldDifference[]; people: PlannedPerson[] }

export type ApplicationPlan = {
  rows: PlannedRow[]
  /** Sector answers not exactly on the list, each once, with the match found. */
  sectors: { answer: string; match: SectorMatch }[]
  /** Postal places whose municipality the form does not give, each once, with the proposal. */
  places: { place: string; proposal: string | null }[]
}

const ORGANISATION_FIELDS: Record<string, string> = {
  name: 'Navn',
  street: 'Besøksadresse',
  postalCode: 'Postnummer',
  postalPlace: 'Poststed',
  municipality: 'Kommune',
  employeeBand: 'Antall ansatte',
  tier: 'Ønsker å bli',
}
const PERSON_FIELDS: Record<string, string> = { name: 'Navn', title: 'Tittel', phone: 'Telefon' }

function plannedPeople(draft: ApplicationDraft, people: readonly ExistingPerson[]): PlannedPerson[] {
  const out: PlannedPerson[] = []
  const add = (person: PersonDraft | null, role: PersonRole) => {
    if (!person) return
    // One person named as both top leader and climate contact is one person with two roles.
    const same = out.find((p) => p.draft.email && findDuplicatePerson(person, [p.draft]))
    if (same) return
    const existing = person.email ? findDuplicatePerson(person, people) : null
    const differences = existing ? fieldDifferences({ name: existing.name, title: existing.title, phone: existing.phone }, person, PERSON_FIELDS) : []
    out.push({ draft: person, role, existingId: existing?.id ?? null, differences })
  }
  add(draft.leader, 'toppleder')
  add(draft.contact, 'klimakontakt')
  return out
}

/** Roles of a planned person: both when the top leader is also the climate contact. */
export function rolesOf(person: PlannedPerson, draft: ApplicationDraft): PersonRole[] {
  const both = draft.leader?.email && draft.contact?.email && draft.leader.email.toLowerCase() === draft.contact.email.toLowerCase()
  return both ? ['toppleder', 'klimakontakt'] : [person.role]
}

export function planApplications(drafts: readonly ApplicationDraft[], context: ApplicationContext): ApplicationPlan {
  const ordered = [...drafts].sort((a, b) => byText(a.submittedAt, b.submittedAt) || a.line - b.line)
  const rows: PlannedRow[] = []
  const created: { line: number; name: string; orgNumber: string }[] = []
  const seenIds = new Set<string>()
  for (const draft of ordered) {
    if (draft.problems.length > 0) {
      rows.push({ action: 'refused', draft })
      continue
    }
    if (context.importedFormIds.has(draft.formId) || seenIds.has(draft.formId)) {
      rows.push({ action: 'already-imported', draft })
      continue
    }
    seenIds.add(draft.formId)
    const inRegister = findDuplicateOrganisation(draft, context.organisations)
    if (inRegister) {
      const { match: existing, by } = inRegister
      const current = { ...existing.address, name: existing.name, employeeBand: existing.employeeBand, tier: existing.tier }
      const incoming = { name: draft.name, street: draft.street, postalCode: draft.postalCode, postalPlace: draft.postalPlace, municipality: draft.municipality, employeeBand: draft.employees, tier: draft.tier }
      const people = plannedPeople(draft, context.people.filter((p) => p.organisationId === existing.id))
      rows.push({ action: 'update', draft, existing, by, differences: fieldDifferences(current, incoming, ORGANISATION_FIELDS), people })
      continue
    }
    const earlier = findDuplicateOrganisation(draft, created)
    if (earlier) {
      rows.push({ action: 'again', draft, firstLine: earlier.match.line, people: plannedPeople(draft, []) })
      continue
    }
    created.push({ line: draft.line, name: draft.name, orgNumber: draft.orgNumber })
    rows.push({ action: 'new', draft, people: plannedPeople(draft, []) })
  }

  const importable = rows.filter((r) => r.action === 'new' || r.action === 'again' || r.action === 'update')
  const sectors = new Map<string, { answer: string; match: SectorMatch }>()
  const places = new Map<string, { place: string; proposal: string | null }>()
  for (const { draft } of importable) {
    const key = foldText(draft.sector.trim())
    if (key && !sectors.has(key)) {
      const match = matchSector(draft.sector, context.sectors)
      if (match.kind !== 'exact') sectors.set(key, { answer: draft.sector.trim(), match })
    }
    if (!draft.municipality && draft.postalPlace) {
      const placeKey = postalPlaceKey(draft.postalPlace)
      if (!places.has(placeKey)) places.set(placeKey, { place: draft.postalPlace, proposal: proposedMunicipality(draft.postalPlace, context.municipalityByPlace, context.municipalities) })
    }
  }
  return { rows, sectors: [...sectors.values()], places: [...places.values()] }
}

/** The user's answers in the preview. */
export type ApplicationChoices = {
  /** Lines left out by the user. */
  skipped: ReadonlySet<number>
  /** Update rows whose field differences the user chose to take over. */
  takeDifferences: ReadonlySet<number>
  /** Sector answer (folded) → the configured sector to use, or the answer itself to add it as new. */
  sectors: Readonly<Record<string, string>>
  /** Postal place (folded) → municipality. */
  municipalities: Readonly<Record<string, string>>
}

/** What still needs an answer before the import can run; empty when ready. */
export function openQuestions(plan: ApplicationPlan, choices: ApplicationChoices): string[] {
  const out: string[] = []
  for (const { answer } of plan.sectors) {
    const chosen = choices.sectors[foldText(answer)]
    if (!chosen) out.push(`Velg bransje for «${answer}».`)
    else {
      // An answer kept as a new sector becomes a name on the list, checked like one.
      const message = sectorNameError(chosen)
      if (message) out.push(`Bransjen «${answer}»: ${message}`)
    }
  }
  for (const { place } of plan.places) {
    const municipality = choices.municipalities[postalPlaceKey(place)]?.trim()
    if (!municipality) out.push(`Velg kommune for poststedet ${place}.`)
    else {
      // Typed by the reviewer and printed in the contract's address: checked as the form's own answers are.
      const message = printableNameError(municipality, 'Kommunen', false)
      if (message) out.push(`Kommunen for poststedet ${place}: ${message}`)
    }
  }
  return out
}

/** The sector to store for a draft: the exact match, the user's choice, or the answer itself. */
export function sectorFor(draft: ApplicationDraft, plan: ApplicationPlan, choices: ApplicationChoices, sectors: readonly string[]): string {
  const answer = draft.sector.trim()
  if (!answer) return ''
  const match = matchSector(answer, sectors)
  if (match.kind === 'exact') return match.sector
  return choices.sectors[foldText(answer)] ?? answer
}

export function municipalityFor(draft: ApplicationDraft, choices: ApplicationChoices): string {
  return draft.municipality || (draft.postalPlace ? (choices.municipalities[postalPlaceKey(draft.postalPlace)] ?? '') : '')
}

/** Counts for the preview. */
export function planCounts(plan: ApplicationPlan) {
  const count = (action: PlannedRow['action']) => plan.rows.filter((r) => r.action === action).length
  return { new: count('new'), again: count('again'), update: count('update'), alreadyImported: count('already-imported'), refused: count('refused') }
}
