/**
 * Main's own small settings file (folders for output and backups, the sync folder). The renderer
 * never sends a path to write to: folders are chosen through main's dialogs and kept here.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import type { MainConfig } from '../../shared/channels/app'
import { writeFileAtomic, type AtomicFs } from '../files/atomic-write'

/**
 * Where this laptop syncs, and what it has written there. `lastSeq` and `total` are kept here too,
 * so a sequence number is never reused even if this laptop's own files vanish from the folder.
 */
const syncSchema = z.object({
  folder: z.string().min(1),
  folderId: z.string().min(1),
  installId: z.string().min(1),
  lastSeq: z.number().int().min(0),
  total: z.number().int().min(0),
  lastSyncAt: z.string().nullable(),
})
export type SyncConfig = z.infer<typeof syncSchema>

const schema = z.object({
  outputFolder: z.string().nullable().default(null),
  backupFolder: z.string().nullable().default(null),
  // A broken sync section must not cost the user the folders above: it alone falls back to none.
  sync: syncSchema.nullable().catch(null).default(null),
})
type Stored = z.infer<typeof schema>

const EMPTY: Stored = { outputFolder: null, backupFolder: null, sync: null }

export class MainConfigStore {
  private cached: Stored | null = null
  constructor(
    private readonly dataFolder: string,
    private readonly fs?: AtomicFs,
  ) {}

  get file(): string {
    return path.join(this.dataFolder, 'main-config.json')
  }

  private async stored(): Promise<Stored> {
    if (this.cached) return this.cached
    try {
      const parsed = schema.safeParse(JSON.parse(await readFile(this.file, 'utf8')))
      this.cached = parsed.success ? parsed.data : { ...EMPTY }
    } catch {
      this.cached = { ...EMPTY }
    }
    return this.cached
  }

  private async write(next: Stored): Promise<Stored> {
    await writeFileAtomic(this.file, JSON.stringify(next, null, 2), this.fs ? { fs: this.fs } : {})
    this.cached = next
    return next
  }

  /** The folders the page may see (the sync state is main's own). */
  async read(): Promise<MainConfig> {
    const { outputFolder, backupFolder } = await this.stored()
    return { outputFolder, backupFolder }
  }

  async update(change: Partial<MainConfig>): Promise<MainConfig> {
    await this.write({ ...(await this.stored()), ...change })
    return this.read()
  }

  async readSync(): Promise<SyncConfig | null> {
    return (await this.stored()).sync
  }

  async updateSync(sync: SyncConfig | null): Promise<SyncConfig | null> {
    return (await this.write({ ...(await this.stored()), sync })).sync
  }
}
