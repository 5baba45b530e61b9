import { useEffect, useState } from 'react'
import type { DeviceInfo } from '../../db/models'
import { FirstStartQuestion } from './FirstStartQuestion'
import { rememberUserKnown, saveUserName, userKnown } from './user-name'

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
 * In the shell: asks for the user's name while this laptop has none. A fresh profile is asked before
 * the shell loads (app/FirstStartScreen); this covers a database that exists without a name.
 */
export function FirstStartDialog() {
  const device = useDevice()
  const named = device !== undefined && device !== null && device.userName !== ''
  const open = device === undefined ? !userKnown() : !named

  useEffect(() => {
    if (named) rememberUserKnown()
  }, [named])

  // Rendered only while needed, so its field never shadows the settings page's "Ditt navn".
  return open ? <FirstStartQuestion onAnswer={saveUserName} /> : null
}
