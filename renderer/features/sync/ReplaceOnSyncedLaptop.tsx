import { readSyncState } from '../../db/repositories/sync-state-repo'
import { useLiveQuery } from 'dexie-react-hooks'
import { leaveSyncGroup } from './run-sync'
import { ConfirmDialog } from '../../components/ConfirmDialog'

/** Whether this laptop syncs (replace and restore must then ask what the others should get). */
export function useSyncEnabled(): boolean {
  return useLiveQuery(async () => !!(await readSyncState())?.enabled, []) ?? false
}

type Props = {
  open: boolean
  /** What the others lose, per table ("Virksomheter", 3), and some names, for the preview. */
  losses: { label: string; count: number }[]
  examples: string[]
  onReplace: () => void
  onCancel: () => void
}

/**
 * "Erstatt alt" or a restore on a synced laptop never deletes silently on the others: the user
 * either leaves the sync group first (the others keep everything), or publishes the difference as
 * ordinary changes, having seen what the others will lose (it goes to their trash).
 */
export function ReplaceOnSyncedLaptop({ open, losses, examples, onReplace, onCancel }: Props) {
  const total = losses.reduce((sum, l) => sum + l.count, 0)
  const leaveAndReplace = async () => {
    const problem = await leaveSyncGroup()
    if (problem) onCancel()
    else onReplace()
  }
  return (
    <ConfirmDialog
      open={open}
      title="Denne maskinen synkroniserer"
      message="Hvis du erstatter alt her, kan endringen sendes til de andre maskinene i gruppen. Velg hva de skal få."
      confirmLabel="Send forskjellen og erstatt"
      danger
      onConfirm={onReplace}
      onCancel={onCancel}
      alternative={{ label: 'Forlat synkroniseringen og erstatt', run: () => void leaveAndReplace() }}
    >
      {total === 0 ? (
        <p>De andre mister ingenting: alt som finnes her, finnes også i filen.</p>
      ) : (
        <>
          <p>Sender du forskjellen, flyttes dette til papirkurven hos de andre:</p>
          <ul aria-label="Dette mister de andre">
            {losses.filter((l) => l.count > 0).map((l) => (
              <li key={l.label}>
                {l.label}: {l.count}
              </li>
            ))}
          </ul>
          {examples.length > 0 && <p className="field-hint">Blant annet: {examples.join(', ')}.</p>}
        </>
      )}
    </ConfirmDialog>
  )
}
