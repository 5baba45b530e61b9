/**
 * Snapshots: the whole state at a point, so a new laptop joins without every message since the
 * start. A snapshot says, per laptop, up to which file its state holds ("covers"). A laptop joins
 * from the newest snapshot after which every laptop's files are still all there, then reads the
 * files after it as usual.
 */
import path from 'node:path'
import type { SnapshotFileEntry, SyncCursors, SyncProblem } from '../../shared/channels/sync'
import type { JsonValue, SyncMessage } from '../../shared/sync-message'
import { writeFileAtomic } from '../files/atomic-write'
import { encodeSyncFile, type SnapshotFile } from './envelope'
import type { FileReader, LaptopFiles } from './laptop-files'
import { snapshotFileName } from './sync-names'
import type { SyncFs } from './sync-fs'
import { problem } from './sync-problems'

export type Covers = SnapshotFile['covers']
export type SnapshotHead = { owner: string; seq: number; name: string; userName: string; writtenAt: string; covers: Covers; count: number }

export const headOf = (file: SnapshotFile): SnapshotHead => ({
  owner: file.installId,
  seq: file.seq,
  name: snapshotFileName(file.seq),
  userName: file.userName,
  writtenAt: file.writtenAt,
  covers: file.covers,
  count: file.count,
})

/** Every snapshot in the folder that reads whole; unreadable ones are left for the next round. */
export async function readSnapshotHeads(reader: FileReader, syncDir: string, laptops: LaptopFiles[]): Promise<{ heads: SnapshotHead[]; problems: SyncProblem[] }> {
  const heads: SnapshotHead[] = []
  const problems: SyncProblem[] = []
  for (const laptop of laptops) {
    for (const seq of laptop.snapshots) {
      const decoded = await reader.read(syncDir, laptop.installId, 'snapshot', seq).catch(() => null)
      if (decoded?.ok) heads.push(headOf(decoded.file))
      else if (decoded) problems.push(problem(decoded.fault, { installId: laptop.installId, userName: null }, seq, decoded.reason))
    }
  }
  return { heads, problems }
}

/** Whether every active laptop's files after the snapshot are still there (none pruned beyond it). */
export function joinableFrom(head: SnapshotHead, laptops: LaptopFiles[]): boolean {
  return laptops.every((l) => l.messages.length === 0 || (l.messages[0] as number) <= (head.covers[l.installId]?.seq ?? 0) + 1)
}

const coveredSum = (head: SnapshotHead): number => Object.values(head.covers).reduce((sum, c) => sum + c.seq, 0)

/** The newest snapshot a laptop can join from; ties go to the one that covers more. */
export function chooseSnapshot(heads: SnapshotHead[], laptops: LaptopFiles[]): SnapshotHead | null {
  const ordered = [...heads].sort((a, b) => b.writtenAt.localeCompare(a.writtenAt) || coveredSum(b) - coveredSum(a) || a.owner.localeCompare(b.owner))
  return ordered.find((h) => joinableFrom(h, laptops)) ?? null
}

/** Whether `newer` holds at least everything `older` holds, for every laptop. */
export const dominates = (newer: SnapshotHead, older: SnapshotHead): boolean =>
  Object.entries(older.covers).every(([id, c]) => (newer.covers[id]?.seq ?? 0) >= c.seq)

/** Messages written since a snapshot (or since the start): the running totals beyond what it covers. */
export function messagesSince(head: SnapshotHead | null, totals: Map<string, number>): number {
  let sum = 0
  for (const [id, total] of totals) sum += Math.max(0, total - (head?.covers[id]?.total ?? 0))
  return sum
}

export type SnapshotDraft = { userName: string; appVersion: string; covers: SyncCursors; clock: string; merkle: JsonValue; files?: SnapshotFileEntry[]; messages: SyncMessage[] }

/** Writes this laptop's snapshot as of its own file `seq`; the file name carries that number. */
export async function writeSnapshot(
  fs: SyncFs,
  syncDir: string,
  me: string,
  at: { seq: number; covers: Covers; writtenAt: string },
  draft: SnapshotDraft,
): Promise<string> {
  const name = snapshotFileName(at.seq)
  const bytes = encodeSyncFile<SnapshotFile>({
    kind: 'snapshot',
    installId: me,
    userName: draft.userName,
    appVersion: draft.appVersion,
    seq: at.seq,
    writtenAt: at.writtenAt,
    count: draft.messages.length,
    covers: at.covers,
    clock: draft.clock,
    merkle: draft.merkle,
    ...(draft.files ? { files: draft.files } : {}),
    messages: draft.messages,
  })
  await writeFileAtomic(path.join(syncDir, me, name), bytes, { fs, verify: true })
  return name
}
