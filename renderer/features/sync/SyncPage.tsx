import { useState } from 'react'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { DataTable, type Column } from '../../components/DataTable'
import { PageHeader } from '../../components/PageHeader'
import { notify } from '../../components/notices'
import { formatTimestamp } from '../../lib/dates'
import { hasDesktop } from '../../lib/desktop'
import type { SyncLaptop } from '../../../electron/shared/channels/sync'
import { laptopName } from '../../../electron/shared/sync-message'
import { ConflictList } from './ConflictList'
import { ProbableDuplicates } from './ProbableDuplicates'
import { chooseSyncFolder, leaveSyncGroup, retireLaptop, runSync } from './run-sync'
import { useSyncUi } from './store'
import { useSyncOverview } from './use-sync-overview'

const say = (problem: string | null, done?: string) => (problem ? notify(problem, 'error') : done && notify(done))

async function syncNow(): Promise<void> {
  const outcome = await runSync()
  if (!outcome) return
  if (outcome.problems.length > 0) notify('Synkroniseringen ble ikke helt ferdig. Se hva som gikk galt under.', 'error')
  else notify('Synkroniseringen er ferdig.')
}

const LAPTOP_COLUMNS: readonly Column<SyncLaptop>[] = [
  { key: 'name', header: 'Maskin', cell: (l) => laptopName(l.installId, l.userName) },
  { key: 'seen', header: 'Sist sett', cell: (l) => (l.lastSeenAt ? formatTimestamp(l.lastSeenAt) : 'Ukjent') },
  { key: 'files', header: 'Filer', cell: (l) => l.lastSeq },
  {
    key: 'actions',
    header: 'Handlinger',
    headerHidden: true,
    cell: (l) => (
      <button type="button" onClick={() => void retireLaptop(l.installId).then((p) => say(p))} aria-label={`Ta ${laptopName(l.installId, l.userName)} ut av gruppen`}>
        Ta ut av gruppen …
      </button>
    ),
  },
]

/** A new laptop taking in the group's register from the newest snapshot, chunk by chunk. */
function JoinProgress({ done, total }: { done: number; total: number }) {
  const label = `Henter registeret fra mappen: ${done.toLocaleString('nb-NO')} av ${total.toLocaleString('nb-NO')} endringer`
  return (
    <div className="sync-joining" role="status">
      <span>{label}</span>
      <progress aria-label="Henter registeret fra mappen" max={Math.max(total, 1)} value={done} />
    </div>
  )
}

/** Innstillinger → Synkronisering: the shared folder, syncing now, the other laptops and the conflicts. */
export function SyncPage() {
  const overview = useSyncOverview()
  const { running, status, laptops, last, joining } = useSyncUi()
  const [leaving, setLeaving] = useState(false)
  if (!overview) return <PageHeader title="Synkronisering" />
  const { state, unsent, conflicts } = overview
  const enabled = !!state?.enabled
  const problems = [...new Set([...(last?.problems ?? []), ...(state?.problems ?? []), ...(status?.problem ? [status.problem] : [])])]

  return (
    <>
      <PageHeader title="Synkronisering" description="Del registeret med de andre i sekretariatet gjennom en mappe dere allerede deler (OneDrive, Teams, SharePoint eller en nettverksdisk)." />
      <section className="card" aria-labelledby="sync-folder-title">
        <h2 id="sync-folder-title">Mappe for synkronisering</h2>
        {!hasDesktop() && <p className="field-hint">Synkronisering krever skrivebordsprogrammet.</p>}
        {!enabled ? (
          <>
            <p>Denne maskinen synkroniserer ikke. Velg en mappe som de andre maskinene også har tilgang til.</p>
            <button type="button" className="button-primary" disabled={!hasDesktop()} onClick={() => void chooseSyncFolder().then((p) => say(p, 'Mappen er valgt. Denne maskinen synkroniserer nå.'))}>
              Velg mappe for synkronisering …
            </button>
          </>
        ) : (
          <>
            <dl className="sync-facts">
              <dt>Mappe</dt>
              <dd className="folder-path">{status?.folder ?? '(ukjent)'}</dd>
              <dt>Sist synkronisert</dt>
              <dd>{state.lastSyncAt ? formatTimestamp(state.lastSyncAt) : 'Ikke ennå'}</dd>
              <dt>Endringer som ikke er sendt</dt>
              <dd>{unsent}</dd>
            </dl>
            {joining && <JoinProgress done={joining.done} total={joining.total} />}
            {problems.length > 0 && (
              <div className="sync-problems" role="alert">
                <ul>
                  {problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              </div>
            )}
            <div className="form-actions">
              <button type="button" className="button-primary" disabled={running} onClick={() => void syncNow()}>
                {running ? 'Synkroniserer …' : 'Synkroniser nå'}
              </button>
              <button type="button" onClick={() => setLeaving(true)}>
                Slutt å synkronisere
              </button>
            </div>
          </>
        )}
      </section>
      {enabled && (
        <section className="card" aria-labelledby="sync-laptops-title">
          <h2 id="sync-laptops-title">Andre maskiner i gruppen</h2>
          <DataTable caption="Andre maskiner i gruppen" columns={LAPTOP_COLUMNS} rows={laptops} rowKey={(l) => l.installId} empty="Ingen andre maskiner har synkronisert med denne mappen ennå." />
        </section>
      )}
      {enabled && <ConflictList conflicts={conflicts} />}
      {enabled && <ProbableDuplicates />}
      <ConfirmDialog
        open={leaving}
        title="Slutte å synkronisere?"
        message="Denne maskinen slutter å sende og hente endringer. Endringer som ikke er sendt, blir ikke sendt. Mappen og de andres filer blir liggende."
        confirmLabel="Slutt å synkronisere"
        danger
        onCancel={() => setLeaving(false)}
        onConfirm={() => {
          setLeaving(false)
          void leaveSyncGroup().then((p) => say(p, 'Denne maskinen synkroniserer ikke lenger.'))
        }}
      />
    </>
  )
}
