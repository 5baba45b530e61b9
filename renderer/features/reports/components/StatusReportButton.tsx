import { useEffect, useState } from 'react'
import { notify } from '../../../components/notices'
import { loadCriteriaYear } from '../../../db/repositories/criteria-repo'
import { loadSettings } from '../../../db/repositories/settings-repo'
import { todayInOslo } from '../../../lib/dates'
import { desktop, hostErrorMessage } from '../../../lib/desktop'
import { buildStatusReport } from '../status-report-model'

type Progress = { done: number; total: number }

/** Makes the year's status report in main, showing progress while the worker renders. */
export function StatusReportButton({ year }: { year: number }) {
  const [progress, setProgress] = useState<Progress | null>(null)
  const [jobId, setJobId] = useState<string | null>(null)

  useEffect(() => {
    if (!jobId) return
    return desktop().onEvent((event) => {
      if (event.type === 'progress' && event.jobId === jobId) setProgress({ done: event.done, total: event.total })
    })
  }, [jobId])

  const make = async () => {
    const id = crypto.randomUUID()
    setJobId(id)
    setProgress({ done: 0, total: 0 })
    try {
      const today = todayInOslo()
      const [{ snapshot, current, previous, previousSnapshot }, settings] = await Promise.all([loadCriteriaYear(year, today), loadSettings()])
      const model = buildStatusReport(snapshot, current, previous, settings.secretariatName, today, previousSnapshot)
      const result = await desktop().renderStatusReport({ model, jobId: id })
      if (result.ok) {
        const file = result.data
        notify(`Statusrapporten er lagret som ${file.name} (${file.pageCount} sider).`, 'success', {
          label: 'Åpne',
          run: () => void desktop().openExternal({ kind: 'written-file', path: file.path }),
        })
      } else if (result.error !== 'cancelled') notify(hostErrorMessage(result), 'error')
    } finally {
      setJobId(null)
      setProgress(null)
    }
  }

  return (
    <>
      <button type="button" onClick={() => void make()} disabled={progress !== null}>
        {progress ? 'Lager statusrapport …' : `Lag statusrapport ${year} (PDF)`}
      </button>
      {progress && progress.total > 0 && (
        <progress className="report-progress" aria-label="Statusrapport" max={progress.total} value={progress.done}>
          {progress.done} av {progress.total}
        </progress>
      )}
    </>
  )
}
