/**
 * The one rule for "is this the same organisation or person?", used by the application import, the
 * spreadsheet import's warnings and sync. An organisation is the same when the organisation number
 * matches, or, when either has none, when the folded name matches; a person is the same when the
 * e-mail matches (case-blind).
 * A duplicate is offered as an update with its differences; it never becomes a second record.
 */
import { normaliseOrgNumber } from '../../../electron/shared/org-number'
import { foldText } from '../../lib/text-fold'

export type OrganisationIdentity = { name: string; orgNumber: string }
export type PersonIdentity = { email: string }
export type DuplicateBy = 'orgNumber' | 'name'
export type Duplicate<T> = { match: T; by: DuplicateBy }

/** Legal forms at the end of a name: "Solstrand Eiendom AS" is "Solstrand Eiendom". */
const LEGAL_FORM = / (as|asa|sa|ans|da|ba|kf|iks|enk|nuf|stiftelse)$/

/** Case, accents, punctuation, spacing and the legal form ignored: "Bygg & Anlegg AS" = "bygg anlegg". */
export function foldedName(name: string): string {
  return foldText(name).replace(/[^\p{L}\d]+/gu, ' ').trim().replace(LEGAL_FORM, '')
}

export const foldedEmail = (email: string): string => email.trim().toLowerCase()

/** Two organisations are the same by number; by folded name only when one of them has no number. */
export function sameOrganisation(a: OrganisationIdentity, b: OrganisationIdentity): DuplicateBy | null {
  const na = normaliseOrgNumber(a.orgNumber)
  const nb = normaliseOrgNumber(b.orgNumber)
  if (na && nb) return na === nb ? 'orgNumber' : null
  const fa = foldedName(a.name)
  return fa !== '' && fa === foldedName(b.name) ? 'name' : null
}

/** The existing organisation this one duplicates, number matches first; null when none. */
export function findDuplicateOrganisation<T extends OrganisationIdentity>(candidate: OrganisationIdentity, existing: readonly T[]): Duplicate<T> | null {
  let byName: T | null = null
  for (const other of existing) {
    const by = sameOrganisation(candidate, other)
    if (by === 'orgNumber') return { match: other, by }
    if (by === 'name' && !byName) byName = other
  }
  return byName ? { match: byName, by: 'name' } : null
}

/**
 * The same rule as `findDuplicateOrganisation`, indexed for long lists (a spreadsheet of thousands
 * of rows checked against the register and against its own earlier rows): by number, and by folded
 * name for the organisations that a name may match. Organisations added later are found too.
 */
export type OrganisationMatcher<T extends OrganisationIdentity> = {
  find(candidate: OrganisationIdentity): Duplicate<T> | null
  add(organisation: T): void
}

export function organisationMatcher<T extends OrganisationIdentity>(existing: readonly T[] = []): OrganisationMatcher<T> {
  const byNumber = new Map<string, T>()
  /** Every organisation by folded name, and apart those without a number (the only ones a numbered candidate can match by name). */
  const byName = new Map<string, T>()
  const unnumberedByName = new Map<string, T>()
  const add = (organisation: T) => {
    const number = normaliseOrgNumber(organisation.orgNumber)
    const folded = foldedName(organisation.name)
    if (number && !byNumber.has(number)) byNumber.set(number, organisation)
    if (folded === '') return
    if (!byName.has(folded)) byName.set(folded, organisation)
    if (!number && !unnumberedByName.has(folded)) unnumberedByName.set(folded, organisation)
  }
  for (const organisation of existing) add(organisation)
  return {
    add,
    find(candidate) {
      const number = normaliseOrgNumber(candidate.orgNumber)
      const folded = foldedName(candidate.name)
      const sameNumber = number ? byNumber.get(number) : undefined
      if (sameNumber) return { match: sameNumber, by: 'orgNumber' }
      if (folded === '') return null
      const sameName = (number ? unnumberedByName : byName).get(folded)
      return sameName ? { match: sameName, by: 'name' } : null
    },
  }
}

export function samePerson(a: PersonIdentity, b: PersonIdentity): boolean {
  const ea = foldedEmail(a.email)
  return ea !== '' && ea === foldedEmail(b.email)
}

export function findDuplicatePerson<T extends PersonIdentity>(candidate: PersonIdentity, existing: readonly T[]): T | null {
  return existing.find((other) => samePerson(candidate, other)) ?? null
}

export type FieldDifference = { field: string; label: string; current: string; incoming: string }

/**
 * Field-by-field differences between what is stored and what came in. An empty incoming value is
 * no difference: a blank answer never erases what the register knows.
 */
export function fieldDifferences(
  current: Readonly<Record<string, string>>,
  incoming: Readonly<Record<string, string>>,
  labels: Readonly<Record<string, string>>,
): FieldDifference[] {
  const out: FieldDifference[] = []
  for (const [field, label] of Object.entries(labels)) {
    const now = (current[field] ?? '').trim()
    const next = (incoming[field] ?? '').trim()
    if (next && foldText(next) !== foldText(now)) out.push({ field, label, current: now, incoming: next })
  }
  return out
}
