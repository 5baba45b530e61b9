/** Reads for the criteria overview: a year and the year before, with key figures for both. */
import type { YearSnapshot } from '../../features/criteria/build-year'
import { figuresOf, type KeyFigures } from '../../features/criteria/key-figures'
import type { DateOnly } from '../models'
import { loadYear } from './annual-reports-repo'

export async function loadCriteriaYear(year: number, today: DateOnly): Promise<{ snapshot: YearSnapshot; current: KeyFigures; previous: KeyFigures }> {
  const [snapshot, before] = await Promise.all([loadYear(year, today), loadYear(year - 1, today)])
  return { snapshot, current: figuresOf(snapshot), previous: figuresOf(before) }
}
