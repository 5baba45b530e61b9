/** The register's data, read live: organisations not in the trash, their people, the sectors. */
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { listActiveOrganisations } from '../../db/repositories/organisations-repo'
import { listActivePeople } from '../../db/repositories/people-repo'
import { listSectors } from '../../db/repositories/sectors-repo'
import { loadEvaluations, loadStandings } from '../../db/repositories/criteria-repo'
import { todayInOslo } from '../../lib/dates'
import { compareNorwegian } from '../../lib/collation'
import { buildRows, filterRows, sortRows, type RegisterFilter, type RegisterRow, type Sort } from './register-rows'

/** `criteriaPending`: the rows are shown, the criteria flags are still being judged. */
export type RegisterData = { all: RegisterRow[]; shown: RegisterRow[]; sectors: string[]; criteriaPending: boolean }

export function useRegister(filter: RegisterFilter, sort: Sort): RegisterData | undefined {
  const data = useLiveQuery(async () => {
    const [orgs, people, sectors] = await Promise.all([listActiveOrganisations(), listActivePeople(), listSectors()])
    return { orgs, people, sectors }
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
  const all = useMemo(() => (data ? buildRows(data.orgs, data.people, criteria?.evaluations, criteria?.standings) : undefined), [data, criteria])
  const sorted = useMemo(() => (all ? sortRows(all, sort) : undefined), [all, sort])
  const shown = useMemo(() => (sorted ? filterRows(sorted, filter) : undefined), [sorted, filter])
  const sectors = useMemo(() => {
    if (!data) return []
    // Sectors in use that were removed from the list still need to be filterable.
    const used = new Set([...data.sectors, ...data.orgs.map((o) => o.sector).filter(Boolean)])
    return [...used].sort(compareNorwegian)
  }, [data])
  if (!all || !shown) return undefined
  return { all, shown, sectors, criteriaPending: criteria === undefined }
}
