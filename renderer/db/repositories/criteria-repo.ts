/** Reads for the criteria overview: a year and the year before, with key figures for both. */
import type { MemberYear, YearSnapshot } from '../../domain/criteria/build-year'
import type { CriteriaEvaluation } from '../../domain/criteria/evaluate'
import { figuresOf, type KeyFigures } from '../../domain/criteria/key-figures'
import { criteriaStandings, type CriteriaStanding } from '../../domain/criteria/standing'
import type { DateOnly } from '../models'
import { loadYear } from './annual-reports-repo'

export async function loadCriteriaYear(
  year: number,
  today: DateOnly,
): Promise<{ snapshot: YearSnapshot; current: KeyFigures; previous: KeyFigures; previousSnapshot: YearSnapshot }> {
  const [snapshot, before] = await Promise.all([loadYear(year, today), loadYear(year - 1, today)])
  return { snapshot, current: figuresOf(snapshot), previous: figuresOf(before), previousSnapshot: before }
}

/** The year's derived criteria of every member, by organisation id (the register's filter). */
export async function loadEvaluations(year: number, today: DateOnly): Promise<Map<string, CriteriaEvaluation>> {
  const snapshot = await loadYear(year, today)
  return new Map(snapshot.rows.map((r) => [r.organisation.id, r.evaluation]))
}

/** One organisation's year, or null when it was not a member that year. */
export async function loadMemberYear(organisationId: string, year: number, today: DateOnly): Promise<MemberYear | null> {
  const snapshot = await loadYear(year, today)
  return snapshot.rows.find((r) => r.organisation.id === organisationId) ?? null
}

/** Every member's standing today: last year's verdict and this year's progress and risks. */
export async function loadStandings(today: DateOnly): Promise<Map<string, CriteriaStanding>> {
  const year = Number(today.slice(0, 4))
  const [previous, current] = await Promise.all([loadYear(year - 1, today), loadYear(year, today)])
  return criteriaStandings(previous, current)
}

/** One organisation's standing today, or null when it was a member neither last year nor this. */
export async function loadStanding(organisationId: string, today: DateOnly): Promise<CriteriaStanding | null> {
  return (await loadStandings(today)).get(organisationId) ?? null
}
