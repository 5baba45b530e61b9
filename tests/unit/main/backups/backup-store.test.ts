import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { scanFolder } from '../../../../electron/main/backups/backup-folder'
import { BackupStore, EnvelopeRefusedError, rotate } from '../../../../electron/main/backups/backup-store'
import { CloseBackup } from '../../../../electron/main/backups/close-backup'
import { realFs, type AtomicFs } from '../../../../electron/main/files/atomic-write'
import { envelope, LAPTOP_A, LAPTOP_B } from './envelopes'

const tempDir = (prefix: string) => mkdtempSync(path.join(os.tmpdir(), prefix))

function setup(second: string | null = null, options: { fs?: AtomicFs; installId?: string } = {}) {
  const root = tempDir('backups-')
  let minute = 0
  const now = () => new Date(Date.UTC(2026, 10, 28, 8, minute++))
  const store = new BackupStore(path.join(root, 'data'), async () => second, { now, ...(options.fs ? { fs: options.fs } : {}) })
  return { root, store }
}

const sameMillisecond = () => new Date('2026-11-28T08:00:00.000Z')
const jsonFiles = (folder: string) => readdirSync(folder).filter((n) => n.endsWith('.json')).sort()

/** The real file system, except that reading a file back returns other bytes than those on disk. */
const corruptReadBack = (match: (file: string) => boolean): AtomicFs => ({
  ...realFs,
  readFile: async (file) => {
    const bytes = await realFs.readFile(file)
    return match(file) ? bytes.map((b, i) => (i === 10 ? b ^ 1 : b)) : bytes
  },
})

describe('automatic backups on disk', () => {
  it('writes into the data folder and the chosen second folder, named with the laptop, and lists who and when', async () => {
    const second = tempDir('share-')
    const { store } = setup(second)
    const written = await store.write(envelope(3), 'daily', 'Kari Nordmann')
    expect(written.name).toBe(`nfk-sikkerhetskopi-2026-11-28T08-00-00-000Z-${LAPTOP_A}-daily.json`)
    expect(readFileSync(written.path)).toEqual(Buffer.from(envelope(3)))
    expect(written.secondPath && readFileSync(written.secondPath)).toEqual(Buffer.from(envelope(3)))
    expect(await store.list()).toEqual([
      {
        name: written.name,
        at: '2026-11-28T08:00:00.000Z',
        reason: 'daily',
        sizeBytes: envelope(3).length,
        counts: { organisations: 3, people: 0 },
        installId: LAPTOP_A,
        userName: 'Kari Nordmann',
        folder: 'local',
      },
    ])
    expect((await store.status()).lastBackupAt).toBe('2026-11-28T08:00:00.000Z')
  })

  it('checks the envelope in memory first: a refused one writes nothing anywhere, not even a temporary file', async () => {
    const second = tempDir('share-')
    const opened: string[] = []
    const { store } = setup(second, { fs: { ...realFs, open: (file, flags) => (opened.push(file), realFs.open(file, flags)) } })
    await expect(store.write(new TextEncoder().encode('{"format":"noe annet"}'), 'daily')).rejects.toThrow('ikke en eksportfil')
    const refused = await store.write(envelope(2, 'ikke/en id'), 'daily').catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(EnvelopeRefusedError)
    expect(refused).toMatchObject({ name: 'EnvelopeRefusedError', message: 'maskin-ID-en i filen er ugyldig' })
    expect(existsSync(store.folder) ? readdirSync(store.folder) : []).toEqual([])
    expect(readdirSync(second)).toEqual([])
    expect((await store.status()).lastBackupAt).toBeNull()
    expect(opened).toEqual([])
  })

  it('removes a copy that fails its read-back and reports it, so it never takes a place', async () => {
    const { store } = setup(null, { fs: corruptReadBack((f) => f.endsWith('.tmp') && !f.includes('.meta.')) })
    await expect(store.write(envelope(2), 'manual')).rejects.toThrow('ikke lik den som ble skrevet')
    expect(readdirSync(store.folder)).toEqual([])
    expect(await store.list()).toEqual([])
  })

  it('removes a copy whose sidecar reads back wrong: without a sound sidecar the copy is not verified', async () => {
    const { store } = setup(null, { fs: corruptReadBack((f) => f.includes('.meta.')) })
    await expect(store.write(envelope(2), 'manual')).rejects.toThrow('ikke lik den som ble skrevet')
    expect(readdirSync(store.folder)).toEqual([])
  })

  it('removes a copy whose sidecar could not be written: without it the copy is not verified', async () => {
    const fs: AtomicFs = { ...realFs, rename: async (from, to) => (to.endsWith('.meta') ? Promise.reject(Object.assign(new Error('x'), { code: 'ENOSPC' })) : realFs.rename(from, to)) }
    const { store } = setup(null, { fs })
    await expect(store.write(envelope(2), 'manual')).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(readdirSync(store.folder)).toEqual([])
  })

  it('reports a second copy that fails its read-back in Norwegian, removes it there and keeps the local one', async () => {
    const second = tempDir('share-')
    const { store } = setup(second, { fs: corruptReadBack((f) => f.startsWith(second) && !f.includes('.meta.')) })
    const written = await store.write(envelope(1), 'close')
    expect(written.secondPath).toBeNull()
    expect(written.secondError).toBe('kontrollen etter skriving feilet: filen som ble lest tilbake, er ikke lik den som ble skrevet')
    expect(readdirSync(second)).toEqual([])
    expect(jsonFiles(store.folder)).toEqual([written.name])
  })

  it('reports a second folder that cannot be written in Norwegian, without paths, while the local copy is kept', async () => {
    const blocked = tempDir('share-')
    const asFile = path.join(blocked, 'ikke-en-mappe')
    writeFileSync(asFile, 'x')
    const { store } = setup(asFile)
    const written = await store.write(envelope(1), 'close')
    expect(written.secondPath).toBeNull()
    expect(written.secondError).toBe('det finnes allerede noe med samme navn')
    expect(await store.list()).toHaveLength(1)
  })

  it('reads only backups it lists, from either folder', async () => {
    const second = tempDir('share-')
    const { store } = setup(second)
    const written = await store.write(envelope(2), 'manual')
    const other = new BackupStore(tempDir('other-'), async () => second, { now: () => new Date('2026-11-27T10:00:00.000Z') })
    const theirs = await other.write(envelope(5, LAPTOP_B), 'close', 'Ola')
    expect(await store.read(written.name)).toEqual(new Uint8Array(envelope(2)))
    expect(await store.read(theirs.name)).toEqual(new Uint8Array(envelope(5, LAPTOP_B)))
    expect(await store.read('../main-config.json')).toBeNull()
    expect(await store.read(written.name.replace('manual', 'daily'))).toBeNull()
  })

  it('writes its status through the same file system as the backups', async () => {
    const full: AtomicFs = { ...realFs, open: async () => Promise.reject(Object.assign(new Error('full'), { code: 'ENOSPC' })) }
    const { store } = setup(null, { fs: full })
    await expect(store.recordCloseFailure('x')).rejects.toMatchObject({ code: 'ENOSPC' })
  })

  it('gives each backup its own name even when the clock stands still', async () => {
    const { root } = setup()
    const store = new BackupStore(path.join(root, 'data'), async () => null, { now: () => new Date('2026-11-28T08:00:00.000Z') })
    const first = await store.write(envelope(1), 'manual')
    const second = await store.write(envelope(2), 'manual')
    expect(second.name).toBe(first.name.replace('08-00-00-000Z', '08-00-00-001Z'))
    expect(jsonFiles(store.folder)).toHaveLength(2)
  })

  it('runs two writes one after the other, so both land and both are listed', async () => {
    const { store } = setup()
    await Promise.all([store.write(envelope(1), 'daily'), store.write(envelope(2), 'close')])
    expect((await store.list()).map((b) => b.counts.organisations)).toEqual([2, 1])
  })
})

describe('reading a folder of backups', () => {
  it('finds the backups in it, verified when their sidecar is there, and nothing else', async () => {
    const folder = tempDir('scan-')
    const verified = `nfk-sikkerhetskopi-2026-11-28T08-00-00-000Z-${LAPTOP_A}-close.json`
    const unverified = 'nfk-sikkerhetskopi-2026-11-27T08-00-00-000Z-manual.json'
    for (const name of [verified, `${verified}.meta`, unverified, 'notater.txt', 'x.meta', `.${verified}.1a2b3c.tmp`]) writeFileSync(path.join(folder, name), 'x')
    expect((await scanFolder(folder)).toSorted((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: unverified, at: '2026-11-27T08:00:00.000Z', installId: null, reason: 'manual', verified: false },
      { name: verified, at: '2026-11-28T08:00:00.000Z', installId: LAPTOP_A, reason: 'close', verified: true },
    ])
    expect(await scanFolder(path.join(folder, 'finnes-ikke'))).toEqual([])
  })

  it('lists nothing from a second folder that is gone (an unplugged share), and still its own', async () => {
    const { root, store } = setup(null)
    const written = await store.write(envelope(1), 'manual')
    const unplugged = new BackupStore(path.join(root, 'data'), async () => path.join(root, 'F:', 'Felles'))
    expect((await unplugged.list()).map((b) => b.name)).toEqual([written.name])
    expect(await unplugged.read(written.name)).toEqual(new Uint8Array(envelope(1)))
  })

  it('says nothing about a second copy when no second folder is chosen', async () => {
    const { store } = setup(null)
    expect(await store.write(envelope(1), 'manual')).toMatchObject({ secondPath: null, secondError: null })
  })

  it('orders two backups made in the same millisecond on two laptops by name, whichever folder they are in', async () => {
    const share = tempDir('share-')
    const a = new BackupStore(tempDir('a-'), async () => share, { now: sameMillisecond })
    const b = new BackupStore(tempDir('b-'), async () => share, { now: sameMillisecond })
    await a.write(envelope(1), 'close')
    await b.write(envelope(2, LAPTOP_B), 'close')
    expect((await a.list()).map((x) => [x.installId, x.folder])).toEqual([
      [LAPTOP_B, 'second'],
      [LAPTOP_A, 'local'],
    ])
    expect((await b.list()).map((x) => [x.installId, x.folder])).toEqual([
      [LAPTOP_B, 'local'],
      [LAPTOP_A, 'second'],
    ])
  })

  it('reads a sidecar that is not an object as no counts and no user, and trims the user name', async () => {
    const share = tempDir('share-')
    const { store } = setup(share)
    const names = [`${LAPTOP_B}-close`, `${LAPTOP_B}-manual`, `${LAPTOP_B}-daily`].map((tail, i) => `nfk-sikkerhetskopi-2026-11-0${i + 1}T08-00-00-000Z-${tail}.json`)
    const sidecars = ['null', '{"counts": {}, "userName": "  Ola Nordmann  "}', '{"counts": {}, "userName": "   "}']
    names.forEach((name, i) => {
      writeFileSync(path.join(share, name), 'x')
      writeFileSync(path.join(share, `${name}.meta`), sidecars[i] ?? '')
    })
    expect((await store.list()).map((b) => [b.name, b.userName, b.counts])).toEqual([
      [names[2], null, {}],
      [names[1], 'Ola Nordmann', {}],
      [names[0], null, {}],
    ])
  })
})

describe('which backups a laptop rotates', () => {
  it('rotates older files without a laptop in its own data folder together with its own', async () => {
    const { store } = setup()
    mkdirSync(store.folder, { recursive: true })
    const old = Array.from({ length: 15 }, (_, i) => `nfk-sikkerhetskopi-2026-11-28T07-${String(i).padStart(2, '0')}-00-000Z-close.json`)
    for (const name of old) {
      writeFileSync(path.join(store.folder, name), 'x')
      writeFileSync(path.join(store.folder, `${name}.meta`), '{}')
    }
    const written = await store.write(envelope(1), 'close')
    expect(jsonFiles(store.folder)).toEqual([...old.slice(2), written.name].sort())
  })

  it('carries on when a file it meant to remove is already gone (someone tidied the shared folder)', async () => {
    const folder = tempDir('share-')
    const names = Array.from({ length: 16 }, (_, i) => `nfk-sikkerhetskopi-2026-11-28T07-${String(i).padStart(2, '0')}-00-000Z-${LAPTOP_A}-close.json`)
    for (const name of names) {
      writeFileSync(path.join(folder, name), 'x')
      writeFileSync(path.join(folder, `${name}.meta`), '{}')
    }
    const tidying: AtomicFs = {
      ...realFs,
      rm: async (file, options) => {
        if (file.endsWith(names[0] ?? '')) await realFs.rm(file, { force: true })
        await realFs.rm(file, options)
      },
    }
    const removed = await rotate(folder, { installId: LAPTOP_A, local: false }, new Date('2026-11-28T08:00:00.000Z'), tidying)
    expect(removed.toSorted()).toEqual([names[0], names[1]])
    expect(jsonFiles(folder)).toEqual(names.slice(2))
  })

  it('never lets an unverified file take a place: it goes, and the oldest verified one stays', async () => {
    const folder = tempDir('local-')
    const verified = Array.from({ length: 14 }, (_, i) => `nfk-sikkerhetskopi-2026-11-28T07-${String(i).padStart(2, '0')}-00-000Z-${LAPTOP_A}-close.json`)
    for (const name of verified) {
      writeFileSync(path.join(folder, name), 'x')
      writeFileSync(path.join(folder, `${name}.meta`), '{}')
    }
    const broken = `nfk-sikkerhetskopi-2026-11-28T07-30-00-000Z-${LAPTOP_A}-close.json`
    writeFileSync(path.join(folder, broken), 'x')
    expect(await rotate(folder, { installId: LAPTOP_A, local: true }, new Date('2026-11-28T08:00:00.000Z'))).toEqual([broken])
    expect(jsonFiles(folder)).toEqual(verified)
  })


  it('keeps the newest 14 of one day in each folder, with their sidecars', async () => {
    const second = tempDir('share-')
    const { store } = setup(second)
    for (let i = 0; i < 17; i++) await store.write(envelope(i), 'close')
    const listed = await store.list()
    expect(listed.map((b) => b.counts.organisations)).toEqual([16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3])
    expect(jsonFiles(second)).toEqual(listed.map((b) => b.name).sort())
    expect(readdirSync(store.folder).filter((n) => n.endsWith('.meta')).sort()).toEqual(listed.map((b) => `${b.name}.meta`).sort())
  })

  it("never deletes or counts another laptop's files in the shared folder, and lists them with their user", async () => {
    const share = tempDir('share-')
    const b = new BackupStore(tempDir('b-'), async () => share, { now: () => new Date('2026-11-20T10:00:00.000Z') })
    const theirs = []
    for (let i = 0; i < 3; i++) theirs.push((await b.write(envelope(100 + i, LAPTOP_B), 'close', 'Ola Nordmann')).name)
    const { store } = setup(share)
    for (let i = 0; i < 20; i++) await store.write(envelope(i), 'close')
    const names = jsonFiles(share)
    for (const name of theirs) expect(names).toContain(name)
    expect(names.filter((n) => n.includes(LAPTOP_A))).toHaveLength(14)
    const listed = await store.list()
    expect(listed.filter((x) => x.folder === 'second').map((x) => [x.installId, x.userName, x.counts.organisations])).toEqual([
      [LAPTOP_B, 'Ola Nordmann', 102],
      [LAPTOP_B, 'Ola Nordmann', 101],
      [LAPTOP_B, 'Ola Nordmann', 100],
    ])
  })

  it("removes this laptop's unverified files, and leaves others' and unnamed ones in a shared folder", async () => {
    const share = tempDir('share-')
    const names = {
      mineBroken: `nfk-sikkerhetskopi-2026-11-01T08-00-00-000Z-${LAPTOP_A}-daily.json`,
      theirsHalfWritten: `nfk-sikkerhetskopi-2026-11-01T08-00-00-000Z-${LAPTOP_B}-daily.json`,
      oldShared: 'nfk-sikkerhetskopi-2026-10-01T08-00-00-000Z-daily.json',
    }
    for (const name of Object.values(names)) writeFileSync(path.join(share, name), 'x')
    writeFileSync(path.join(share, 'notater.txt'), 'x')
    const removed = await rotate(share, { installId: LAPTOP_A, local: false }, new Date('2026-11-28T08:00:00.000Z'))
    expect(removed).toEqual([names.mineBroken])
    expect(readdirSync(share).sort()).toEqual([names.oldShared, names.theirsHalfWritten, 'notater.txt'].sort())
  })

  it('treats files without a laptop in its own data folder as its own: old verified ones rotate, broken ones go', async () => {
    const folder = tempDir('local-')
    const old = Array.from({ length: 16 }, (_, i) => `nfk-sikkerhetskopi-2026-11-28T07-${String(i).padStart(2, '0')}-00-000Z-close.json`)
    for (const name of old) {
      writeFileSync(path.join(folder, name), 'x')
      writeFileSync(path.join(folder, `${name}.meta`), '{"counts":{}}')
    }
    const broken = 'nfk-sikkerhetskopi-2026-11-28T06-00-00-000Z-manual.json'
    writeFileSync(path.join(folder, broken), 'x')
    const removed = await rotate(folder, { installId: LAPTOP_A, local: true }, new Date('2026-11-28T08:00:00.000Z'))
    expect(removed.toSorted()).toEqual([broken, old[0], old[1]].sort())
  })

  it('lists old names without a laptop, with their counts, and skips files without a sidecar', async () => {
    const { store } = setup()
    mkdirSync(store.folder, { recursive: true })
    const old = 'nfk-sikkerhetskopi-2026-11-20T08-00-00-000Z-daily.json'
    writeFileSync(path.join(store.folder, old), envelope(4))
    writeFileSync(path.join(store.folder, `${old}.meta`), JSON.stringify({ counts: { organisations: 4 } }))
    writeFileSync(path.join(store.folder, 'nfk-sikkerhetskopi-2026-11-21T08-00-00-000Z-daily.json'), envelope(5))
    expect(await store.list()).toEqual([
      { name: old, at: '2026-11-20T08:00:00.000Z', reason: 'daily', sizeBytes: envelope(4).length, counts: { organisations: 4 }, installId: null, userName: null, folder: 'local' },
    ])
  })

  it('lists a shared backup with a damaged sidecar without counts or user, and one copy of a name in both folders', async () => {
    const share = tempDir('share-')
    const { store } = setup(share)
    const mine = await store.write(envelope(1), 'manual')
    const theirs = `nfk-sikkerhetskopi-2026-11-02T08-00-00-000Z-${LAPTOP_B}-manual.json`
    writeFileSync(path.join(share, theirs), envelope(1, LAPTOP_B))
    writeFileSync(path.join(share, `${theirs}.meta`), '{"counts": {"organisations": "mange"}, "userName": 7')
    const listed = await store.list()
    expect(listed.map((b) => [b.name, b.folder, b.userName, b.counts])).toEqual([
      [mine.name, 'local', null, { organisations: 1, people: 0 }],
      [theirs, 'second', null, {}],
    ])
  })
})

describe('a backup from a database that has no laptop id yet', () => {
  it('is named without one, counts as this laptop’s at home, and never rotates anything in the shared folder', async () => {
    const share = tempDir('share-')
    const theirs = `nfk-sikkerhetskopi-2026-11-01T08-00-00-000Z-${LAPTOP_B}-close.json`
    const oldShared = Array.from({ length: 15 }, (_, i) => `nfk-sikkerhetskopi-2026-11-28T07-${String(i).padStart(2, '0')}-00-000Z-close.json`)
    for (const name of [theirs, ...oldShared]) {
      writeFileSync(path.join(share, name), 'x')
      writeFileSync(path.join(share, `${name}.meta`), '{}')
    }
    const { store } = setup(share)
    const written = await store.write(envelope(1, null), 'before-upgrade')
    expect(written.name).toBe('nfk-sikkerhetskopi-2026-11-28T08-00-00-000Z-before-upgrade.json')
    expect(jsonFiles(share)).toEqual([theirs, ...oldShared, written.name].sort())
    const listed = await store.list()
    expect(listed.find((b) => b.name === written.name)).toMatchObject({ installId: null, folder: 'local', reason: 'before-upgrade' })
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
    expect((await store.status()).failedOnClose?.message).toBe('ingen svar innen 1 sekund')
  })

  it('counts the time limit in seconds, rounded up', async () => {
    const messages: string[] = []
    const close = new CloseBackup(() => {}, async (m) => void messages.push(m), 1001)
    expect(await close.run()).toBe('timeout')
    expect(messages).toEqual(['ingen svar innen 2 sekunder'])
  })

  it('records a page that could not be asked, and a failure the page did not explain', async () => {
    const messages: string[] = []
    const record = async (m: string) => void messages.push(m)
    const unreachable = new CloseBackup(() => {
      throw new Error('window destroyed')
    }, record)
    expect(await unreachable.run()).toBe('failed')
    const silent = new CloseBackup(() => queueMicrotask(() => silent.answer(false)), record)
    expect(await silent.run()).toBe('failed')
    expect(messages).toEqual(['siden svarte ikke', 'ukjent feil'])
  })

  it('tells the page whether its answer was awaited', async () => {
    let received: boolean | null = null
    const close = new CloseBackup(() => queueMicrotask(() => (received = close.answer(true))), async () => {})
    expect(await close.run()).toBe('ok')
    expect(received).toBe(true)
  })

  it('closes without a note when the page saved its backup', async () => {
    const { store } = setup()
    const close = new CloseBackup(() => queueMicrotask(() => close.answer(true)), (m) => store.recordCloseFailure(m))
    expect(await close.run()).toBe('ok')
    expect((await store.status()).failedOnClose).toBeNull()
    expect(close.answer(true)).toBe(false)
  })
})
