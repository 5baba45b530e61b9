/**
 * A laptop's manifest, `nfk-sync/<installId>/maskin.json`: who it is, its last file, and what it has
 * applied of the others. Only its owner writes it (atomically), so the sync client never makes a
 * conflict copy. The others read it to show who is in the group and to know when every laptop has
 * seen a file, so that its writer may prune it. A manifest that cannot be read counts as absent.
 */
import path from 'node:path'
import { z } from 'zod'
import { cursors } from '../../shared/channels/sync'
import { installId } from '../../shared/sync-message'
import { writeFileAtomic } from '../files/atomic-write'
import { MANIFEST_FILE } from './sync-names'
import type { SyncFs } from './sync-fs'

export const MANIFEST_FORMAT = 'nfk-sekretariat-synk-maskin'

const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  version: z.number().int().min(1),
  installId,
  userName: z.string().max(200),
  appVersion: z.string().max(100),
  lastSeq: z.number().int().min(0),
  total: z.number().int().min(0),
  applied: cursors,
  /** When its owner last finished a sync round; null before the first. */
  syncedAt: z.string().max(40).nullable(),
  updatedAt: z.string().max(40),
})

export type Manifest = Omit<z.infer<typeof manifestSchema>, 'format' | 'version'>

export async function readManifest(fs: SyncFs, laptopDir: string, owner: string): Promise<Manifest | null> {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(new TextDecoder().decode(await fs.readFile(path.join(laptopDir, MANIFEST_FILE)))))
    if (!parsed.success || parsed.data.installId !== owner) return null
    const { format: _format, version: _version, ...manifest } = parsed.data
    return manifest
  } catch {
    return null
  }
}

export async function writeManifest(fs: SyncFs, laptopDir: string, manifest: Manifest): Promise<void> {
  await writeFileAtomic(path.join(laptopDir, MANIFEST_FILE), JSON.stringify({ format: MANIFEST_FORMAT, version: 1, ...manifest }), { fs })
}
