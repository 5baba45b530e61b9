import { useId } from 'react'

/** Progress of long work, announced to screen readers by its label. */
export function ProgressBar({ label, done, total }: { label: string; done: number; total: number }) {
  const id = useId()
  const percent = total > 0 ? Math.round((done / total) * 100) : 0
  return (
    <div className="data-progress">
      <span id={id}>
        {label} … {percent} %
      </span>
      <progress aria-labelledby={id} max={Math.max(total, 1)} value={done} />
    </div>
  )
}
