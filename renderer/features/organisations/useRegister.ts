/** The register's data, read live: organisations not in the trash, their people, the sectors. */
import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useDeferredValue, useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import type { ActiveEntry } from '../../domain/organisation/register-entry'
import { todayInOslo } from '../../lib/dates'
import { registerSnapshot, subscribeRegister } from './register-source'
import { filterRows, foldSearchTexts, withCriteria, type RegisterFilter, type RegisterRow, type Sort } from './register-rows'
import { rowsOf, sectorsOf, sortedRowsOf } from './register-prepared'

/**
 * `criteriaPending`: the rows are shown, the criteria flags are still being judged. `organisations`
 * stays the same array until organisations change (not when the flags arrive); `trashed` is the
 * number in the Papirkurv.
 */
type CriteriaRepo = typeof import('../../db/repositories/criteria-repo')

export type RegisterData = {
  all: RegisterRow[]
  /** The rows passing the filter as last drawn (it may lag a keystroke behind while typing). */
  shown: RegisterRow[]
  /** The rows passing the filter as it is now: for Enter and the arrow keys right after typing. */
  shownNow: () => RegisterRow[]
  /** The organisations shown, as the register's store holds them (full records: `readRegisterRecords`). */
  organisations: ActiveEntry[]
  sectors: string[]
  trashed: number
  criteriaPending: boolean
}

export function useRegister(filter: RegisterFilter, sort: Sort): RegisterData | undefined {
  // Live like useLiveQuery, but shared with the read the route started while this page loaded.
  const { value: data, error } = useSyncExternalStore(subscribeRegister, registerSnapshot)
  // The criteria flags judge the whole year from every table (several times the register's own
  // rows): read once the rows are on screen, so the register shows and searches at once.
  // Their code loads then too, not with the page.
  const loaded = data !== undefined
  const [repo, setRepo] = useState<CriteriaRepo | null>(null)
  useEffect(() => {
    if (loaded && !repo) void import('../../db/repositories/criteria-repo').then(setRepo)
  }, [loaded, repo])
  const criteria = useLiveQuery(async () => {
    if (!repo) return undefined
    const today = todayInOslo()
    const [evaluations, standings] = await Promise.all([repo.loadEvaluations(Number(today.slice(0, 4)), today), repo.loadStandings(today)])
    return { evaluations, standings }
  }, [repo])
  // Each step is made once per change of what it depends on: folding names and sorting 10,000
  // rows happen when organisations or the sort change, not again when the flags arrive. Building
  // and sorting are kept outside React (register-prepared.ts): a first render React throws away
  // and retries finds them made, and a start on the register makes them as soon as the rows are read.
  const base = useMemo(() => (data ? rowsOf(data.active) : undefined), [data])
  // The search texts are folded after the rows show, a few milliseconds at a time, so the first
  // search finds them ready and no slice holds up the window. Until the last slice, a search looks
  // only in the folded rows (a keystroke never folds 10,000 texts at once) and runs again after it.
  const [foldedBase, setFoldedBase] = useState<RegisterRow[] | undefined>(undefined)
  useEffect(() => {
    if (!base) return
    let timer: ReturnType<typeof setTimeout>
    const slice = (from: number) => {
      const next = foldSearchTexts(base, from, 8)
      if (next < base.length) timer = setTimeout(slice, 0, next)
      else setFoldedBase(base)
    }
    timer = setTimeout(slice, 0, 0)
    return () => clearTimeout(timer)
  }, [base])
  const folding = base !== foldedBase
  const byCriteria = sort.key === 'criteria'
  const sortedBase = useMemo(() => (base && !byCriteria ? sortedRowsOf(base, sort) : base), [base, sort, byCriteria])
  const all = useMemo(() => (sortedBase && criteria ? withCriteria(sortedBase, criteria.evaluations, criteria.standings) : sortedBase), [sortedBase, criteria])
  const sorted = useMemo(() => (all && byCriteria ? sortedRowsOf(all, sort) : all), [all, sort, byCriteria])
  // Typing redraws the field at once; filtering 10,000 rows and redrawing the table follow in a
  // render React can interrupt for the next keystroke, so no keystroke waits for the table.
  const drawn = useDeferredValue(filter)
  const shown = useMemo(() => (sorted ? filterRows(sorted, drawn, folding) : undefined), [sorted, drawn, folding])
  // Enter and the arrow keys act on every row that matches, folded yet or not.
  const shownNow = useCallback(
    () => (!sorted ? [] : drawn === filter && shown && !folding ? shown : filterRows(sorted, filter)),
    [sorted, drawn, filter, shown, folding],
  )
  // Sectors in use that were removed from the list still need to be filterable.
  const sectors = useMemo(() => (data ? sectorsOf(data) : []), [data])
  // A failed read goes to the route's error page, as useLiveQuery's would.
  if (error) throw error
  if (!data || !all || !shown) return undefined
  return { all, shown, shownNow, organisations: data.active, sectors, trashed: data.trashed, criteriaPending: criteria === undefined }
}
