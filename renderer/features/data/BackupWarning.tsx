import { useEffect, useState } from 'react'
import { Link } from 'react-router'
import { readDevice } from '../../db/repositories/base'
import { formatTimestamp } from '../../lib/dates'
import { desktop, hasDesktop } from '../../lib/desktop'
import { backupHealth, type BackupHealth } from './backup-health'
import { useBackupsVersion } from './store'

/**
 * A notice when this laptop has no backup, or none in the last two days. On Oversikt it links to
 * Data; on Data the backup list below it has the button.
 */
export function BackupWarning({ linkToData = false }: { linkToData?: boolean }) {
  const [health, setHealth] = useState<BackupHealth | null>(null)
  const version = useBackupsVersion((s) => s.version)

  useEffect(() => {
    if (!hasDesktop()) return
    let live = true
    void Promise.all([desktop().listBackups({}), readDevice()]).then(([listed, device]) => {
      if (live && listed.ok) setHealth(backupHealth(listed.data, device?.installId ?? null, new Date()))
    })
    return () => {
      live = false
    }
  }, [version])

  if (!health || health.kind === 'ok') return null
  const text =
    health.kind === 'none'
      ? 'Det finnes ingen sikkerhetskopi fra denne maskinen ennå.'
      : `Den nyeste sikkerhetskopien fra denne maskinen er fra ${formatTimestamp(health.newestAt)}, ${health.days} dager siden.`
  return (
    <section className="backup-warning" aria-label="Varsel om sikkerhetskopi">
      <p>
        {text} {linkToData ? <Link to="/data">Gå til sikkerhetskopiene</Link> : 'Ta en sikkerhetskopi nå med knappen under Sikkerhetskopier.'}
      </p>
    </section>
  )
}
