/**
 * Automatic backups on disk: written atomically into `<dataFolder>/backups` and, if the user chose
 * one, a second folder; each is read back and checked; the newest 14 are kept in each folder. A
 * small sidecar file per backup holds its counts, so listing never parses large files.
 */
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { BackupInfo, BackupReason, BackupStatus, BackupWritten } from '../../shared/channels/backup'
import { writeFileAtomic, type AtomicWriteOptions } from '../files/atomic-write'
import { checkEnvelope } from './envelope-check'

export const KEEP_BACKUPS = 14
const NAME = /^nfk-sikkerhetskopi-([0-9TZ-]+)-([a-z-]+)\.json$/
const META = '.meta'
const STATUS_FILE = 'backup-status.json'

export class BackupVerifyError extends Error {}

/** `2026-11-28T20:30:49.123Z` ⇄ `2026-11-28T20-30-49-123Z`: sortable and valid on Windows. */
const stampOf = (iso: string) => iso.replace(/[:.]/g, '-')
const isoOf = (stamp: string) => stamp.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, '$1:$2:$3.$4Z')

export async function writeVerified(target: string, bytes: Uint8Array, options?: AtomicWriteOptions) {
  await writeFileAtomic(target, bytes, options)
  const back = new Uint8Array(await readFile(target))
  if (Buffer.compare(back, bytes) !== 0) throw new BackupVerifyError('filen som ble lest tilbake, er ikke lik den som ble skrevet')
  const checked = checkEnvelope(back)
  if (!checked.ok) throw new BackupVerifyError(checked.problem)
  return checked.summary
}

export type SecondFolder = () => Promise<string | null>

export class BackupStore {
  constructor(
    private readonly dataFolder: string,
    private readonly secondFolder: SecondFolder,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get folder(): string {
    return path.join(this.dataFolder, 'backups')
  }

  async write(bytes: Uint8Array, reason: BackupReason): Promise<BackupWritten> {
    const at = this.now().toISOString()
    const name = `nfk-sikkerhetskopi-${stampOf(at)}-${reason}.json`
    const main = await this.writeInto(this.folder, name, bytes)
    let secondPath: string | null = null
    let secondError: string | null = null
    const second = await this.secondFolder()
    if (second) {
      try {
        secondPath = await this.writeInto(second, name, bytes)
      } catch (error) {
        secondError = error instanceof Error ? error.message : String(error)
      }
    }
    await this.saveStatus({ lastBackupAt: at })
    return { name, path: main, secondPath, secondError }
  }

  private async writeInto(folder: string, name: string, bytes: Uint8Array): Promise<string> {
    await mkdir(folder, { recursive: true })
    const target = path.join(folder, name)
    const summary = await writeVerified(target, bytes)
    await writeFileAtomic(target + META, JSON.stringify({ counts: summary.counts }))
    await rotate(folder)
    return target
  }

  async list(): Promise<BackupInfo[]> {
    const names = await backupNames(this.folder)
    const out: BackupInfo[] = []
    for (const name of names.toReversed()) {
      const match = NAME.exec(name)
      if (!match) continue
      const file = path.join(this.folder, name)
      try {
        const info = await stat(file)
        const meta = JSON.parse(await readFile(file + META, 'utf8').catch(() => '{}')) as { counts?: Record<string, number> }
        out.push({ name, at: isoOf(match[1] ?? ''), reason: match[2] as BackupReason, sizeBytes: info.size, counts: meta.counts ?? {} })
      } catch {
        // A file removed while listing is simply not listed.
      }
    }
    return out
  }

  /** Only names this store lists can be read: no path from the page reaches the file system. */
  async read(name: string): Promise<Uint8Array | null> {
    if (!(await backupNames(this.folder)).includes(name)) return null
    return new Uint8Array(await readFile(path.join(this.folder, name)))
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
    await writeFileAtomic(path.join(this.dataFolder, STATUS_FILE), JSON.stringify(next))
  }
}

async function backupNames(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder)).filter((n) => NAME.test(n)).sort()
  } catch {
    return []
  }
}

/** Keeps the newest backups (names sort by time) and their sidecars. */
export async function rotate(folder: string, keep = KEEP_BACKUPS): Promise<string[]> {
  const names = await backupNames(folder)
  const old = names.slice(0, Math.max(0, names.length - keep))
  for (const name of old) {
    await rm(path.join(folder, name), { force: true })
    await rm(path.join(folder, name + META), { force: true })
  }
  return old
}
