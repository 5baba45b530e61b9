/**
 * Listing and reading the laptops' folders in `nfk-sync/`. Snapshots go through a small cache keyed
 * by name, size and modification time: one can be tens of megabytes, and its header is needed on
 * every round (to choose the one to join from and to decide what may be pruned).
 */
import path from 'node:path'
import { MAX_FILE_BYTES } from '../../shared/channels/files'
import { decodeSyncFile, type Decoded, type FileOf } from './envelope'
import { fileNameOf, isLaptopFolder, parseSyncFileName, RETIRED_DIR, type SyncFileKind } from './sync-names'
import type { SyncFs } from './sync-fs'

export type LaptopFiles = { installId: string; dir: string; messages: number[]; snapshots: number[] }

/** The active laptops: every folder in nfk-sync/ named by an install id (not the retired ones). */
export async function listLaptops(fs: SyncFs, syncDir: string): Promise<string[]> {
  const entries = await fs.readdir(syncDir)
  return entries.filter((e) => e.isDirectory && e.name !== RETIRED_DIR && isLaptopFolder(e.name)).map((e) => e.name).sort()
}

/** A laptop's files by kind, in sequence order; a missing folder has none. */
export async function listFiles(fs: SyncFs, syncDir: string, installId: string): Promise<LaptopFiles> {
  const dir = path.join(syncDir, installId)
  const files: LaptopFiles = { installId, dir, messages: [], snapshots: [] }
  for (const entry of await fs.readdir(dir)) {
    const name = entry.isDirectory ? null : parseSyncFileName(entry.name)
    if (name) files[name.kind === 'messages' ? 'messages' : 'snapshots'].push(name.seq)
  }
  files.messages.sort((a, b) => a - b)
  files.snapshots.sort((a, b) => a - b)
  return files
}

type Cached = { size: number; mtimeMs: number; decoded: unknown }

/** Reads and checks files; remembers the last result per file until the file changes. */
export class FileReader {
  private readonly cache = new Map<string, Cached>()
  constructor(
    private readonly fs: SyncFs,
    /** How many decoded snapshots to keep (they are big; a handful is enough for a round). */
    private readonly keep = 4,
  ) {}

  async read<K extends SyncFileKind>(syncDir: string, installId: string, kind: K, seq: number): Promise<Decoded<FileOf<K>>> {
    type Result = Decoded<FileOf<K>>
    const file = path.join(syncDir, installId, fileNameOf(kind, seq))
    const { size, mtimeMs } = await this.fs.stat(file)
    const hit = this.cache.get(file)
    if (hit && hit.size === size && hit.mtimeMs === mtimeMs) return hit.decoded as Result
    // A file this big is no file of ours, and reading it whole would exhaust memory.
    if (size > MAX_FILE_BYTES) return { ok: false, fault: 'invalid', reason: `filen er større enn ${MAX_FILE_BYTES / 1024 / 1024} MB` }
    const decoded = decodeSyncFile(await this.fs.readFile(file), { kind, installId, seq })
    // Only whole snapshots are remembered (message files are read once per round); a file a sync
    // client is still copying is read again next time.
    if (decoded.ok && kind === 'snapshot') {
      this.cache.delete(file)
      this.cache.set(file, { size, mtimeMs, decoded })
      if (this.cache.size > this.keep) this.cache.delete(this.cache.keys().next().value as string)
    }
    return decoded
  }

  forget(file: string): void {
    this.cache.delete(file)
  }
}
