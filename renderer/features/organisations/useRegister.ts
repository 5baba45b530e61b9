/** The register's data, read live: organisations not in the trash, their people, the sectors. */
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import type { Organisation } from '../../db/models'
import { readRegisterOrganisations } from '../../db/repositories/organisations-repo'
import { listActivePeople } from '../../db/repositories/people-repo'
import { listSectors } from '../../db/repositories/sectors-repo'
import { loadEvaluations, loadStandings } from '../../db/repositories/criteria-repo'
import { todayInOslo } from '../../lib/dates'
import { compareNorwegian } from '../../lib/collation'
import { buildRows, filterRows, sortRows, withCriteria, type RegisterFilter, type RegisterRow, type Sort } from './register-rows'

/**
 * `criteriaPending`: the rows are shown, the criteria flags are still being judged. `organisations`
 * stays the same array until organisations change (not when the flags arrive); `trashed` is the
 * number in the Papirkurv.
 */
export type RegisterData = {
  all: RegisterRow[]
  shown: RegisterRow[]
  organisations: Organisation[]
  sectors: string[]
  trashed: number
  criteriaPending: boolean
}

export function useRegister(filter: RegisterFilter, sort: Sort): RegisterData | undefined {
  const data = useLiveQuery(async () => {
    const [{ active, trashed }, people, sectors] = await Promise.all([readRegisterOrganisations(), listActivePeople(), listSectors()])
    return { orgs: active, trashed, people, sectors }
  }, [])
  // The criteria flags judge the whole year from every table (several times the register's own
  // rows): read once the rows are on screen, so the register shows and searches at once.
  const loaded = data !== undefined
  const criteria = useLiveQuery(async () => {
    if (!loaded) return undefined
    const today = todayInOslo()
    const [evaluations, standings] = await Promise.all([loadEvaluations(Number(today.slice(0, 4)), today), loadStandings(today)])
    return { evaluations, standings }
  }, [loaded])
  // Each step is made once per change of what it depends on: folding names and sorting 10,000
  // rows happen when organisations or the sort change, not again when the flags arrive.
  const base = useMemo(() => (data ? buildRows(data.orgs, data.people) : undefined), [data])
  const byCriteria = sort.key === 'criteria'
  const sortedBase = useMemo(() => (base && !byCriteria ? sortRows(base, sort) : base), [base, sort, byCriteria])
  const all = useMemo(() => (sortedBase && criteria ? withCriteria(sortedBase, criteria.evaluations, criteria.standings) : sortedBase), [sortedBase, criteria])
  const sorted = useMemo(() => (all && byCriteria ? sortRows(all, sort) : all), [all, sort, byCriteria])
  const shown = useMemo(() => (sorted ? filterRows(sorted, filter) : undefined), [sorted, filter])
  const sectors = useMemo(() => {
    if (!data) return []
    // Sectors in use that were removed from the list still need to be filterable.
    const used = new Set([...data.sectors, ...data.orgs.map((o) => o.sector).filter(Boolean)])
    return [...used].sort(compareNorwegian)
  }, [data])
  if (!data || !all || !shown) return undefined
  return { all, shown, organisations: data.orgs, sectors, trashed: data.trashed, criteriaPending: criteria === undefined }
}
