/**
 * One look at the whole group: the active laptops, their files and manifests, the snapshots and the
 * one to join from. Status, ack (pruning), joining and snapshot writing all start from it.
 */
import type { SyncLaptop } from '../../shared/channels/sync'
import type { SyncProblem } from '../../shared/channels/sync'
import { listFiles, listLaptops, type FileReader, type LaptopFiles } from './laptop-files'
import { readManifest, type Manifest } from './manifest'
import { chooseSnapshot, readSnapshotHeads, type SnapshotHead } from './snapshots'
import type { SyncFs } from './sync-fs'

export type Survey = {
  laptops: LaptopFiles[]
  manifests: Map<string, Manifest | null>
  heads: SnapshotHead[]
  joinFrom: SnapshotHead | null
  problems: SyncProblem[]
}

export async function survey(fs: SyncFs, reader: FileReader, syncDir: string): Promise<Survey> {
  const laptops: LaptopFiles[] = []
  const manifests = new Map<string, Manifest | null>()
  for (const id of await listLaptops(fs, syncDir)) {
    const files = await listFiles(fs, syncDir, id)
    laptops.push(files)
    manifests.set(id, await readManifest(fs, files.dir, id))
  }
  const { heads, problems } = await readSnapshotHeads(reader, syncDir, laptops)
  return { laptops, manifests, heads, joinFrom: chooseSnapshot(heads, laptops), problems }
}

/** The other laptops as the header and Settings show them. */
export function laptopsOf(s: Survey, me: string): SyncLaptop[] {
  return s.laptops
    .filter((l) => l.installId !== me)
    .map((l) => {
      const m = s.manifests.get(l.installId) ?? null
      return {
        installId: l.installId,
        userName: m?.userName || null,
        lastSeenAt: m?.syncedAt ?? m?.updatedAt ?? null,
        lastSeq: Math.max(m?.lastSeq ?? 0, l.messages.at(-1) ?? 0),
        appVersion: m?.appVersion ?? null,
      }
    })
}

/** Each laptop's running total of written messages, as its manifest says (this laptop's from `own`). */
export function totalsOf(s: Survey, me: string, own: number): Map<string, number> {
  const totals = new Map<string, number>()
  for (const l of s.laptops) totals.set(l.installId, l.installId === me ? own : (s.manifests.get(l.installId)?.total ?? 0))
  if (!totals.has(me)) totals.set(me, own)
  return totals
}
