/**
 * The register's rows: each organisation's narrow entry (domain/organisation/register-entry.ts) with
 * its climate contact and one folded search text (name, org. number, people's names), filtered and
 * sorted for the list. The export reads the full records of the rows shown (`readRegisterRecords`). Pure.
 */
import type { PipelineStatus, Tier } from '../../db/models'
import type { ActiveEntry } from '../../domain/organisation/register-entry'
import { formatOrgNumber } from '../../../electron/shared/org-number'
import { compareNorwegian } from '../../lib/collation'
import { foldText } from '../../lib/text-fold'
import type { CriteriaEvaluation } from '../../domain/criteria/evaluate'
import { unmetCriteriaNotMet } from '../../domain/criteria/assessment'
import { PIPELINE_STATUSES } from '../../domain/organisation/labels'
import { atRiskThisYear, failedLastYear, type CriteriaStanding } from '../../domain/criteria/standing'

export type RegisterRow = {
  /** The organisation as the register's store holds it: what the list shows, filters and sorts by. */
  org: ActiveEntry
  climateContact: { name: string } | null
  /** Name, number (with and without spaces) and people's names, folded for search when first needed. */
  search: SearchText
  notMet: boolean
  /** Last year's verdict and this year's progress; null for organisations that are not members. */
  standing: CriteriaStanding | null
  failedLastYear: boolean
  atRisk: boolean
}

export type SortKey = 'name' | 'orgNumber' | 'tier' | 'status' | 'sector' | 'signedDate' | 'climateContact' | 'criteria'
export type Sort = { key: SortKey; direction: 'asc' | 'desc' }
export type RegisterFilter = {
  query: string
  tier: Tier | ''
  status: PipelineStatus | ''
  sector: string
  criteriaNotMet: boolean
  failedLastYear: boolean
  atRisk: boolean
}

export const emptyFilter = (): RegisterFilter => ({ query: '', tier: '', status: '', sector: '', criteriaNotMet: false, failedLastYear: false, atRisk: false })

/**
 * What a row is found by: its name, number (with and without spaces) and its people's names.
 * Joining and folding 10,000 rows' texts costs about as much as sorting them, and the list shows
 * before anyone types: the text is made when a search first needs it (`haystackOf`), or ahead of
 * that in idle slices (`foldSearchTexts`), not while the rows are built. Rows that share it
 * (`withCriteria` copies rows) make it once.
 */
export type SearchText = { folded?: string }

function searchText(org: ActiveEntry): string {
  const number = org.orgNumber ? `${org.orgNumber} ${formatOrgNumber(org.orgNumber)}` : ''
  return [org.name, number, ...org.people].join('\n')
}

/** The folded search text of a row. */
export const haystackOf = (row: RegisterRow): string => (row.search.folded ??= foldText(searchText(row.org)))

/**
 * Folds the rows' search texts from `start` for about `budgetMs`; returns where it stopped
 * (`rows.length` when all are done), so a caller can go on in the next idle moment.
 */
export function foldSearchTexts(rows: readonly RegisterRow[], start: number, budgetMs: number): number {
  const until = performance.now() + budgetMs
  let i = start
  while (i < rows.length) {
    haystackOf(rows[i]!)
    i++
    // Each row joins its text as well as folding it: look at the clock often enough that a slice
    // stays near its budget on a slow, loaded machine.
    if (i % 64 === 0 && performance.now() >= until) break
  }
  return i
}

/** `evaluations`: this year's derived criteria by organisation id, for members; `standings` likewise. */
export function buildRows(
  entries: readonly ActiveEntry[],
  evaluations?: ReadonlyMap<string, CriteriaEvaluation>,
  standings?: ReadonlyMap<string, CriteriaStanding>,
): RegisterRow[] {
  const rows = entries.map((org): RegisterRow => {
    return {
      org,
      climateContact: org.contact === null ? null : { name: org.contact },
      search: {},
      // `criteriaNotMet` without an evaluation, as the rows are first built: a criterion assessed by hand as not met.
      notMet: org.unmet.length > 0,
      standing: null,
      failedLastYear: false,
      atRisk: false,
    }
  })
  return evaluations || standings ? withCriteria(rows, evaluations, standings) : rows
}

/**
 * The rows with this year's criteria flags, in the same order. The flags arrive after the rows
 * are on screen: adding them keeps the folded search text and the sort already made (issue 17).
 */
export function withCriteria(
  rows: readonly RegisterRow[],
  evaluations?: ReadonlyMap<string, CriteriaEvaluation>,
  standings?: ReadonlyMap<string, CriteriaStanding>,
): RegisterRow[] {
  return rows.map((row) => {
    const evaluation = evaluations?.get(row.org.id)
    return {
      ...row,
      notMet: evaluation ? unmetCriteriaNotMet(row.org.unmet, evaluation) : row.org.unmet.length > 0,
      ...standingOf(standings?.get(row.org.id) ?? null),
    }
  })
}

function standingOf(standing: CriteriaStanding | null): Pick<RegisterRow, 'standing' | 'failedLastYear' | 'atRisk'> {
  return { standing, failedLastYear: standing ? failedLastYear(standing) : false, atRisk: standing ? atRiskThisYear(standing) : false }
}

/** Failed last year weighs most, then at risk this year; 0 is nothing to follow up. */
export const criteriaRank = (r: RegisterRow): number => (r.failedLastYear ? 2 : 0) + (r.atRisk ? 1 : 0)

/**
 * The rows passing the filter. `foldedOnly`: search only the rows whose search text is folded
 * already and leave the others out (while the texts are still being folded in slices), so a
 * keystroke never folds thousands of texts at once; the caller filters again when all are folded.
 */
export function filterRows(rows: readonly RegisterRow[], filter: RegisterFilter, foldedOnly = false): RegisterRow[] {
  const query = filter.query.trim()
  // Fold the query once, not once per row (matchesQuery would): this is the hot loop at 10,000 rows.
  const terms = foldText(query).split(/\s+/).filter(Boolean)
  // A query of digits with spaces ("123 456") also matches the number written without them.
  const digitsOnly = /^[\d\s]+$/.test(query) ? query.replace(/\s/g, '') : null
  return rows.filter(
    (r) =>
      (!filter.tier || r.org.tier === filter.tier) &&
      (!filter.status || r.org.status === filter.status) &&
      (!filter.sector || r.org.sector === filter.sector) &&
      (!filter.criteriaNotMet || r.notMet) &&
      (!filter.failedLastYear || r.failedLastYear) &&
      (!filter.atRisk || r.atRisk) &&
      (terms.length === 0 ||
        (!foldedOnly || r.search.folded !== undefined) &&
          (terms.every((t) => haystackOf(r).includes(t)) || (digitsOnly !== null && haystackOf(r).includes(digitsOnly)))),
  )
}

const statusOrder = (s: PipelineStatus) => PIPELINE_STATUSES.indexOf(s)

function compareBy(key: SortKey): (a: RegisterRow, b: RegisterRow) => number {
  switch (key) {
    case 'name':
      return (a, b) => compareNorwegian(a.org.name, b.org.name)
    case 'orgNumber':
      return (a, b) => a.org.orgNumber.localeCompare(b.org.orgNumber)
    case 'tier':
      return (a, b) => a.org.tier.localeCompare(b.org.tier)
    case 'status':
      return (a, b) => statusOrder(a.org.status) - statusOrder(b.org.status)
    case 'sector':
      return (a, b) => compareNorwegian(a.org.sector, b.org.sector)
    case 'signedDate':
      return (a, b) => (a.org.signedDate ?? '').localeCompare(b.org.signedDate ?? '')
    case 'climateContact':
      return (a, b) => compareNorwegian(a.climateContact?.name ?? '', b.climateContact?.name ?? '')
    case 'criteria':
      // Ascending puts the most to follow up first: that is why one sorts by it.
      return (a, b) => criteriaRank(b) - criteriaRank(a)
  }
}

/**
 * A cheap stand-in for the Norwegian order: lower case, compared by code point. Sorting by it
 * first leaves the collator a nearly sorted list (only names with æ ø å or accents are out of
 * place), which the engine's merge sort walks in few comparisons: at 10,000 names it roughly
 * halves the time the register takes to show.
 */
const roughKey = (text: string): string => text.toLowerCase()

const TEXT_KEYS: Partial<Record<SortKey, (r: RegisterRow) => string>> = {
  name: (r) => r.org.name,
  sector: (r) => r.org.sector,
  climateContact: (r) => r.climateContact?.name ?? '',
}

/** Sorted copy; empty values last in both directions, ties by name. */
export function sortRows(rows: readonly RegisterRow[], sort: Sort): RegisterRow[] {
  const compare = compareBy(sort.key)
  const sign = sort.direction === 'asc' ? 1 : -1
  const isEmpty = (r: RegisterRow) => {
    if (sort.key === 'signedDate') return !r.org.signedDate
    if (sort.key === 'climateContact') return !r.climateContact
    if (sort.key === 'orgNumber') return !r.org.orgNumber
    if (sort.key === 'sector') return !r.org.sector
    if (sort.key === 'criteria') return criteriaRank(r) === 0
    return false
  }
  // The rough order only prepares the list: the comparison below alone decides the result.
  const text = TEXT_KEYS[sort.key] ?? TEXT_KEYS.name!
  // Keys beside the rows and positions sorted, not one {row, key} object per row: fewer objects
  // for the garbage collector while the register starts (issue 17).
  const keys = rows.map((row) => roughKey(text(row)))
  const order = keys.map((_, i) => i)
  order.sort((a, b) => sign * (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0))
  return order
    .map((i) => rows[i]!)
    .sort((a, b) => {
      const ea = isEmpty(a)
      const eb = isEmpty(b)
      if (ea !== eb) return ea ? 1 : -1
      return sign * compare(a, b) || compareNorwegian(a.org.name, b.org.name)
    })
}
