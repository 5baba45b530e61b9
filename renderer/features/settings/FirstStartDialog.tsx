import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { TextField } from '../../components/TextField'
import type { DeviceInfo } from '../../db/models'
import { requiredError } from '../../lib/validation'

/** The database code is its own chunk (issue 17: first start); the question does not wait for it. */
const loadDeviceWatch = () => import('./device-watch')

/**
 * This laptop's device row, live: undefined until the database code has loaded and answered, then
 * the row (null before a name was given). A failed read goes to the route's error page, as before.
 */
function useDevice(): DeviceInfo | null | undefined {
  const [device, setDevice] = useState<DeviceInfo | null | undefined>(undefined)
  const [failure, setFailure] = useState<{ reason: unknown } | null>(null)
  useEffect(() => {
    let stop: (() => void) | null = null
    let left = false
    void loadDeviceWatch().then(
      ({ watchDevice }) => {
        if (!left) stop = watchDevice(setDevice, (reason) => setFailure({ reason }))
      },
      (reason: unknown) => setFailure({ reason }),
    )
    return () => {
      left = true
      stop?.()
    }
  }, [])
  if (failure) throw failure.reason
  return device
}

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
  const device = useDevice()
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
    // The name stays in the field until the database has it, even if its code is still loading.
    if (!problem) await (await loadDeviceWatch()).setUserName(name)
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
