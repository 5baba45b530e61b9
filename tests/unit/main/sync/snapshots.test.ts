import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SyncMessage } from '../../../../electron/shared/sync-message'
import { advance, change, changes, KARI, makeGroup, OLA, PER, type Laptop } from './group'

type Group = ReturnType<typeof makeGroup>

async function writeSnapshot(g: Group, l: Laptop, covers: Record<string, number>, messages: SyncMessage[], parts = 2) {
  const { token } = await l.sync.beginSnapshot({ installId: l.id, folderId: await g.folderId(l), userName: l.name, covers, clock: '{"timestamp":"klokke"}', merkle: { hash: 42 } })
  const size = Math.ceil(messages.length / parts)
  for (let i = 0; i < messages.length; i += size) await l.sync.addSnapshotMessages({ token, messages: messages.slice(i, i + size) })
  return l.sync.finishSnapshot({ token })
}

async function readWhole(g: Group, l: Laptop, owner: string, name: string, limit = 2) {
  const out: SyncMessage[] = []
  for (let offset = 0; ; ) {
    const page = await l.sync.readSnapshot({ installId: l.id, folderId: await g.folderId(l), owner, name, offset, limit })
    out.push(...page.messages)
    offset += page.messages.length
    if (page.done) return out
  }
}

describe('snapshots and joining', () => {
  it('a new laptop joins from the newest snapshot, read in pages, then only the files after it', async () => {
    const g = makeGroup()
    const [kari, ola] = [await g.join(KARI), await g.join(OLA)]
    for (let i = 0; i < 3; i++) await g.push(ola, changes(OLA, 2))
    await g.push(kari, changes(KARI, 1))
    await g.push(kari, changes(KARI, 1))
    const state = [change(KARI, 'org-1', 'name', 'Grønn AS'), change(OLA, 'org-1', 'notes', 'notat'), change(OLA, 'org-2', 'name', 'Blå AS')]
    expect(await writeSnapshot(g, kari, { [OLA]: 3 }, state)).toEqual({ seq: 2, name: 'snapshot-0000000002.nfksync', count: 3 })
    await g.push(ola, [change(OLA, 'org-2', 'notes', 'etter bildet')])

    const per = await g.join(PER)
    const info = await per.sync.snapshotInfo({ installId: PER, folderId: await g.folderId(per) })
    expect(info).toEqual({
      problems: [],
      snapshot: { name: 'snapshot-0000000002.nfksync', installId: KARI, userName: 'Kari', writtenAt: '2026-11-28T10:00:00.000Z', covers: { [OLA]: 3, [KARI]: 2 }, count: 3, clock: '{"timestamp":"klokke"}', merkle: { hash: 42 } },
    })
    expect(await readWhole(g, per, KARI, 'snapshot-0000000002.nfksync')).toEqual(state)
    const after = await g.pull(per, info.snapshot!.covers)
    expect(after.batches.map((b) => [b.installId, b.seq])).toEqual([[OLA, 4]])
    expect(after.problems).toEqual([])
    // The snapshot records each laptop's running total, so "since the snapshot" counts only what came after.
    expect(JSON.parse(g.fileText(KARI, 'snapshot-0000000002.nfksync')).covers).toEqual({ [OLA]: { seq: 3, total: 6 }, [KARI]: { seq: 2, total: 2 } })
    expect(await g.ack(per, after.batches.length ? advance(info.snapshot!.covers, after.batches) : {})).toMatchObject({ messagesSinceSnapshot: 1 })
  })

  it('hands a new laptop the writer’s file index with the snapshot, as written', async () => {
    const g = makeGroup()
    const [kari, ola] = [await g.join(KARI), await g.join(OLA)]
    await g.push(ola, changes(OLA, 2))
    await g.push(kari, changes(KARI, 1))
    const files = [
      { installId: OLA, userName: 'Ola', seq: 1, firstTs: '2026-11-28T10:00:00.000Z-0000-0123456789abcdef', lastTs: '2026-11-28T10:00:00.000Z-0001-0123456789abcdef', seen: {} as Record<string, number> },
      { installId: KARI, userName: 'Kari', seq: 1, firstTs: '2026-11-28T10:01:00.000Z-0000-fedcba9876543210', lastTs: '2026-11-28T10:01:00.000Z-0000-fedcba9876543210', seen: { [OLA]: 1 } },
    ]
    const { token } = await kari.sync.beginSnapshot({ installId: KARI, folderId: await g.folderId(kari), userName: 'Kari', covers: { [OLA]: 1 }, clock: '{}', merkle: null, files })
    await kari.sync.addSnapshotMessages({ token, messages: [change(KARI, 'org-1', 'name', 'Grønn AS')] })
    await kari.sync.finishSnapshot({ token })
    const per = await g.join(PER)
    const info = await per.sync.snapshotInfo({ installId: PER, folderId: await g.folderId(per) })
    expect(info.snapshot?.files).toEqual(files)
  })

  it('has no snapshot to offer before one is written, and a laptop that has written nothing names its snapshot 0', async () => {
    const g = makeGroup()
    const [kari, ola] = [await g.join(KARI), await g.join(OLA)]
    expect(await kari.sync.snapshotInfo({ installId: KARI, folderId: await g.folderId(kari) })).toEqual({ snapshot: null, problems: [] })
    await g.push(ola, changes(OLA, 1))
    expect(await writeSnapshot(g, kari, { [OLA]: 1 }, changes(KARI, 1), 1)).toEqual({ seq: 0, name: 'snapshot-0000000000.nfksync', count: 1 })
  })

  it('refuses a snapshot part after the snapshot was finished or begun again', async () => {
    const g = makeGroup()
    const kari = await g.join(KARI)
    const begin = async () => (await kari.sync.beginSnapshot({ installId: KARI, folderId: await g.folderId(kari), userName: 'Kari', covers: {}, clock: '{}', merkle: null })).token
    const first = await begin()
    await begin()
    const gone = { code: 'not-found', message: 'Øyeblikksbildet som ble skrevet, finnes ikke lenger. Start det på nytt.' }
    await expect(kari.sync.addSnapshotMessages({ token: first, messages: changes(KARI, 1) })).rejects.toMatchObject(gone)
    const second = await begin()
    await kari.sync.finishSnapshot({ token: second })
    await expect(kari.sync.finishSnapshot({ token: second })).rejects.toMatchObject(gone)
  })

  it('tells a laptop that reads from the start after old files were pruned to read a snapshot first', async () => {
    const g = makeGroup()
    const [kari, ola] = [await g.join(KARI), await g.join(OLA)]
    for (let i = 0; i < 3; i++) await g.push(kari, changes(KARI, 1))
    await writeSnapshot(g, kari, {}, changes(KARI, 1))
    await g.ack(ola, { [KARI]: 3 })
    expect(await g.ack(kari, {})).toMatchObject({ pruned: 2 })
    const per = await g.join(PER)
    const pulled = await g.pull(per, {})
    expect(pulled.batches).toEqual([])
    expect(pulled.problems).toEqual([
      { kind: 'needs-snapshot', installId: KARI, userName: 'Kari', seq: 1, message: '«Kari» (maskin aaaaaaaa) har ryddet bort sine eldste filer. Denne maskinen må først lese et øyeblikksbilde av registeret.' },
    ])
  })

  it('skips a snapshot that is still being copied and offers the older whole one', async () => {
    const g = makeGroup()
    const [kari, ola] = [await g.join(KARI), await g.join(OLA)]
    await g.push(kari, changes(KARI, 1))
    await writeSnapshot(g, ola, { [KARI]: 1 }, changes(OLA, 1))
    await g.push(kari, changes(KARI, 1))
    await writeSnapshot(g, kari, {}, changes(KARI, 1))
    const newest = path.join(g.syncDir, KARI, 'snapshot-0000000002.nfksync')
    writeFileSync(newest, g.fileText(KARI, 'snapshot-0000000002.nfksync').slice(0, 50))
    const info = await ola.sync.snapshotInfo({ installId: OLA, folderId: await g.folderId(ola) })
    expect(info.snapshot).toMatchObject({ installId: OLA, name: 'snapshot-0000000000.nfksync', covers: { [KARI]: 1, [OLA]: 0 } })
    expect(info.problems).toEqual([expect.objectContaining({ kind: 'unreadable', installId: KARI, seq: 2 })])
  })
})

async function kariWithSnapshot() {
  const g = makeGroup()
  const [kari, ola] = [await g.join(KARI), await g.join(OLA)]
  for (let i = 0; i < 4; i++) await g.push(kari, changes(KARI, 1))
  await g.push(ola, changes(OLA, 1))
  await writeSnapshot(g, kari, { [OLA]: 1 }, changes(KARI, 1))
  return { g, kari, ola }
}
const kariFiles = (g: Group) => g.filesOf(KARI).filter((f) => f.endsWith('.nfksync'))

describe('pruning: each laptop removes only its own files, once nobody needs them', () => {
  it('keeps what another laptop has not applied yet, and the newest file always', async () => {
    const { g, kari, ola } = await kariWithSnapshot()
    await g.ack(ola, { [KARI]: 2 })
    expect(await g.ack(kari, { [OLA]: 1 })).toMatchObject({ pruned: 2 })
    expect(kariFiles(g)).toEqual(['0000000003.nfksync', '0000000004.nfksync', 'snapshot-0000000004.nfksync'])
    await g.ack(ola, { [KARI]: 4 })
    expect(await g.ack(kari, { [OLA]: 1 })).toMatchObject({ pruned: 1 })
    expect(kariFiles(g)).toEqual(['0000000004.nfksync', 'snapshot-0000000004.nfksync'])
    // Never the others' files.
    expect(g.filesOf(OLA)).toContain('0000000001.nfksync')
  })

  it('keeps everything a snapshot does not hold', async () => {
    const g = makeGroup()
    const [kari, ola] = [await g.join(KARI), await g.join(OLA)]
    for (let i = 0; i < 3; i++) await g.push(kari, changes(KARI, 1))
    await g.ack(ola, { [KARI]: 3 })
    expect(await g.ack(kari, {})).toMatchObject({ pruned: 0 })
    await writeSnapshot(g, ola, { [KARI]: 1 }, changes(OLA, 1))
    expect(await g.ack(kari, {})).toMatchObject({ pruned: 1 })
    expect(kariFiles(g)).toEqual(['0000000002.nfksync', '0000000003.nfksync'])
  })

  it('is held back by a laptop whose manifest cannot be read, and by one that has just joined', async () => {
    const { g, kari, ola } = await kariWithSnapshot()
    await g.ack(ola, { [KARI]: 4 })
    writeFileSync(path.join(g.syncDir, OLA, 'maskin.json'), '{"format":"nfk-sekretariat-synk-maskin", "installId":')
    expect(await g.ack(kari, {})).toMatchObject({ pruned: 0 })
    await g.ack(ola, { [KARI]: 4 })
    await g.join(PER)
    expect(await g.ack(kari, {})).toMatchObject({ pruned: 0 })
  })

  it('is not held back by a retired laptop', async () => {
    const { g, kari, ola } = await kariWithSnapshot()
    await g.join(PER)
    await g.ack(ola, { [KARI]: 4 })
    await kari.sync.retire({ installId: KARI, target: PER }, async () => true)
    expect(await g.ack(kari, {})).toMatchObject({ pruned: 3 })
  })

  it('removes an own snapshot once a newer one holds everything it held', async () => {
    const { g, kari, ola } = await kariWithSnapshot()
    await g.push(kari, changes(KARI, 1))
    await writeSnapshot(g, kari, { [OLA]: 1 }, changes(KARI, 1))
    await g.ack(ola, { [KARI]: 5 })
    await g.ack(kari, { [OLA]: 1 })
    expect(kariFiles(g)).toEqual(['0000000005.nfksync', 'snapshot-0000000005.nfksync'])
  })

  it('says a snapshot is due again only after 10,000 more messages', async () => {
    const g = makeGroup()
    const [kari, ola] = [await g.join(KARI), await g.join(OLA)]
    await g.push(ola, changes(OLA, 10_000))
    expect(await g.ack(kari, {})).toMatchObject({ snapshotDue: true })
    await writeSnapshot(g, kari, { [OLA]: 1 }, changes(OLA, 1))
    expect(await g.ack(kari, { [OLA]: 1 })).toMatchObject({ messagesSinceSnapshot: 0, snapshotDue: false })
    await g.push(ola, changes(OLA, 10_000))
    expect(await g.ack(kari, { [OLA]: 1 })).toMatchObject({ messagesSinceSnapshot: 10_000, snapshotDue: true })
  })
})
