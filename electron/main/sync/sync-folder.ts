/**
 * The sync folder as main sees it: one object per app that writes this laptop's files, reads the
 * others', and keeps the folder tidy. Calls run one at a time, so a push and a pull never race over
 * this laptop's sequence numbers. Every failure is a SyncError with a Norwegian message; nothing
 * here changes the renderer's data, so a refused call loses nothing.
 */
import { randomUUID } from 'node:crypto'
import path from 'node:path'
import { SNAPSHOT_EVERY, type SyncCursors, type SyncPullResult, type SyncSnapshotInfo, type SyncStatus } from '../../shared/channels/sync'
import type { SyncMessage } from '../../shared/sync-message'
import type { MainConfigStore, SyncConfig } from '../config/main-config'
import { writeFileAtomic } from '../files/atomic-write'
import { encodeSyncFile, type MessageFile } from './envelope'
import { ensureFolderId, FolderIdentityError, readFolderId } from './folder-identity'
import { laptopsOf, survey, totalsOf, type Survey } from './group-survey'
import { FileReader, listFiles } from './laptop-files'
import { readManifest, writeManifest, type Manifest } from './manifest'
import { prunable } from './prune'
import { pullNew } from './pull'
import { redactOwnFiles, type Redacted, type Redaction } from './redact'
import { isRetired, retireLaptop } from './retire'
import { messagesSince, writeSnapshot, type Covers, type SnapshotDraft } from './snapshots'
import { messageFileName, parseSyncFileName, snapshotFileName, SYNC_DIR } from './sync-names'
import { realSyncFs, type SyncFs } from './sync-fs'
import * as say from './sync-problems'
import { SyncError } from './sync-problems'

export type SyncFolderOptions = { appVersion: string; fs?: SyncFs; now?: () => Date; log?: (message: string, error?: unknown) => void }
type Open = { config: SyncConfig; syncDir: string; ownDir: string; me: string }
type Draft = SnapshotDraft & { token: string; me: string; folderId: string }

/** A snapshot in the making holds at most this many messages. */
export const MAX_SNAPSHOT_MESSAGES = 5_000_000
const DEFAULT_PULL = 5_000

export class SyncFolder {
  private readonly fs: SyncFs
  private readonly reader: FileReader
  private readonly now: () => Date
  private readonly log: (message: string, error?: unknown) => void
  private queue: Promise<unknown> = Promise.resolve()
  private draft: Draft | null = null

  constructor(
    private readonly config: MainConfigStore,
    private readonly options: SyncFolderOptions,
  ) {
    this.fs = options.fs ?? realSyncFs
    this.reader = new FileReader(this.fs)
    this.now = options.now ?? (() => new Date())
    this.log = options.log ?? (() => {})
  }

  /** One call at a time; a failed call does not stop the next. */
  private serial<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run)
    this.queue = next.catch(() => {})
    return next
  }

  /** Checks that syncing can run now and for whom; every refusal says why in Norwegian. */
  private async open(installId: string, folderId?: string): Promise<Open> {
    const config = await this.config.readSync()
    if (!config) throw say.notConfigured()
    if (config.installId !== installId) throw say.otherInstall()
    const syncDir = path.join(config.folder, SYNC_DIR)
    let id: string | null
    try {
      await this.fs.stat(config.folder)
      id = await readFolderId(this.fs, syncDir)
    } catch (error) {
      throw error instanceof FolderIdentityError ? say.noSyncData(config.folder) : say.unreachable(config.folder, error)
    }
    if (!id) throw say.noSyncData(config.folder)
    if (id !== config.folderId) throw say.folderReplaced()
    if (folderId !== undefined && folderId !== config.folderId) throw say.folderChangedDuringRound()
    if (await isRetired(this.fs, syncDir, installId).catch((error: unknown) => Promise.reject(say.unreachable(config.folder, error)))) throw say.retiredSelf()
    return { config, syncDir, ownDir: path.join(syncDir, installId), me: installId }
  }

  /** Runs file work in the folder; a file error becomes "not reachable" or "could not write", never Node's text. */
  private async inFolder<T>(o: Open, run: () => Promise<T>): Promise<T> {
    try {
      return await run()
    } catch (error) {
      if (error instanceof SyncError) throw error
      this.log('sync folder operation failed', error)
      const reachable = await this.fs.stat(o.syncDir).then(() => true, () => false)
      throw reachable ? say.writeFailed(o.config.folder, error) : say.unreachable(o.config.folder, error)
    }
  }

  status(installId: string): Promise<SyncStatus> {
    return this.serial(() => this.statusNow(installId))
  }

  private async statusNow(installId: string): Promise<SyncStatus> {
    const config = await this.config.readSync()
    const base: SyncStatus = {
      folder: config?.folder ?? null,
      folderId: config?.folderId ?? null,
      reachable: false,
      problem: null,
      retired: false,
      lastSyncAt: config?.lastSyncAt ?? null,
      lastSeq: config?.lastSeq ?? 0,
      laptops: [],
      messagesSinceSnapshot: 0,
      snapshotDue: false,
    }
    if (!config) return base
    let o: Open
    try {
      o = await this.open(installId)
    } catch (error) {
      if (!(error instanceof SyncError)) throw error
      return { ...base, reachable: error.retired, retired: error.retired, problem: error.message }
    }
    try {
      const s = await survey(this.fs, this.reader, o.syncDir)
      const own = await this.ownState(o, s.manifests.get(o.me) ?? null, false)
      const since = messagesSince(s.joinFrom, totalsOf(s, o.me, own.total))
      return { ...base, reachable: true, lastSeq: own.lastSeq, laptops: laptopsOf(s, o.me), messagesSinceSnapshot: since, snapshotDue: since >= SNAPSHOT_EVERY }
    } catch (error) {
      return { ...base, problem: say.unreachable(o.config.folder, error).message }
    }
  }

  /** Settings → Synkronisering: the folder the user chose in main's dialog. */
  choose(installId: string, userName: string, chosen: string): Promise<SyncStatus> {
    return this.serial(async () => {
      // Someone who picks the nfk-sync folder itself means the shared folder it lies in.
      const folder = path.basename(chosen) === SYNC_DIR ? path.dirname(chosen) : chosen
      const syncDir = path.join(folder, SYNC_DIR)
      let folderId: string
      try {
        folderId = await ensureFolderId(this.fs, syncDir, this.now())
      } catch (error) {
        if (error instanceof FolderIdentityError) throw say.noSyncData(folder)
        throw say.cannotUse(folder, error)
      }
      const previous = await this.config.readSync()
      const same = previous?.folderId === folderId && previous.installId === installId
      const config: SyncConfig = {
        folder,
        folderId,
        installId,
        lastSeq: same ? previous.lastSeq : 0,
        total: same ? previous.total : 0,
        lastSyncAt: same ? previous.lastSyncAt : null,
      }
      const ownDir = path.join(syncDir, installId)
      try {
        await this.fs.mkdir(ownDir)
        const manifest = await readManifest(this.fs, ownDir, installId)
        // Written at once, so the others see this laptop and do not prune what it has yet to read.
        await writeManifest(this.fs, ownDir, {
          installId,
          userName,
          appVersion: this.options.appVersion,
          lastSeq: Math.max(config.lastSeq, manifest?.lastSeq ?? 0),
          total: Math.max(config.total, manifest?.total ?? 0),
          applied: manifest?.applied ?? {},
          syncedAt: manifest?.syncedAt ?? null,
          updatedAt: this.now().toISOString(),
        })
      } catch (error) {
        throw say.cannotUse(folder, error)
      }
      await this.config.updateSync(config)
      return this.statusNow(installId)
    })
  }

  /** Stops syncing on this laptop; the folder keeps its files. */
  leave(installId: string): Promise<SyncStatus> {
    return this.serial(async () => {
      await this.config.updateSync(null)
      return this.statusNow(installId)
    })
  }

  /**
   * This laptop's last sequence number and running total, from every place that remembers them.
   * With `readNewest`, its newest file is read too (for its total and batch id); status skips that.
   */
  private async ownState(o: Open, manifest: Manifest | null, readNewest = true): Promise<{ lastSeq: number; total: number; newest: MessageFile | null }> {
    const own = await listFiles(this.fs, o.syncDir, o.me).catch(() => null)
    const lastSeq = Math.max(o.config.lastSeq, manifest?.lastSeq ?? 0, own?.messages.at(-1) ?? 0)
    let total = Math.max(o.config.total, manifest?.total ?? 0)
    let newest: MessageFile | null = null
    const newestSeq = own?.messages.at(-1)
    if (readNewest && newestSeq !== undefined && newestSeq === lastSeq) {
      const decoded = await this.reader.read(o.syncDir, o.me, 'messages', newestSeq).catch(() => null)
      if (decoded?.ok) {
        newest = decoded.file
        total = Math.max(total, newest.total)
      }
    }
    return { lastSeq, total, newest }
  }

  push(request: { installId: string; userName: string; batchId: string; seen: SyncCursors; messages: SyncMessage[] }) {
    return this.serial(async () => {
      const o = await this.open(request.installId)
      return this.inFolder(o, async () => {
        await this.fs.mkdir(o.ownDir)
        const manifest = await readManifest(this.fs, o.ownDir, o.me)
        const own = await this.ownState(o, manifest)
        // The renderer retries a batch it could not mark as sent: it is already in the folder.
        if (own.newest?.batchId === request.batchId) {
          return { seq: own.newest.seq, name: messageFileName(own.newest.seq), count: own.newest.count, alreadyWritten: true }
        }
        const seq = own.lastSeq + 1
        const total = own.total + request.messages.length
        const at = this.now().toISOString()
        const name = messageFileName(seq)
        const bytes = encodeSyncFile<MessageFile>({
          kind: 'messages',
          installId: o.me,
          userName: request.userName,
          appVersion: this.options.appVersion,
          seq,
          writtenAt: at,
          count: request.messages.length,
          messages: request.messages,
          batchId: request.batchId,
          seen: request.seen,
          total,
        })
        await writeFileAtomic(path.join(o.ownDir, name), bytes, { fs: this.fs, verify: true })
        // The file is in the folder: what follows is bookkeeping, and a failure there loses nothing
        // (the next push finds the file and counts from it).
        await this.config.updateSync({ ...o.config, lastSeq: seq, total }).catch((error: unknown) => this.log('saving sync state failed', error))
        await writeManifest(this.fs, o.ownDir, {
          installId: o.me,
          userName: request.userName,
          appVersion: this.options.appVersion,
          lastSeq: seq,
          total,
          applied: manifest?.applied ?? {},
          syncedAt: manifest?.syncedAt ?? null,
          updatedAt: at,
        }).catch((error: unknown) => this.log('writing the sync manifest failed', error))
        return { seq, name, count: request.messages.length, alreadyWritten: false }
      })
    })
  }

  pull(request: { installId: string; folderId: string; cursors: SyncCursors; maxMessages?: number | undefined }): Promise<SyncPullResult> {
    return this.serial(async () => {
      const o = await this.open(request.installId, request.folderId)
      const read = await this.inFolder(o, () => pullNew(this.fs, this.reader, { syncDir: o.syncDir, me: o.me, cursors: request.cursors, maxMessages: request.maxMessages ?? DEFAULT_PULL }))
      const laptops = await survey(this.fs, this.reader, o.syncDir).then((s) => laptopsOf(s, o.me), () => null)
      return { ...read, laptops }
    })
  }

  /** The end of a round: publish what this laptop has applied, then prune its own files that nobody needs. */
  ack(request: { installId: string; folderId: string; userName: string; cursors: SyncCursors }) {
    return this.serial(async () => {
      const o = await this.open(request.installId, request.folderId)
      return this.inFolder(o, async () => {
        const at = this.now().toISOString()
        await this.fs.mkdir(o.ownDir)
        const manifest = await readManifest(this.fs, o.ownDir, o.me)
        const own = await this.ownState(o, manifest)
        await writeManifest(this.fs, o.ownDir, {
          installId: o.me,
          userName: request.userName,
          appVersion: this.options.appVersion,
          lastSeq: own.lastSeq,
          total: own.total,
          applied: request.cursors,
          syncedAt: at,
          updatedAt: at,
        })
        await this.config.updateSync({ ...o.config, lastSeq: own.lastSeq, total: own.total, lastSyncAt: at })
        const s = await survey(this.fs, this.reader, o.syncDir)
        const pruned = await this.prune(o, s)
        const since = messagesSince(s.joinFrom, totalsOf(s, o.me, own.total))
        return { syncedAt: at, pruned, messagesSinceSnapshot: since, snapshotDue: since >= SNAPSHOT_EVERY }
      })
    })
  }

  private async prune(o: Open, s: Survey): Promise<number> {
    const own = s.laptops.find((l) => l.installId === o.me)
    if (!own) return 0
    const others = s.laptops.filter((l) => l.installId !== o.me).map((l) => ({ installId: l.installId, applied: s.manifests.get(l.installId)?.applied ?? null }))
    const doomed = prunable({ me: o.me, ownMessages: own.messages, ownSnapshots: s.heads.filter((h) => h.owner === o.me), joinFrom: s.joinFrom, others })
    const names = [...doomed.messages.map(messageFileName), ...doomed.snapshots.map(snapshotFileName)]
    let removed = 0
    for (const name of names) {
      try {
        await this.fs.rm(path.join(o.ownDir, name), { force: true })
        this.reader.forget(path.join(o.ownDir, name))
        removed++
      } catch (error) {
        // Pruning is tidying: a file that stays is read by nobody and tried again next round.
        this.log(`pruning ${name} failed`, error)
      }
    }
    return removed
  }

  /** The snapshot a new laptop joins from, with the writer's clock and merkle trie. */
  snapshotInfo(request: { installId: string; folderId: string }) {
    return this.serial(async () => {
      const o = await this.open(request.installId, request.folderId)
      return this.inFolder(o, async () => {
        const s = await survey(this.fs, this.reader, o.syncDir)
        if (!s.joinFrom) return { snapshot: null, problems: s.problems }
        const decoded = await this.reader.read(o.syncDir, s.joinFrom.owner, 'snapshot', s.joinFrom.seq)
        if (!decoded.ok) return { snapshot: null, problems: s.problems }
        const f = decoded.file
        const snapshot: SyncSnapshotInfo = {
          name: s.joinFrom.name,
          installId: f.installId,
          userName: f.userName,
          writtenAt: f.writtenAt,
          covers: Object.fromEntries(Object.entries(f.covers).map(([id, c]) => [id, c.seq])),
          count: f.count,
          clock: f.clock,
          merkle: f.merkle,
          ...(f.files ? { files: f.files } : {}),
        }
        return { snapshot, problems: s.problems }
      })
    })
  }

  readSnapshot(request: { installId: string; folderId: string; owner: string; name: string; offset: number; limit: number }) {
    return this.serial(async () => {
      const o = await this.open(request.installId, request.folderId)
      const parsed = parseSyncFileName(request.name)
      if (parsed?.kind !== 'snapshot') throw new SyncError('invalid-request', 'ukjent øyeblikksbilde')
      const decoded = await this.inFolder(o, () => this.reader.read(o.syncDir, request.owner, 'snapshot', parsed.seq))
      if (!decoded.ok) throw new SyncError(decoded.fault === 'unreadable' ? 'io-failed' : 'invalid-data', say.problem(decoded.fault, { installId: request.owner, userName: null }, parsed.seq, decoded.reason).message)
      const { messages } = decoded.file
      const slice = messages.slice(request.offset, request.offset + request.limit)
      const end = request.offset + slice.length
      return { messages: slice, offset: request.offset, total: messages.length, done: end >= messages.length }
    })
  }

  beginSnapshot(request: { installId: string; folderId: string; userName: string; covers: SyncCursors; clock: string; merkle: SnapshotDraft['merkle']; files?: SnapshotDraft['files'] }) {
    return this.serial(async () => {
      await this.open(request.installId, request.folderId)
      const token = randomUUID()
      // One snapshot at a time: beginning again drops an unfinished one.
      this.draft = { token, me: request.installId, folderId: request.folderId, userName: request.userName, appVersion: this.options.appVersion, covers: request.covers, clock: request.clock, merkle: request.merkle, ...(request.files ? { files: request.files } : {}), messages: [] }
      return { token }
    })
  }

  addSnapshotMessages(request: { token: string; messages: SyncMessage[] }) {
    return this.serial(async () => {
      const draft = this.draftOf(request.token)
      if (draft.messages.length + request.messages.length > MAX_SNAPSHOT_MESSAGES) {
        this.draft = null
        throw new SyncError('invalid-data', `Et øyeblikksbilde kan ha høyst ${MAX_SNAPSHOT_MESSAGES} endringer.`)
      }
      for (const m of request.messages) draft.messages.push(m)
      return { count: draft.messages.length }
    })
  }

  finishSnapshot(request: { token: string }) {
    return this.serial(async () => {
      const draft = this.draftOf(request.token)
      this.draft = null
      const o = await this.open(draft.me, draft.folderId)
      return this.inFolder(o, async () => {
        await this.fs.mkdir(o.ownDir)
        const s = await survey(this.fs, this.reader, o.syncDir)
        const own = await this.ownState(o, s.manifests.get(o.me) ?? null)
        const covers: Covers = {}
        for (const [id, seq] of Object.entries(draft.covers)) if (id !== o.me) covers[id] = { seq, total: await this.totalAt(o, s, id, seq) }
        covers[o.me] = { seq: own.lastSeq, total: own.total }
        const name = await writeSnapshot(this.fs, o.syncDir, o.me, { seq: own.lastSeq, covers, writtenAt: this.now().toISOString() }, draft)
        return { seq: own.lastSeq, name, count: draft.messages.length }
      })
    })
  }

  private draftOf(token: string): Draft {
    if (this.draft?.token !== token) throw new SyncError('not-found', 'Øyeblikksbildet som ble skrevet, finnes ikke lenger. Start det på nytt.')
    return this.draft
  }

  /** A laptop's running total at one of its files: from the file, a snapshot or its manifest; 0 when none says. */
  private async totalAt(o: Open, s: Survey, id: string, seq: number): Promise<number> {
    if (seq === 0) return 0
    const decoded = await this.reader.read(o.syncDir, id, 'messages', seq).catch(() => null)
    if (decoded?.ok) return decoded.file.total
    const fromSnapshot = s.heads.map((h) => h.covers[id]).find((c) => c?.seq === seq)
    if (fromSnapshot) return fromSnapshot.total
    const manifest = s.manifests.get(id)
    return manifest?.lastSeq === seq ? manifest.total : 0
  }

  redact(request: { installId: string } & Redaction): Promise<Redacted> {
    return this.serial(async () => {
      const o = await this.open(request.installId)
      return this.inFolder(o, async () => {
        const own = await listFiles(this.fs, o.syncDir, o.me).catch(() => null)
        if (!own) return { filesRewritten: 0, messagesRedacted: 0, filesSkipped: 0 }
        return redactOwnFiles(this.fs, this.reader, o.syncDir, own, request, this.now())
      })
    })
  }

  /** Retires another laptop after `confirm` (main's dialog) says yes. */
  retire(request: { installId: string; target: string }, confirm: (who: string) => Promise<boolean>) {
    return this.serial(async () => {
      const o = await this.open(request.installId)
      if (request.target === o.me) throw new SyncError('refused', 'En maskin kan ikke ta seg selv ut av synkroniseringen. Gjør det fra en av de andre maskinene.')
      return this.inFolder(o, async () => {
        const s = await survey(this.fs, this.reader, o.syncDir)
        if (!s.laptops.some((l) => l.installId === request.target)) throw new SyncError('not-found', 'Maskinen finnes ikke (lenger) i synkroniseringsmappen.')
        const who = say.laptopName(request.target, s.manifests.get(request.target)?.userName)
        if (!(await confirm(who))) throw new SyncError('cancelled', 'Avbrutt.')
        return { retired: await retireLaptop(this.fs, o.syncDir, request.target, this.now()) }
      })
    })
  }
}
