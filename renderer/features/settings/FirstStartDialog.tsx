import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { TextField } from '../../components/TextField'
import { readDevice, setUserName } from '../../db/repositories/base'
import { requiredError } from '../../lib/validation'

/**
 * Whether this window has seen a name for this laptop before. A hint only (the database decides):
 * on a first start the question shows at once, while the new database is still being created.
 */
const KNOWN_USER = 'nfk.userKnown'
function userKnown(): boolean {
  try {
    return localStorage.getItem(KNOWN_USER) === '1'
  } catch {
    return true
  }
}
function rememberUserKnown(): void {
  try {
    localStorage.setItem(KNOWN_USER, '1')
  } catch {
    // Without storage the question just waits for the database, as before.
  }
}

/** At first start, asks who uses this laptop; the name goes into the audit log. */
export function FirstStartDialog() {
  const device = useLiveQuery(async () => (await readDevice()) ?? null, [])
  const ref = useRef<HTMLDialogElement>(null)
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const named = device !== undefined && device !== null && device.userName !== ''
  const open = device === undefined ? !userKnown() : !named

  useEffect(() => {
    if (named) rememberUserKnown()
  }, [named])

  // Opened before the browser paints, so a first start paints the question in its first frame
  // instead of a frame later (issue 17: first start).
  useLayoutEffect(() => {
    const dialog = ref.current
    if (dialog && open && !dialog.open) dialog.showModal()
  }, [open])

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const problem = requiredError(name, 'Navnet')
    setError(problem)
    if (!problem) await setUserName(name)
  }

  // Rendered only while needed, so its field never shadows the settings page's "Ditt navn".
  if (!open) return null
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="first-start-title" onCancel={(e) => e.preventDefault()}>
      <form onSubmit={submit} noValidate>
        <h2 id="first-start-title">Velkommen til NFK Sekretariat</h2>
        <p>Hva heter du? Navnet ditt lagres i endringsloggen, så kollegaene ser hvem som har endret hva.</p>
        <TextField label="Ditt navn" value={name} onChange={setName} error={error} autoComplete="name" autoFocus />
        <div className="dialog-actions">
          <button type="submit" className="button-primary">
            Start
          </button>
        </div>
      </form>
    </dialog>
  )
}
