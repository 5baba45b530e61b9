import { useEffect } from 'react'
import { Link } from 'react-router'
import { formatTimestamp } from '../../lib/dates'
import { loadSyncEngine } from '../../lib/sync/engine-loader'
import { useSyncUi } from './store'
import { useSyncOverview } from './use-sync-overview'

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** The header's word on syncing: when it last ran, what waits to be sent, who else is in the group. */
export function SyncStatusBadge() {
  const overview = useSyncOverview()
  const { running, laptops, last } = useSyncUi()
  const enabled = overview?.state?.enabled === true
  // A laptop that syncs loads the clock now, so its first write need not wait for it.
  useEffect(() => {
    if (enabled) loadSyncEngine().catch(() => {})
  }, [enabled])
  if (!enabled || !overview?.state) return null
  const { state, unsent, conflicts } = overview
  const open = conflicts.filter((c) => !c.settledAt).length
  const problem = (last?.problems.length ?? 0) > 0 || state.problems.length > 0
  return (
    <Link to="/synkronisering" className={`sync-badge${problem || open > 0 ? ' sync-badge-warn' : ''}`} aria-label="Synkronisering: status">
      <span role="status">
        {running ? 'Synkroniserer …' : state.lastSyncAt ? `Synkronisert ${formatTimestamp(state.lastSyncAt)}` : 'Ikke synkronisert ennå'}
      </span>
      <span>{unsent === 0 ? 'Alt er sendt' : `${plural(unsent, 'endring', 'endringer')} ikke sendt`}</span>
      <span>{plural(laptops.length, 'annen maskin', 'andre maskiner')}</span>
      {open > 0 && <span className="sync-badge-conflicts">{plural(open, 'konflikt', 'konflikter')} å avgjøre</span>}
      {problem && <span className="sync-badge-conflicts">Se problem</span>}
    </Link>
  )
}
