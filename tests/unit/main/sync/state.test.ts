/** Where sync state lives: main's config, each laptop's manifest, the folder identity, the file cache. */
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { MainConfigStore } from '../../../../electron/main/config/main-config'
import { encodeSyncFile, type SnapshotFile } from '../../../../electron/main/sync/envelope'
import { ensureFolderId, FolderIdentityError, readFolderId } from '../../../../electron/main/sync/folder-identity'
import { FileReader } from '../../../../electron/main/sync/laptop-files'
import { readManifest, writeManifest } from '../../../../electron/main/sync/manifest'
import { realSyncFs, type SyncFs } from '../../../../electron/main/sync/sync-fs'
import { changes, KARI, OLA } from './group'

const temp = () => mkdtempSync(path.join(os.tmpdir(), 'nfk-sync-state-'))
const SYNC = { folder: '/delt', folderId: 'f-1', installId: KARI, lastSeq: 4, total: 40, lastSyncAt: null }

describe('main’s config keeps the sync state apart from the folders the page sees', () => {
  it('stores and reads back the sync section, and the page’s view stays the two folders', async () => {
    const dir = temp()
    const store = new MainConfigStore(dir)
    await store.update({ outputFolder: '/ut' })
    await store.updateSync(SYNC)
    await store.update({ backupFolder: '/kopi' })
    const again = new MainConfigStore(dir)
    expect(await again.readSync()).toEqual(SYNC)
    expect(await again.read()).toEqual({ outputFolder: '/ut', backupFolder: '/kopi' })
    await again.updateSync(null)
    expect(await new MainConfigStore(dir).readSync()).toBeNull()
  })

  it('drops only a broken sync section, never the folders', async () => {
    const dir = temp()
    writeFileSync(path.join(dir, 'main-config.json'), JSON.stringify({ outputFolder: '/ut', backupFolder: null, sync: { folder: 3 } }))
    const store = new MainConfigStore(dir)
    expect(await store.read()).toEqual({ outputFolder: '/ut', backupFolder: null })
    expect(await store.readSync()).toBeNull()
  })
})

describe('a laptop’s manifest', () => {
  const manifest = { installId: KARI, userName: 'Kari', appVersion: '1.0.0', lastSeq: 3, total: 9, applied: { [OLA]: 2 }, syncedAt: null, updatedAt: '2026-11-28T10:00:00.000Z' }

  it('reads back what its owner wrote', async () => {
    const dir = temp()
    await writeManifest(realSyncFs, dir, manifest)
    expect(JSON.parse(readFileSync(path.join(dir, 'maskin.json'), 'utf8'))).toMatchObject({ format: 'nfk-sekretariat-synk-maskin', version: 1 })
    expect(await readManifest(realSyncFs, dir, KARI)).toEqual(manifest)
  })

  it('counts as absent when it is missing, half-copied, malformed or another laptop’s', async () => {
    const dir = temp()
    expect(await readManifest(realSyncFs, dir, KARI)).toBeNull()
    await writeManifest(realSyncFs, dir, manifest)
    expect(await readManifest(realSyncFs, dir, OLA)).toBeNull()
    const text = readFileSync(path.join(dir, 'maskin.json'), 'utf8')
    writeFileSync(path.join(dir, 'maskin.json'), text.slice(0, 30))
    expect(await readManifest(realSyncFs, dir, KARI)).toBeNull()
    writeFileSync(path.join(dir, 'maskin.json'), text.replace('"lastSeq":3', '"lastSeq":-3'))
    expect(await readManifest(realSyncFs, dir, KARI)).toBeNull()
  })
})

describe('the folder identity', () => {
  it('is made once and then read', async () => {
    const dir = path.join(temp(), 'nfk-sync')
    expect(await readFolderId(realSyncFs, temp())).toBeNull()
    const id = await ensureFolderId(realSyncFs, dir, new Date('2026-11-28T10:00:00.000Z'))
    expect(await ensureFolderId(realSyncFs, dir, new Date())).toBe(id)
    expect(JSON.parse(readFileSync(path.join(dir, 'synkmappe.json'), 'utf8'))).toEqual({ format: 'nfk-sekretariat-synkmappe', folderId: id, createdAt: '2026-11-28T10:00:00.000Z' })
  })

  it('is never guessed over: an unreadable file is an error, and so is a folder that cannot be read', async () => {
    const dir = temp()
    for (const text of ['{"format":"nfk-sekretariat-synkmappe"', '{"format":"annet","folderId":"x","createdAt":""}']) {
      writeFileSync(path.join(dir, 'synkmappe.json'), text)
      await expect(readFolderId(realSyncFs, dir)).rejects.toBeInstanceOf(FolderIdentityError)
      await expect(ensureFolderId(realSyncFs, dir, new Date())).rejects.toBeInstanceOf(FolderIdentityError)
      expect(readFileSync(path.join(dir, 'synkmappe.json'), 'utf8')).toBe(text)
    }
    const denied: SyncFs = { ...realSyncFs, readFile: async () => Promise.reject(Object.assign(new Error('denied'), { code: 'EACCES' })) }
    await expect(readFolderId(denied, dir)).rejects.toMatchObject({ code: 'EACCES' })
  })
})

describe('the file reader', () => {
  function snapshotIn(syncDir: string, messages = changes(KARI, 2), seq = 1) {
    mkdirSync(path.join(syncDir, KARI), { recursive: true })
    const file = path.join(syncDir, KARI, `snapshot-000000000${seq}.nfksync`)
    const body: Omit<SnapshotFile, 'format' | 'version'> = { kind: 'snapshot', installId: KARI, userName: 'Kari', appVersion: '1', seq, writtenAt: '2026-11-28T10:00:00.000Z', count: messages.length, messages, covers: {}, clock: '', merkle: null }
    writeFileSync(file, encodeSyncFile(body))
    return file
  }
  const counting = () => {
    const reads: string[] = []
    const fs: SyncFs = { ...realSyncFs, readFile: async (f) => (reads.push(path.basename(f)), realSyncFs.readFile(f)) }
    return { fs, reads }
  }

  it('reads a snapshot once until it changes on disk', async () => {
    const syncDir = temp()
    const file = snapshotIn(syncDir)
    const { fs, reads } = counting()
    const reader = new FileReader(fs)
    const first = await reader.read(syncDir, KARI, 'snapshot', 1)
    expect(first.ok).toBe(true)
    expect(await reader.read(syncDir, KARI, 'snapshot', 1)).toBe(first)
    expect(reads).toHaveLength(1)
    snapshotIn(syncDir, changes(KARI, 3))
    utimesSync(file, new Date(), new Date(Date.now() + 5000))
    const changed = await reader.read(syncDir, KARI, 'snapshot', 1)
    expect(changed.ok && changed.file.count).toBe(3)
    reader.forget(file)
    await reader.read(syncDir, KARI, 'snapshot', 1)
    expect(reads).toHaveLength(3)
  })

  it('refuses a file bigger than 512 MB without reading it', async () => {
    const syncDir = temp()
    snapshotIn(syncDir)
    const { fs, reads } = counting()
    const reader = new FileReader({ ...fs, stat: async (f) => ({ ...(await realSyncFs.stat(f)), size: 512 * 1024 * 1024 + 1 }) })
    expect(await reader.read(syncDir, KARI, 'snapshot', 1)).toEqual({ ok: false, fault: 'invalid', reason: 'filen er større enn 512 MB' })
    expect(reads).toEqual([])
    const atLimit = new FileReader({ ...fs, stat: async (f) => ({ ...(await realSyncFs.stat(f)), size: 512 * 1024 * 1024 }) })
    expect((await atLimit.read(syncDir, KARI, 'snapshot', 1)).ok).toBe(true)
  })

  it('reads again a snapshot that was not whole, and keeps only a few', async () => {
    const syncDir = temp()
    const file = snapshotIn(syncDir)
    const whole = readFileSync(file)
    writeFileSync(file, whole.subarray(0, 100))
    const { fs, reads } = counting()
    const reader = new FileReader(fs, 1)
    expect((await reader.read(syncDir, KARI, 'snapshot', 1)).ok).toBe(false)
    writeFileSync(file, whole)
    expect((await reader.read(syncDir, KARI, 'snapshot', 1)).ok).toBe(true)
    expect(reads).toHaveLength(2)
    // With room for one, a second snapshot pushes the first out.
    snapshotIn(syncDir, changes(KARI, 1), 2)
    await reader.read(syncDir, KARI, 'snapshot', 2)
    await reader.read(syncDir, KARI, 'snapshot', 1)
    expect(reads).toHaveLength(4)
    await reader.read(syncDir, KARI, 'snapshot', 1)
    expect(reads).toHaveLength(4)
  })
})
