/**
 * Joining two records the one duplicate rule (duplicates.ts) matches: which record survives, and
 * each field's value. By default the survivor keeps its non-empty values and its blanks are filled
 * from the other; the user may pick the other's value per field. Sets (roles, invited, partner fees,
 * tier history) are united. Pure: the repository moves the references and writes the result.
 */
import { formatDate } from '../../lib/dates'
import { refused, ok, type Outcome } from '../../lib/result'
import { foldText } from '../../lib/text-fold'
import { ROLE_LABELS, TIER_LABELS } from './labels'
import { sameOrganisation, samePerson } from './duplicates'
import type { Assessment, Organisation, PartnerFee, Person, PersonRole } from './types'
import { REPORT_STATUS_LABELS } from '../report/labels'
import type { ReportStatus } from '../report/types'
import type { DateOnly } from '../record'

export type MergeSide = 'survivor' | 'other'

/** One row of the side-by-side view: each side's value in words, and whose value is kept. */
export type MergeField = { key: string; label: string; survivor: string; other: string; chosen: MergeSide; differs: boolean }

type FieldSpec<T> = {
  key: string
  label: string
  text: (row: T) => string
  take: (into: T, from: T) => T
  /** Whether the value counts as not filled in (default: its text is empty). */
  blank?: (row: T) => boolean
}

const addressText = (o: Organisation): string =>
  [o.address.street, [o.address.postalCode, o.address.postalPlace ?? ''].filter(Boolean).join(' '), o.address.municipality].filter(Boolean).join(', ')
const certificationText = (o: Organisation): string => [o.certification.kind ?? '', o.certification.validUntil ?? '', o.certification.note].filter(Boolean).join(' – ')

export const ORGANISATION_MERGE_FIELDS: readonly FieldSpec<Organisation>[] = [
  { key: 'name', label: 'Navn', text: (o) => o.name, take: (into, from) => ({ ...into, name: from.name }) },
  { key: 'orgNumber', label: 'Organisasjonsnummer', text: (o) => o.orgNumber, take: (into, from) => ({ ...into, orgNumber: from.orgNumber }) },
  { key: 'sector', label: 'Bransje', text: (o) => o.sector, take: (into, from) => ({ ...into, sector: from.sector }) },
  // The form fills in Oslo as municipality: an address without street and postcode is not filled in.
  { key: 'address', label: 'Adresse', text: addressText, take: (into, from) => ({ ...into, address: { ...from.address } }), blank: (o) => !o.address.street.trim() && !o.address.postalCode.trim() },
  { key: 'website', label: 'Nettside', text: (o) => o.website, take: (into, from) => ({ ...into, website: from.website }) },
  { key: 'employeeBand', label: 'Antall ansatte', text: (o) => o.employeeBand, take: (into, from) => ({ ...into, employeeBand: from.employeeBand }) },
  { key: 'tier', label: 'Nivå', text: (o) => TIER_LABELS[o.tier], take: (into, from) => ({ ...into, tier: from.tier }) },
  { key: 'certification', label: 'Miljøsertifisering', text: certificationText, take: (into, from) => ({ ...into, certification: { ...from.certification } }) },
  { key: 'notes', label: 'Notater', text: (o) => o.notes, take: (into, from) => ({ ...into, notes: from.notes }) },
]

export const PERSON_MERGE_FIELDS: readonly FieldSpec<Person>[] = [
  { key: 'name', label: 'Navn', text: (p) => p.name, take: (into, from) => ({ ...into, name: from.name }) },
  { key: 'title', label: 'Stilling', text: (p) => p.title, take: (into, from) => ({ ...into, title: from.title }) },
  { key: 'email', label: 'E-post', text: (p) => p.email, take: (into, from) => ({ ...into, email: from.email }) },
  { key: 'phone', label: 'Telefon', text: (p) => p.phone, take: (into, from) => ({ ...into, phone: from.phone }) },
]

/** Fields that always keep the survivor's value: they are not a choice (the tier is, but it is always set). */
const ALWAYS_SET = new Set(['tier'])

/** Picks per field, filled in with the default: the survivor's value unless it is blank and the other's is not. */
function resolveFields<T>(specs: readonly FieldSpec<T>[], survivor: T, other: T, picks: Readonly<Record<string, MergeSide>>): { merged: T; fields: MergeField[] } {
  let merged = survivor
  const fields: MergeField[] = []
  for (const spec of specs) {
    const mine = spec.text(survivor).trim()
    const theirs = spec.text(other).trim()
    const isBlank = spec.blank ?? ((row: T) => spec.text(row).trim() === '')
    const fallback: MergeSide = isBlank(survivor) && !isBlank(other) && !ALWAYS_SET.has(spec.key) ? 'other' : 'survivor'
    const chosen = picks[spec.key] ?? fallback
    if (chosen === 'other') merged = spec.take(merged, other)
    fields.push({ key: spec.key, label: spec.label, survivor: mine, other: theirs, chosen, differs: foldText(mine) !== foldText(theirs) })
  }
  return { merged, fields }
}

const assessed = (a: Assessment | undefined): boolean => !!a && (a.status !== 'ukjent' || a.note.trim() !== '')

/** Per criterion: the survivor's judgement, or the other's where the survivor has none. */
function unitedAssessments<K extends string>(mine: Record<K, Assessment>, theirs: Record<K, Assessment>): Record<K, Assessment> {
  const out = { ...mine }
  for (const key of Object.keys(theirs) as K[]) if (!assessed(out[key]) && assessed(theirs[key])) out[key] = { ...theirs[key] }
  return out
}

/** Fees by year: the survivor's year where both have one. */
function unitedFees(mine: readonly PartnerFee[], theirs: readonly PartnerFee[]): PartnerFee[] {
  const years = new Map(theirs.map((f) => [f.year, f]))
  for (const f of mine) years.set(f.year, f)
  return [...years.values()].sort((a, b) => a.year - b.year)
}

function unitedTierHistory(mine: Organisation['tierHistory'], theirs: Organisation['tierHistory']): Organisation['tierHistory'] {
  if (!mine && !theirs) return undefined
  const seen = new Map<string, NonNullable<Organisation['tierHistory']>[number]>()
  for (const c of [...(mine ?? []), ...(theirs ?? [])]) seen.set(`${c.date}|${c.from}|${c.to}`, c)
  return [...seen.values()].sort((a, b) => a.date.localeCompare(b.date))
}

export type OrganisationMergePlan = { survivor: Organisation; other: Organisation; merged: Organisation; fields: MergeField[] }

/** Refusals shared by both kinds: the same record twice, or one that is gone. */
function checkPair(a: { id: string; deletedAt: string | null; erasedAt?: string | null }, b: typeof a, what: string): Outcome<null> {
  if (a.id === b.id) return refused(`Velg to forskjellige ${what} å slå sammen.`)
  if (a.deletedAt || a.erasedAt || b.deletedAt || b.erasedAt) return refused(`Begge ${what} må finnes i registeret (ikke i papirkurven).`)
  return ok(null)
}

/**
 * The merge of `other` into `survivor`. Refused unless the duplicate rule matches the pair:
 * the tool joins duplicates, never two different organisations.
 */
export function planOrganisationMerge(survivor: Organisation, other: Organisation, picks: Readonly<Record<string, MergeSide>> = {}): Outcome<OrganisationMergePlan> {
  const pair = checkPair(survivor, other, 'virksomheter')
  if (!pair.ok) return pair
  if (!sameOrganisation(survivor, other)) return refused('Virksomhetene er ikke like: de har ulikt organisasjonsnummer, eller ulikt navn når ett nummer mangler.')
  const { merged, fields } = resolveFields(ORGANISATION_MERGE_FIELDS, survivor, other, picks)
  const tierHistory = unitedTierHistory(survivor.tierHistory, other.tierHistory)
  return ok({
    survivor,
    other,
    fields,
    merged: {
      ...merged,
      id: survivor.id,
      createdAt: survivor.createdAt < other.createdAt ? survivor.createdAt : other.createdAt,
      partnerFee: unitedFees(survivor.partnerFee, other.partnerFee),
      criteria: unitedAssessments(survivor.criteria, other.criteria),
      expectations: unitedAssessments(survivor.expectations, other.expectations),
      ...(tierHistory ? { tierHistory } : {}),
    },
  })
}

export type PersonMergePlan = { survivor: Person; other: Person; merged: Person; fields: MergeField[]; roles: PersonRole[] }

/** The merge of `other` into `survivor`: both must be the same person by the rule (the e-mail). */
export function planPersonMerge(survivor: Person, other: Person, picks: Readonly<Record<string, MergeSide>> = {}): Outcome<PersonMergePlan> {
  const pair = checkPair(survivor, other, 'personer')
  if (!pair.ok) return pair
  if (!samePerson(survivor, other)) return refused('Personene er ikke like: de har ulik e-post.')
  const { merged, fields } = resolveFields(PERSON_MERGE_FIELDS, survivor, other, picks)
  const roles = (Object.keys(ROLE_LABELS) as PersonRole[]).filter((r) => survivor.roles.includes(r) || other.roles.includes(r))
  return ok({ survivor, other, fields, roles, merged: { ...merged, id: survivor.id, roles } })
}

/** An annual report as the merge sees it: one per organisation and year can stay. */
export type ReportLike = { id: string; year: number; status: ReportStatus; receivedDate: DateOnly | null }
/** A year both have a report for: the one kept (the other is removed, and stays in the data as deleted). */
export type ReportChoice = MergeField & { year: number; keep: string; drop: string }

/** "Mottatt 01.02.2027", "Godkjent, mottatt 01.02.2027", "Ikke mottatt". */
function reportText(r: ReportLike): string {
  if (!r.receivedDate) return REPORT_STATUS_LABELS[r.status]
  const date = formatDate(r.receivedDate)
  return r.status === 'mottatt' ? `Mottatt ${date}` : `${REPORT_STATUS_LABELS[r.status]}, mottatt ${date}`
}

/**
 * Years both records have a report for, each a choice like a field (key `report:<year>`). By
 * default the survivor's, unless only the other's has been received.
 */
export function reportChoices(mine: readonly ReportLike[], theirs: readonly ReportLike[], picks: Readonly<Record<string, MergeSide>> = {}): ReportChoice[] {
  const byYear = new Map(mine.map((r) => [r.year, r]))
  const out: ReportChoice[] = []
  for (const other of [...theirs].sort((a, b) => a.year - b.year)) {
    const own = byYear.get(other.year)
    if (!own) continue
    const key = `report:${other.year}`
    const fallback: MergeSide = own.status === 'ikke-mottatt' && other.status !== 'ikke-mottatt' ? 'other' : 'survivor'
    const chosen = picks[key] ?? fallback
    const [keep, drop] = chosen === 'survivor' ? [own, other] : [other, own]
    out.push({ key, label: `Årsrapport ${other.year}`, survivor: reportText(own), other: reportText(other), chosen, differs: true, year: other.year, keep: keep.id, drop: drop.id })
  }
  return out
}
