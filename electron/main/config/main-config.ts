/**
 * Main's own small settings file (folders for output and backups). The renderer never sends a path
 * to write to: folders are chosen through main's dialogs and kept here.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import type { MainConfig } from '../../shared/channels/app'
import { writeFileAtomic, type AtomicFs } from '../files/atomic-write'

const schema = z.object({
  outputFolder: z.string().nullable().default(null),
  backupFolder: z.string().nullable().default(null),
})

const EMPTY: MainConfig = { outputFolder: null, backupFolder: null }

export class MainConfigStore {
  private cached: MainConfig | null = null
  constructor(
    private readonly dataFolder: string,
    private readonly fs?: AtomicFs,
  ) {}

  get file(): string {
    return path.join(this.dataFolder, 'main-config.json')
  }

  async read(): Promise<MainConfig> {
    if (this.cached) return this.cached
    try {
      const parsed = schema.safeParse(JSON.parse(await readFile(this.file, 'utf8')))
      this.cached = parsed.success ? parsed.data : { ...EMPTY }
    } catch {
      this.cached = { ...EMPTY }
    }
    return this.cached
  }

  async update(change: Partial<MainConfig>): Promise<MainConfig> {
    const next = { ...(await this.read()), ...change }
    await writeFileAtomic(this.file, JSON.stringify(next, null, 2), this.fs ? { fs: this.fs } : {})
    this.cached = next
    return next
  }
}
