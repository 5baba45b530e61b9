import { useEffect, useId, useRef, type ReactNode } from 'react'

type Props = {
  open: boolean
  title: string
  message: string
  confirmLabel: string
  danger?: boolean
  onConfirm: () => void
  onCancel: () => void
  /** More to read under the message (e.g. what will be lost). */
  children?: ReactNode
  /** A second way forward, offered between the confirm button and "Avbryt". */
  alternative?: { label: string; run: () => void }
}

/** A modal confirmation for destructive actions; Escape cancels, focus starts on "Avbryt". */
export function ConfirmDialog({ open, title, message, confirmLabel, danger, onConfirm, onCancel, children, alternative }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  // Unique per dialog, so two on one page each keep their own accessible name.
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])
  const cancel = (
    <button type="button" autoFocus onClick={onCancel}>
      Avbryt
    </button>
  )
  const confirm = (
    <button type="button" className={danger ? 'button-danger' : 'button-primary'} onClick={onConfirm}>
      {confirmLabel}
    </button>
  )
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onCancel={(e) => { e.preventDefault(); onCancel() }}>
      <h2 id={titleId}>{title}</h2>
      <p>{message}</p>
      {children}
      {alternative ? (
        // Three ways out do not fit side by side in the dialog's width (their labels wrapped inside
        // the buttons): they stand one under the other, full width, the way forward first and
        // "Avbryt" last, in the order Tab takes them.
        <div className="dialog-actions dialog-actions-stacked">
          {confirm}
          <button type="button" onClick={alternative.run}>
            {alternative.label}
          </button>
          {cancel}
        </div>
      ) : (
        <div className="dialog-actions">
          {cancel}
          {confirm}
        </div>
      )}
    </dialog>
  )
}
