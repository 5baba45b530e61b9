import type { JobProgress } from './contract-job'

/** Progress of PDF work in main; the page stays usable while it runs, and the work can be stopped. */
export function JobProgressBar({ progress, label, onCancel }: { progress: JobProgress; label: string; onCancel?: () => void }) {
  return (
    <div className="job-progress" role="status">
      <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label={label} />
      <span>
        {label}
        {progress.total > 1 ? ` (${progress.done} av ${progress.total})` : ' …'}
      </span>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          Avbryt
        </button>
      )}
    </div>
  )
}
