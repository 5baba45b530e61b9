/**
 * Automatic backups on disk, in `<dataFolder>/backups` and, if the user chose one, a second folder
 * (often shared with the other laptops). The envelope is checked in memory before anything is
 * written; each copy is written to a temporary file, read back and checked, and only then takes its
 * name, so a copy that fails never takes a place. Each laptop rotates only its own verified files,
 * by the policy in `retention.ts`.
 */
import { mkdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { BackupInfo, BackupReason, BackupStatus, BackupWritten } from '../../shared/channels/backup'
import { realFs, writeFileAtomic, type AtomicFs } from '../files/atomic-write'
import { fileErrorReason } from '../files/file-errors'
import { readSidecar, scanFolder, SIDECAR, sidecarText, type FolderEntry } from './backup-folder'
import { backupName, isInstallId } from '../../shared/backup-names'
import { checkEnvelope } from './envelope-check'
import { chooseKept } from './retention'

const STATUS_FILE = 'backup-status.json'

/** The bytes are not an export this app can restore; nothing was written. */
export class EnvelopeRefusedError extends Error {
  constructor(problem: string) {
    super(problem)
    this.name = 'EnvelopeRefusedError'
  }
}

/** An envelope this app can restore, or EnvelopeRefusedError; nothing touches the disk. */
function checkedInMemory(bytes: Uint8Array) {
  const checked = checkEnvelope(bytes)
  if (!checked.ok) throw new EnvelopeRefusedError(checked.problem)
  return checked.summary
}

/**
 * Writes an envelope so that the target only ever holds a checked file: checked in memory, written
 * under a temporary name, read back and compared (so equal to what passed the check), renamed.
 */
export async function writeCheckedEnvelope(target: string, bytes: Uint8Array, fs: AtomicFs = realFs): Promise<void> {
  checkedInMemory(bytes)
  await writeFileAtomic(target, bytes, { fs, verify: true })
}

export type SecondFolder = () => Promise<string | null>
export type BackupStoreOptions = { now?: () => Date; fs?: AtomicFs }

export class BackupStore {
  private readonly now: () => Date
  private readonly fs: AtomicFs
  /** Writes run one at a time, so two never rotate the same folder at once. */
  private queue: Promise<unknown> = Promise.resolve()
  private lastAt = 0

  constructor(
    private readonly dataFolder: string,
    private readonly secondFolder: SecondFolder,
    options: BackupStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date())
    this.fs = options.fs ?? realFs
  }

  get folder(): string {
    return path.join(this.dataFolder, 'backups')
  }

  write(bytes: Uint8Array, reason: BackupReason, userName: string | null = null): Promise<BackupWritten> {
    const run = this.queue.then(() => this.writeNow(bytes, reason, userName))
    this.queue = run.catch(() => {})
    return run
  }

  private async writeNow(bytes: Uint8Array, reason: BackupReason, userName: string | null): Promise<BackupWritten> {
    const { installId: id, counts } = checkedInMemory(bytes)
    if (id && !isInstallId(id)) throw new EnvelopeRefusedError('maskin-ID-en i filen er ugyldig')
    const installId = id || null
    // One name per backup even when the clock stands still or steps back.
    this.lastAt = Math.max(this.now().getTime(), this.lastAt + 1)
    const at = new Date(this.lastAt).toISOString()
    const name = backupName(at, installId, reason)
    const sidecar = sidecarText({ counts, installId, userName })
    const main = await this.writeInto(this.folder, name, bytes, sidecar, { installId, local: true })
    let secondPath: string | null = null
    let secondError: string | null = null
    const second = await this.secondFolder()
    if (second) {
      try {
        secondPath = await this.writeInto(second, name, bytes, sidecar, { installId, local: false })
      } catch (error) {
        secondError = fileErrorReason(error)
      }
    }
    // The backup is safe on disk; a status file that cannot be written only means another daily copy.
    await this.saveStatus({ lastBackupAt: at }).catch(() => {})
    return { name, path: main, secondPath, secondError }
  }

  private async writeInto(folder: string, name: string, bytes: Uint8Array, sidecar: string, owner: Owner): Promise<string> {
    await mkdir(folder, { recursive: true })
    const target = path.join(folder, name)
    await writeFileAtomic(target, bytes, { fs: this.fs, verify: true })
    try {
      await writeFileAtomic(target + SIDECAR, sidecar, { fs: this.fs, verify: true })
    } catch (error) {
      // Without its sidecar the copy is not verified: it must not stay and take a place.
      await this.fs.rm(target, { force: true }).catch(() => {})
      throw error
    }
    await rotate(folder, owner, this.now(), this.fs).catch(() => {})
    return target
  }

  /** Verified backups in the data folder, then other laptops' in the second folder; newest first. */
  async list(): Promise<BackupInfo[]> {
    const local = await scanFolder(this.folder)
    const second = await this.secondFolder()
    const localNames = new Set(local.map((e) => e.name))
    const shared = second ? (await scanFolder(second)).filter((e) => !localNames.has(e.name)) : []
    const out: BackupInfo[] = []
    for (const [folder, entries, where] of [[this.folder, local, 'local'], [second ?? '', shared, 'second']] as const) {
      for (const entry of entries) {
        if (!entry.verified) continue
        const file = path.join(folder, entry.name)
        try {
          const { size } = await stat(file)
          const { counts, userName } = await readSidecar(file)
          out.push({ name: entry.name, at: entry.at, reason: entry.reason, sizeBytes: size, counts, installId: entry.installId, userName, folder: where })
        } catch {
          // A file removed while listing is simply not listed.
        }
      }
    }
    return out.sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || (a.name < b.name ? 1 : -1))
  }

  /** Only names this store lists can be read: no path from the page reaches the file system. */
  async read(name: string): Promise<Uint8Array | null> {
    const listed = (await this.list()).find((b) => b.name === name)
    if (!listed) return null
    const folder = listed.folder === 'local' ? this.folder : await this.secondFolder()
    return folder ? new Uint8Array(await readFile(path.join(folder, name))) : null
  }

  async status(): Promise<BackupStatus> {
    const saved = await this.loadStatus()
    if (saved.failedOnClose) await this.saveStatus({ failedOnClose: null })
    return { lastBackupAt: saved.lastBackupAt ?? null, failedOnClose: saved.failedOnClose ?? null }
  }

  async recordCloseFailure(message: string): Promise<void> {
    await this.saveStatus({ failedOnClose: { at: this.now().toISOString(), message } })
  }

  private async loadStatus(): Promise<Partial<BackupStatus>> {
    try {
      return JSON.parse(await readFile(path.join(this.dataFolder, STATUS_FILE), 'utf8')) as Partial<BackupStatus>
    } catch {
      return {}
    }
  }

  private async saveStatus(change: Partial<BackupStatus>): Promise<void> {
    await mkdir(this.dataFolder, { recursive: true })
    const next = { ...(await this.loadStatus()), ...change }
    await writeFileAtomic(path.join(this.dataFolder, STATUS_FILE), JSON.stringify(next), { fs: this.fs })
  }
}

/** Whose files a rotation may touch: this laptop's, and in its own data folder also those without an id. */
export type Owner = { installId: string | null; local: boolean }

const owns = (owner: Owner, entry: FolderEntry) =>
  entry.installId === null ? owner.local : entry.installId === owner.installId

/**
 * Applies the retention policy to one laptop's files in one folder: its unverified files go, and of
 * its verified ones those `chooseKept` does not keep. Returns the names removed.
 */
export async function rotate(folder: string, owner: Owner, now: Date, fs: AtomicFs = realFs): Promise<string[]> {
  const mine = (await scanFolder(folder)).filter((e) => owns(owner, e))
  const kept = chooseKept(mine.filter((e) => e.verified), now)
  const removed: string[] = []
  for (const entry of mine) {
    if (entry.verified && kept.has(entry.name)) continue
    // Sidecar first: if the second removal fails, the file is unverified and goes next time.
    await fs.rm(path.join(folder, entry.name + SIDECAR), { force: true })
    await fs.rm(path.join(folder, entry.name), { force: true })
    removed.push(entry.name)
  }
  return removed
}
