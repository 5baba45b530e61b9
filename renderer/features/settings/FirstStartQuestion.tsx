import { useLayoutEffect, useRef, useState } from 'react'
import { TextField } from '../../components/TextField'
import { requiredError } from '../../lib/validation'

type Props = {
  /** Saves the name; the question stays, with the name in its field, until this has resolved. */
  onAnswer: (name: string) => Promise<void>
  /** Called at the first change of the name, so what saving needs can load while the rest is typed. */
  onTyping?: () => void
}

/**
 * The first-start question: who uses this laptop (the name goes into the audit log). Shown by the
 * shell (FirstStartDialog) and, on a fresh profile, on its own before the shell loads (issue 17).
 */
export function FirstStartQuestion({ onAnswer, onTyping }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const typed = useRef(false)
  const change = (next: string) => {
    setName(next)
    if (!typed.current) {
      typed.current = true
      onTyping?.()
    }
  }

  // Opened before the browser paints, so the question is in the first frame that shows it.
  useLayoutEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    if (saving) return
    const problem = requiredError(name, 'Navnet')
    setError(problem)
    if (problem) return
    setSaving(true)
    try {
      await onAnswer(name)
    } catch {
      setError('Navnet ble ikke lagret. Prøv igjen, eller start appen på nytt.')
    } finally {
      setSaving(false)
    }
  }

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="first-start-title" onCancel={(e) => e.preventDefault()}>
      <form onSubmit={submit} noValidate aria-busy={saving || undefined}>
        <h2 id="first-start-title">Velkommen til NFK Sekretariat</h2>
        <p>Hva heter du? Navnet ditt lagres i endringsloggen, så kollegaene ser hvem som har endret hva.</p>
        <TextField label="Ditt navn" value={name} onChange={change} error={error} autoComplete="name" autoFocus />
        <div className="dialog-actions">
          <button type="submit" className="button-primary">
            Start
          </button>
        </div>
      </form>
    </dialog>
  )
}
