/**
 * A sync group for tests: one shared folder (a real temporary folder) and laptops, each with its
 * own main data folder, config and SyncFolder, as three installs of the app would have.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { MainConfigStore } from '../../../../electron/main/config/main-config'
import { SyncFolder, type SyncFolderOptions } from '../../../../electron/main/sync/sync-folder'
import type { SyncFs } from '../../../../electron/main/sync/sync-fs'
import type { SyncMessage } from '../../../../electron/shared/sync-message'
import type { SyncCursors } from '../../../../electron/shared/channels/sync'

export const KARI = 'aaaaaaaa-1111-4111-8111-111111111111'
export const OLA = 'bbbbbbbb-2222-4222-8222-222222222222'
export const PER = 'cccccccc-3333-4333-8333-333333333333'
export const NAMES: Record<string, string> = { [KARI]: 'Kari', [OLA]: 'Ola', [PER]: 'Per' }

const node = (installId: string) => installId.replace(/-/g, '').slice(-16)

/** A valid HLC timestamp: minute `n` after a fixed start, on the laptop's node. */
export function stamp(installId: string, n: number, counter = 0): string {
  const at = new Date(Date.UTC(2026, 10, 28, 9, 0, 0) + n * 60_000).toISOString()
  return `${at}-${counter.toString(16).toUpperCase().padStart(4, '0')}-${node(installId)}`
}

let counter = 0
/** A field change from `installId`; each call gets a later timestamp. */
export function change(installId: string, row: string, field: string, value: SyncMessage['value'], table = 'organisations'): SyncMessage {
  counter++
  return { table, row, field, op: 'set', value, timestamp: stamp(installId, counter) }
}

export function changes(installId: string, n: number, row = 'org-1'): SyncMessage[] {
  return Array.from({ length: n }, (_, i) => change(installId, row, 'notes', `notat ${i}`))
}

export type Laptop = { id: string; name: string; sync: SyncFolder; config: MainConfigStore; dataFolder: string }

export function makeGroup(options: { fs?: SyncFs; now?: () => Date } = {}) {
  const shared = mkdtempSync(path.join(os.tmpdir(), 'nfk-sync-'))
  const laptops: Laptop[] = []
  const laptop = (id: string, extra: Partial<SyncFolderOptions> = {}): Laptop => {
    const dataFolder = mkdtempSync(path.join(os.tmpdir(), 'nfk-main-'))
    const config = new MainConfigStore(dataFolder)
    const sync = new SyncFolder(config, { appVersion: '1.0.0', ...(options.fs ? { fs: options.fs } : {}), now: options.now ?? (() => new Date('2026-11-28T10:00:00.000Z')), ...extra })
    const l = { id, name: NAMES[id] ?? id, sync, config, dataFolder }
    laptops.push(l)
    return l
  }
  /** A laptop that has chosen the shared folder. */
  const join = async (id: string, extra: Partial<SyncFolderOptions> = {}) => {
    const l = laptop(id, extra)
    await l.sync.choose(id, l.name, shared)
    return l
  }
  const syncDir = path.join(shared, 'nfk-sync')
  const folderId = async (l: Laptop) => (await l.config.readSync())?.folderId as string
  const push = async (l: Laptop, messages: SyncMessage[], seen: SyncCursors = {}) =>
    l.sync.push({ installId: l.id, userName: l.name, batchId: crypto.randomUUID(), seen, messages })
  const pull = async (l: Laptop, cursors: SyncCursors, maxMessages?: number) =>
    l.sync.pull({ installId: l.id, folderId: await folderId(l), cursors, ...(maxMessages ? { maxMessages } : {}) })
  const ack = async (l: Laptop, cursors: SyncCursors) => l.sync.ack({ installId: l.id, folderId: await folderId(l), userName: l.name, cursors })
  const filesOf = (id: string) => readdirSync(path.join(syncDir, id)).sort()
  const fileText = (id: string, name: string) => readFileSync(path.join(syncDir, id, name), 'utf8')
  return { shared, syncDir, laptops, laptop, join, folderId, push, pull, ack, filesOf, fileText }
}

/** The cursors after applying a pull: the last seq per laptop. */
export function advance(cursors: SyncCursors, batches: { installId: string; seq: number }[]): SyncCursors {
  const next = { ...cursors }
  for (const b of batches) next[b.installId] = Math.max(next[b.installId] ?? 0, b.seq)
  return next
}
