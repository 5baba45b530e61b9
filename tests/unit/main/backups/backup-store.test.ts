import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { BackupStore, KEEP_BACKUPS } from '../../../../electron/main/backups/backup-store'
import { CloseBackup } from '../../../../electron/main/backups/close-backup'

const envelope = (organisations: number) =>
  new TextEncoder().encode(
    JSON.stringify({
      format: 'nfk-sekretariat-eksport',
      version: 2,
      exportId: '11111111-2222-4333-8444-555555555555',
      exportedAt: '2026-11-28T10:00:00.000Z',
      counts: { organisations, people: 0 },
      data: { organisations: Array.from({ length: organisations }, (_, i) => ({ id: String(i) })), people: [] },
    }),
  )

function setup(second: string | null = null) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'backups-'))
  let minute = 0
  const store = new BackupStore(path.join(root, 'data'), async () => second, () => new Date(Date.UTC(2026, 10, 28, 8, minute++)))
  return { root, store }
}

describe('automatic backups on disk', () => {
  it('writes into the data folder and the chosen second folder, and lists date and counts', async () => {
    const second = mkdtempSync(path.join(os.tmpdir(), 'share-'))
    const { store } = setup(second)
    const written = await store.write(envelope(3), 'daily')
    expect(written.name).toBe('nfk-sikkerhetskopi-2026-11-28T08-00-00-000Z-daily.json')
    expect(readFileSync(written.path)).toEqual(Buffer.from(envelope(3)))
    expect(written.secondPath && readFileSync(written.secondPath)).toEqual(Buffer.from(envelope(3)))
    expect(await store.list()).toEqual([
      { name: written.name, at: '2026-11-28T08:00:00.000Z', reason: 'daily', sizeBytes: envelope(3).length, counts: { organisations: 3, people: 0 } },
    ])
    expect((await store.status()).lastBackupAt).toBe('2026-11-28T08:00:00.000Z')
  })

  it(`keeps the newest ${KEEP_BACKUPS} in each folder`, async () => {
    const second = mkdtempSync(path.join(os.tmpdir(), 'share-'))
    const { store } = setup(second)
    for (let i = 0; i < KEEP_BACKUPS + 3; i++) await store.write(envelope(i), 'daily')
    const listed = await store.list()
    expect(listed).toHaveLength(KEEP_BACKUPS)
    expect(listed[0]?.counts.organisations).toBe(KEEP_BACKUPS + 2)
    expect(listed.at(-1)?.counts.organisations).toBe(3)
    expect(readdirSync(second).filter((n) => n.endsWith('.json'))).toHaveLength(KEEP_BACKUPS)
    expect(readdirSync(store.folder).filter((n) => n.endsWith('.meta'))).toHaveLength(KEEP_BACKUPS)
  })

  it('reports a second folder that cannot be written, while the local copy is kept', async () => {
    const blocked = mkdtempSync(path.join(os.tmpdir(), 'share-'))
    const asFile = path.join(blocked, 'ikke-en-mappe')
    writeFileSync(asFile, 'x')
    const { store } = setup(asFile)
    const written = await store.write(envelope(1), 'close')
    expect(written.secondPath).toBeNull()
    expect(written.secondError).toMatch(/EEXIST|ENOTDIR/)
    expect(await store.list()).toHaveLength(1)
  })

  it('refuses to write a backup that is not an export, and reads only backups it lists', async () => {
    const { store } = setup()
    await expect(store.write(new TextEncoder().encode('{"format":"noe annet"}'), 'daily')).rejects.toThrow('ikke en eksportfil')
    const written = await store.write(envelope(2), 'manual')
    expect(await store.read(written.name)).toEqual(new Uint8Array(envelope(2)))
    expect(await store.read('../main-config.json')).toBeNull()
  })
})

describe('the backup on close', () => {
  it('waits for the page and reports a failure once, at the next start', async () => {
    const { store } = setup()
    const close = new CloseBackup(() => setTimeout(() => close.answer(false, 'disken er full'), 5), (m) => store.recordCloseFailure(m))
    expect(await close.run()).toBe('failed')
    expect((await store.status()).failedOnClose).toMatchObject({ message: 'disken er full' })
    expect((await store.status()).failedOnClose).toBeNull()
  })

  it('gives up after the time limit and records that nothing answered', async () => {
    const { store } = setup()
    const close = new CloseBackup(() => {}, (m) => store.recordCloseFailure(m), 30)
    expect(await close.run()).toBe('timeout')
    expect((await store.status()).failedOnClose?.message).toContain('ingen svar')
  })

  it('closes without a note when the page saved its backup', async () => {
    const { store } = setup()
    const close = new CloseBackup(() => queueMicrotask(() => close.answer(true)), (m) => store.recordCloseFailure(m))
    expect(await close.run()).toBe('ok')
    expect((await store.status()).failedOnClose).toBeNull()
    expect(close.answer(true)).toBe(false)
  })
})
