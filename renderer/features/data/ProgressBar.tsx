import { useId } from 'react'

/** Progress of long work with its counts ("87 av 130"), announced to screen readers by its label. */
export function ProgressBar({ label, done, total }: { label: string; done: number; total: number }) {
  const id = useId()
  return (
    <div className="data-progress">
      <span id={id}>
        {label}
        {total > 1 ? `: ${done.toLocaleString('nb-NO')} av ${total.toLocaleString('nb-NO')}` : ' …'}
      </span>
      <progress aria-labelledby={id} max={Math.max(total, 1)} value={done} />
    </div>
  )
}
