/**
 * Starting a round from the app: at start, every few minutes, on "Synkroniser nå" and on close.
 * One round at a time; a round asked for while one runs is the one running.
 */
import { getDevice } from '../../db/repositories/base'
import { readSyncState } from '../../db/repositories/sync-state-repo'
import { desktop, hasDesktop, hostErrorMessage } from '../../lib/desktop'
import { useSyncUi } from './store'
import type { RoundOutcome } from './sync-round'

// The runner starts with every window; the round, joining and leaving (with the clock, crdt and
// protobuf) load only when this laptop syncs or asks to (issue 17: first start).
const roundCode = () => import('./sync-round')
const syncRepo = () => import('../../db/repositories/sync-repo')

export const SYNC_EVERY_MS = 3 * 60 * 1000

let current: Promise<RoundOutcome | null> | null = null

/** Main's view of the folder (reachable, the other laptops); kept in the store for the screens. */
export async function refreshStatus(): Promise<void> {
  if (!hasDesktop()) return
  const { installId } = await getDevice()
  const r = await desktop().syncStatus({ installId })
  if (r.ok) useSyncUi.getState().set({ status: r.data, laptops: r.data.laptops.filter((l) => l.installId !== installId) })
}

export function runSync(): Promise<RoundOutcome | null> {
  current ??= roundNow().finally(() => {
    current = null
  })
  return current
}

async function roundNow(): Promise<RoundOutcome | null> {
  const state = await readSyncState()
  if (!hasDesktop() || !state?.enabled) return null
  useSyncUi.getState().set({ running: true })
  try {
    const device = await getDevice()
    const { syncRound } = await roundCode()
    const outcome = await syncRound(desktop(), device.userName, (done, total) => useSyncUi.getState().set({ joining: { done, total } }))
    useSyncUi.getState().set({ last: outcome })
    await refreshStatus()
    return outcome
  } finally {
    useSyncUi.getState().set({ running: false, joining: null })
  }
}

/** Settings → Synkronisering: main's folder dialog, then this laptop publishes what it holds and syncs. */
export async function chooseSyncFolder(): Promise<string | null> {
  const device = await getDevice()
  const r = await desktop().syncChooseFolder({ installId: device.installId, userName: device.userName })
  if (!r.ok) return r.error === 'cancelled' ? null : (r.detail ?? hostErrorMessage(r))
  if (!r.data.folderId) return r.data.problem ?? 'Mappen kan ikke brukes til synkronisering.'
  await (await syncRepo()).joinSyncFolder(r.data.folderId, device.userName)
  useSyncUi.getState().set({ status: r.data })
  await runSync()
  return null
}

export async function leaveSyncGroup(): Promise<string | null> {
  const device = await getDevice()
  const r = await desktop().syncLeaveFolder({ installId: device.installId })
  if (!r.ok) return r.detail ?? hostErrorMessage(r)
  await (await syncRepo()).leaveSyncFolder()
  useSyncUi.getState().set({ status: r.data, laptops: [], last: null })
  return null
}

export async function retireLaptop(target: string): Promise<string | null> {
  const device = await getDevice()
  const r = await desktop().syncRetireLaptop({ installId: device.installId, target })
  if (!r.ok) return r.error === 'cancelled' ? null : (r.detail ?? hostErrorMessage(r))
  await refreshStatus()
  return null
}
