import { useEffect, useState } from 'react'
import type { BackupInfo } from '../../../electron/shared/channels/backup'
import { DataTable, type Column } from '../../components/DataTable'
import { readDevice } from '../../db/repositories/base'
import { notify } from '../../components/notices'
import { formatTimestamp } from '../../lib/dates'
import { desktop, hasDesktop, hostErrorMessage } from '../../lib/desktop'
import { writeBackup } from './backup-actions'
import { isMine, machineLabel } from './backup-health'
import { useBackupsVersion, useDataPage } from './store'
import { countsSummary, REASON_LABELS } from './table-labels'

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`)

/** The list's columns: whose machine is judged against this laptop's `myInstallId`. */
function backupColumns(myInstallId: string | null, restore: (backup: BackupInfo) => void): readonly Column<BackupInfo>[] {
  return [
    { key: 'at', header: 'Tatt', cell: (b) => formatTimestamp(b.at) },
    { key: 'machine', header: 'Maskin', cell: (b) => machineLabel(b, myInstallId) },
    { key: 'reason', header: 'Hvorfor', cell: (b) => REASON_LABELS[b.reason] },
    { key: 'counts', header: 'Innhold', cell: (b) => countsSummary(b.counts) || '–' },
    { key: 'size', header: 'Størrelse', cell: (b) => size(b.sizeBytes) },
    {
      key: 'action',
      header: 'Handling',
      headerHidden: true,
      cell: (b) => (
        <button type="button" onClick={() => restore(b)} aria-label={`Gjenopprett sikkerhetskopien fra ${formatTimestamp(b.at)}`}>
          Gjenopprett …
        </button>
      ),
    },
  ]
}

export function BackupList() {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null)
  const [myInstallId, setMyInstallId] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const version = useBackupsVersion((s) => s.version)
  const setSource = useDataPage((s) => s.setSource)

  useEffect(() => {
    if (!hasDesktop()) return
    void Promise.all([desktop().listBackups({}), readDevice()]).then(([r, device]) => {
      setMyInstallId(device?.installId ?? null)
      setBackups(r.ok ? r.data : [])
    })
  }, [version])

  const backupNow = async () => {
    setBusy(true)
    const result = await writeBackup('manual')
    setBusy(false)
    if (!result.ok) return notify(result.message, 'error')
    const folder = result.data.path.slice(0, result.data.path.length - result.data.name.length - 1)
    notify(`Sikkerhetskopien er lagret og kontrollert i ${folder}.`)
    if (result.data.secondError) notify(`Kopien i den ekstra mappen feilet: ${result.data.secondError}`, 'error')
  }

  const restore = async (backup: BackupInfo) => {
    const result = await desktop().readBackup({ name: backup.name })
    if (!result.ok) return notify(hostErrorMessage(result), 'error')
    const who = isMine(backup, myInstallId) ? '' : ` (${machineLabel(backup, myInstallId)})`
    setSource({ name: `sikkerhetskopi fra ${formatTimestamp(backup.at)}${who}`, bytes: result.data.bytes, fromBackup: true })
    document.getElementById('import-title')?.scrollIntoView({ block: 'start' })
  }

  const columns = backupColumns(myInstallId, (b) => void restore(b))

  return (
    <section className="card" aria-labelledby="backups-title">
      <h2 id="backups-title">Sikkerhetskopier</h2>
      <p>
        Programmet tar en kopi av alle data én gang om dagen, når programmet lukkes og før import, her og i den ekstra mappen hvis du har
        valgt en under Innstillinger. Det beholder de 14 nyeste, den siste fra hver av de siste 30 dagene og den siste fra hver av de
        siste 12 månedene. Kopier du tar selv, og kopier tatt før import eller oppgradering, blir aldri slettet for å gi plass til de
        automatiske.
      </p>
      <p>Kopier som andre maskiner har lagt i den ekstra mappen, vises også. Denne maskinen sletter aldri dem.</p>
      <div className="form-actions data-actions">
        <button type="button" onClick={() => void backupNow()} disabled={busy}>
          {busy ? 'Tar sikkerhetskopi …' : 'Ta sikkerhetskopi nå'}
        </button>
      </div>
      {backups && (
        <DataTable
          caption="Sikkerhetskopier"
          className="backup-table"
          columns={columns}
          rows={backups}
          rowKey={(b) => b.name}
          empty={{ title: 'Ingen sikkerhetskopier ennå', children: <p>Den første tas automatisk i løpet av dagen, eller med knappen over.</p> }}
        />
      )}
    </section>
  )
}
