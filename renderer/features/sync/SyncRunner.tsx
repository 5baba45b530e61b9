import { useEffect } from 'react'
import { hasDesktop } from '../../lib/desktop'
import { refreshStatus, runSync, SYNC_EVERY_MS } from './run-sync'

/** Syncs at start, every few minutes while the app is open, and when main says it is closing. */
export function SyncRunner() {
  useEffect(() => {
    if (!hasDesktop()) return
    void refreshStatus().then(() => runSync())
    const timer = window.setInterval(() => void runSync(), SYNC_EVERY_MS)
    const off = window.nfk?.onEvent((event) => {
      if (event.type === 'backup-before-close') void runSync()
    })
    return () => {
      window.clearInterval(timer)
      off?.()
    }
  }, [])
  return null
}
