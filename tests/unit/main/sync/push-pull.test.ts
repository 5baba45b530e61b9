import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SyncError } from '../../../../electron/main/sync/sync-problems'
import { realSyncFs, type SyncFs } from '../../../../electron/main/sync/sync-fs'
import { advance, change, changes, KARI, makeGroup, OLA, PER } from './group'

describe('pushing: each laptop writes new, immutable files in its own folder', () => {
  it('numbers the files 1, 2, 3 under the laptop’s install id, whole and with no temporary files left', async () => {
    const g = makeGroup()
    const kari = await g.join(KARI)
    const first = await g.push(kari, changes(KARI, 2))
    const second = await g.push(kari, changes(KARI, 3))
    expect(first).toEqual({ seq: 1, name: '0000000001.nfksync', count: 2, alreadyWritten: false })
    expect(second).toEqual({ seq: 2, name: '0000000002.nfksync', count: 3, alreadyWritten: false })
    expect(g.filesOf(KARI)).toEqual(['0000000001.nfksync', '0000000002.nfksync', 'maskin.json'])
    // Nothing but its own folder and the folder identity: a sync client never sees two writers of a file.
    expect(readdirSync(g.syncDir).sort()).toEqual([KARI, 'synkmappe.json'].sort())
    expect(JSON.parse(g.fileText(KARI, '0000000002.nfksync'))).toMatchObject({ installId: KARI, userName: 'Kari', seq: 2, count: 3, total: 5 })
  })

  it('writes a retried batch only once: the renderer crashed before it could mark the batch sent', async () => {
    const g = makeGroup()
    const kari = await g.join(KARI)
    const messages = changes(KARI, 2)
    const request = { installId: KARI, userName: 'Kari', batchId: crypto.randomUUID(), seen: {}, messages }
    expect(await kari.sync.push(request)).toMatchObject({ seq: 1, alreadyWritten: false })
    expect(await kari.sync.push(request)).toEqual({ seq: 1, name: '0000000001.nfksync', count: 2, alreadyWritten: true })
    expect(await g.push(kari, changes(KARI, 1))).toMatchObject({ seq: 2 })
    expect(g.filesOf(KARI).filter((f) => f.endsWith('.nfksync'))).toHaveLength(2)
  })

  it('never reuses a number, even when its own files vanished from the folder', async () => {
    const g = makeGroup()
    const kari = await g.join(KARI)
    await g.push(kari, changes(KARI, 1))
    await g.push(kari, changes(KARI, 1))
    const { rmSync } = await import('node:fs')
    rmSync(path.join(g.syncDir, KARI), { recursive: true })
    expect(await g.push(kari, changes(KARI, 1))).toMatchObject({ seq: 3 })
  })

  it('counts from the files in the folder when main’s own note of the last number is behind', async () => {
    const g = makeGroup()
    const kari = await g.join(KARI)
    await g.push(kari, changes(KARI, 1))
    await g.push(kari, changes(KARI, 1))
    const config = await kari.config.readSync()
    await kari.config.updateSync({ ...config!, lastSeq: 0, total: 0 })
    expect(await g.push(kari, changes(KARI, 4))).toMatchObject({ seq: 3 })
    expect(JSON.parse(g.fileText(KARI, '0000000003.nfksync')).total).toBe(6)
  })
})

describe('pulling: the other laptops’ files after the renderer’s cursors', () => {
  it('returns each other laptop’s new files in order, never this laptop’s own', async () => {
    const g = makeGroup()
    const [kari, ola, per] = [await g.join(KARI), await g.join(OLA), await g.join(PER)]
    const o1 = [change(OLA, 'org-1', 'notes', 'fra Ola')]
    const o2 = [change(OLA, 'org-1', 'status', 'medlem')]
    await g.push(ola, o1, { [KARI]: 0 })
    await g.push(ola, o2)
    await g.push(per, [change(PER, 'org-2', 'name', 'Per AS')])
    await g.push(kari, changes(KARI, 1))
    const pulled = await g.pull(kari, {})
    expect(pulled.problems).toEqual([])
    expect(pulled.more).toBe(false)
    expect(pulled.batches.map((b) => [b.installId, b.seq])).toEqual([[OLA, 1], [OLA, 2], [PER, 1]])
    expect(pulled.batches[0]).toMatchObject({ userName: 'Ola', appVersion: '1.0.0', seen: { [KARI]: 0 }, messages: o1 })
    expect(pulled.batches[1]?.messages).toEqual(o2)
    // After applying: only what is new since.
    await g.push(ola, [change(OLA, 'org-1', 'notes', 'igjen')])
    const again = await g.pull(kari, advance({}, pulled.batches))
    expect(again.batches.map((b) => [b.installId, b.seq])).toEqual([[OLA, 3]])
  })

  it('stops after about the asked number of messages and says more are waiting', async () => {
    const g = makeGroup()
    const [kari, ola, per] = [await g.join(KARI), await g.join(OLA), await g.join(PER)]
    for (let i = 0; i < 3; i++) await g.push(ola, changes(OLA, 4))
    await g.push(per, changes(PER, 4))
    const first = await g.pull(kari, {}, 6)
    expect(first.batches.map((b) => b.seq)).toEqual([1, 2])
    expect(first.more).toBe(true)
    const second = await g.pull(kari, advance({}, first.batches), 6)
    expect(second.batches.map((b) => [b.installId, b.seq])).toEqual([[OLA, 3], [PER, 1]])
    expect(second.more).toBe(false)
    // One file bigger than the budget still comes, so a round always moves on.
    const big = await g.pull(kari, {}, 1)
    expect(big.batches.map((b) => b.seq)).toEqual([1])
    expect(big.more).toBe(true)
  })

  it('lists the other laptops with user name and when they last synced', async () => {
    let now = new Date('2026-11-28T10:00:00.000Z')
    const g = makeGroup({ now: () => now })
    const [kari, ola] = [await g.join(KARI), await g.join(OLA)]
    await g.push(ola, changes(OLA, 3))
    now = new Date('2026-11-28T11:30:00.000Z')
    await g.ack(ola, { [KARI]: 0 })
    const pulled = await g.pull(kari, {})
    expect(pulled.laptops).toEqual([{ installId: OLA, userName: 'Ola', lastSeenAt: '2026-11-28T11:30:00.000Z', lastSeq: 1, appVersion: '1.0.0' }])
    const status = await kari.sync.status(KARI)
    expect(status).toMatchObject({ folder: g.shared, reachable: true, problem: null, retired: false, lastSeq: 0, laptops: pulled.laptops })
  })

  it('says the laptops are unknown, not none, when the folder cannot be looked over after the read', async () => {
    // The folder vanishes between the pull's read and its look over the group (a sync client
    // moving it, a network drive dropping): the files read still come, and the list is null.
    let lookingOver = false
    let listings = 0
    const fs: SyncFs = {
      ...realSyncFs,
      readdir: async (dir) => {
        if (lookingOver && dir === g.syncDir && ++listings > 1) throw Object.assign(new Error('gone'), { code: 'ENOENT' })
        return realSyncFs.readdir(dir)
      },
    }
    const g = makeGroup({ fs })
    const [kari, ola] = [await g.join(KARI), await g.join(OLA)]
    await g.push(ola, changes(OLA, 2))
    lookingOver = true
    const pulled = await g.pull(kari, {})
    expect(pulled.batches.map((b) => [b.installId, b.seq])).toEqual([[OLA, 1]])
    expect(pulled.laptops).toBeNull()
    lookingOver = false
    expect((await g.pull(kari, {})).laptops?.map((l) => l.installId)).toEqual([OLA])
  })

  it('refuses a pull whose cursors belong to another folder', async () => {
    const g = makeGroup()
    const kari = await g.join(KARI)
    const refused = kari.sync.pull({ installId: KARI, folderId: crypto.randomUUID(), cursors: {} })
    await expect(refused).rejects.toThrow(SyncError)
    await expect(refused).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('byttet siden denne runden startet') })
  })
})

describe('acknowledging a round', () => {
  it('publishes what this laptop has applied in its manifest and remembers when it synced', async () => {
    let now = new Date('2026-11-28T10:00:00.000Z')
    const g = makeGroup({ now: () => now })
    const [kari, ola] = [await g.join(KARI), await g.join(OLA)]
    await g.push(ola, changes(OLA, 2))
    now = new Date('2026-11-28T12:00:00.000Z')
    expect(await g.ack(kari, { [OLA]: 1 })).toEqual({ syncedAt: '2026-11-28T12:00:00.000Z', pruned: 0, messagesSinceSnapshot: 2, snapshotDue: false })
    expect(JSON.parse(g.fileText(KARI, 'maskin.json'))).toMatchObject({ installId: KARI, userName: 'Kari', applied: { [OLA]: 1 }, syncedAt: '2026-11-28T12:00:00.000Z' })
    expect((await kari.sync.status(KARI)).lastSyncAt).toBe('2026-11-28T12:00:00.000Z')
    expect(existsSync(path.join(g.syncDir, OLA, 'maskin.json'))).toBe(true)
  })

  it('says a snapshot is due once 10,000 messages were written since the start', async () => {
    const g = makeGroup()
    const [kari, ola] = [await g.join(KARI), await g.join(OLA)]
    await g.push(ola, changes(OLA, 9_999))
    expect(await g.ack(kari, {})).toMatchObject({ messagesSinceSnapshot: 9_999, snapshotDue: false })
    await g.push(kari, changes(KARI, 1))
    expect(await g.ack(kari, {})).toMatchObject({ messagesSinceSnapshot: 10_000, snapshotDue: true })
    expect((await ola.sync.status(OLA)).snapshotDue).toBe(true)
  })
})

describe('choosing the folder', () => {
  it('gives a new folder an identity once, and the next laptop joins the same one', async () => {
    const g = makeGroup()
    const kari = await g.join(KARI)
    const ola = await g.join(OLA)
    const id = await g.folderId(kari)
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect(await g.folderId(ola)).toBe(id)
    expect(JSON.parse(readFileSync(path.join(g.syncDir, 'synkmappe.json'), 'utf8'))).toMatchObject({ format: 'nfk-sekretariat-synkmappe', folderId: id })
    // Its manifest is there at once, so nobody prunes what it has yet to read.
    expect(JSON.parse(g.fileText(OLA, 'maskin.json'))).toMatchObject({ installId: OLA, userName: 'Ola', applied: {}, syncedAt: null })
  })

  it('starts numbering afresh in a new folder, and keeps counting when the same folder is chosen again', async () => {
    const g = makeGroup()
    const kari = await g.join(KARI)
    await g.push(kari, changes(KARI, 1))
    await kari.sync.choose(KARI, 'Kari', g.shared)
    expect(await g.push(kari, changes(KARI, 1))).toMatchObject({ seq: 2 })
    const other = makeGroup()
    await kari.sync.choose(KARI, 'Kari', other.shared)
    expect(await g.push(kari, changes(KARI, 1))).toMatchObject({ seq: 1 })
    expect(other.filesOf(KARI)).toEqual(['0000000001.nfksync', 'maskin.json'])
  })

  it('takes the nfk-sync folder itself to mean the shared folder it lies in', async () => {
    const g = makeGroup()
    await g.join(KARI)
    const ola = g.laptop(OLA)
    const status = await ola.sync.choose(OLA, 'Ola', g.syncDir)
    expect(status.folder).toBe(g.shared)
    expect(readdirSync(g.syncDir).sort()).toEqual([KARI, OLA, 'synkmappe.json'].sort())
  })

  it('refuses a folder it cannot write to, saying why, and keeps the one it had', async () => {
    const g = makeGroup()
    const kari = await g.join(KARI)
    const { writeFileSync } = await import('node:fs')
    const aFile = path.join(g.shared, 'notat.txt')
    writeFileSync(aFile, 'x')
    await expect(kari.sync.choose(KARI, 'Kari', aFile)).rejects.toMatchObject({
      code: 'io-failed',
      message: 'Kunne ikke ta i bruk mappen «notat.txt» til synkronisering (en del av stien er en fil, ikke en mappe). Velg en mappe du kan skrive til.',
    })
    expect((await kari.config.readSync())?.folder).toBe(g.shared)
  })

  it('answers status without reading any file of changes', async () => {
    const reads: string[] = []
    const { realSyncFs } = await import('../../../../electron/main/sync/sync-fs')
    const g = makeGroup({ fs: { ...realSyncFs, readFile: async (f) => (reads.push(path.basename(f)), realSyncFs.readFile(f)) } })
    const [kari, ola] = [await g.join(KARI), await g.join(OLA)]
    await g.push(kari, changes(KARI, 2))
    await g.push(ola, changes(OLA, 2))
    reads.length = 0
    expect(await kari.sync.status(KARI)).toMatchObject({ lastSeq: 1, messagesSinceSnapshot: 4 })
    expect(reads.filter((f) => f.endsWith('.nfksync'))).toEqual([])
  })

  it('leaving stops syncing and leaves the folder as it was', async () => {
    const g = makeGroup()
    const kari = await g.join(KARI)
    await g.push(kari, changes(KARI, 1))
    const status = await kari.sync.leave(KARI)
    expect(status).toMatchObject({ folder: null, folderId: null, reachable: false, laptops: [] })
    await expect(g.push(kari, changes(KARI, 1))).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('Synkronisering er ikke satt opp') })
    expect(g.filesOf(KARI)).toEqual(['0000000001.nfksync', 'maskin.json'])
  })

  it('refuses another install of the app on the same main config', async () => {
    const g = makeGroup()
    const kari = await g.join(KARI)
    await expect(kari.sync.push({ installId: OLA, userName: 'x', batchId: crypto.randomUUID(), seen: {}, messages: changes(OLA, 1) })).rejects.toMatchObject({
      code: 'refused',
      message: expect.stringContaining('en annen installasjon'),
    })
    expect((await kari.sync.status(OLA)).problem).toContain('en annen installasjon')
  })
})
