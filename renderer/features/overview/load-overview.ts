/** The start page's numbers, read live: the repository reads the rows, the model counts them. */
import { readOverviewRows } from '../../db/repositories/overview-repo'
import type { DateOnly } from '../../db/models'
import { buildOverview, type Overview } from './overview-model'

export async function loadOverview(today: DateOnly): Promise<Overview> {
  const r = await readOverviewRows(today)
  return buildOverview(today, r.organisations, r.events, r.registrations, r.reportYear, r.criteriaYear)
}
