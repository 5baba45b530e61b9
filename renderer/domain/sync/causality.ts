/**
 * Who had seen what (electron/main/sync/README.md, "True conflicts"). HLC orders edits but does not
 * say whether the writer of one had seen the other; the files do: each carries `seen`, its writer's
 * cursors when it was written. A stamp belongs to exactly one file of its laptop (a laptop's stamps
 * grow, and its files hold them in order), so `seqOf` finds it by range.
 */
import type { SyncFileRecord } from './records'

export type FileIndex = {
  /** The file number of a laptop's stamp, or null when no known file holds it (this laptop's unsent change). */
  seqOf(installId: string, ts: string): number | null
  seenOf(installId: string, seq: number): Record<string, number> | null
  userNameOf(installId: string): string | null
  add(file: SyncFileRecord): void
}

export function fileIndex(files: Iterable<SyncFileRecord>): FileIndex {
  const byLaptop = new Map<string, SyncFileRecord[]>()
  const add = (f: SyncFileRecord) => {
    const list = byLaptop.get(f.installId) ?? []
    const i = list.findIndex((x) => x.seq === f.seq)
    if (i >= 0) list[i] = f
    else list.push(f)
    list.sort((a, b) => a.seq - b.seq)
    byLaptop.set(f.installId, list)
  }
  for (const f of files) add(f)
  return {
    seqOf(installId, ts) {
      const list = byLaptop.get(installId) ?? []
      // Binary search over the files' stamp ranges (they do not overlap and grow with seq).
      let lo = 0
      let hi = list.length - 1
      while (lo <= hi) {
        const mid = (lo + hi) >> 1
        const f = list[mid] as SyncFileRecord
        if (ts < f.firstTs) hi = mid - 1
        else if (ts > f.lastTs) lo = mid + 1
        else return f.seq
      }
      return null
    },
    seenOf(installId, seq) {
      return byLaptop.get(installId)?.find((f) => f.seq === seq)?.seen ?? null
    },
    userNameOf(installId) {
      return byLaptop.get(installId)?.at(-1)?.userName ?? null
    },
    add,
  }
}

/** A change as the merge rules see it: its stamp, its laptop and (when it came in a file) that file. */
export type Incoming = { ts: string; installId: string; seq: number; seen: Record<string, number> }
export type Stored = { ts: string; installId: string }

/** Whether the writer of `m` had applied `x` when it wrote m's file. A laptop has always seen its own earlier changes. */
export function hasSeen(files: FileIndex, m: Incoming, x: Stored): boolean {
  if (x.installId === m.installId) return true
  const sx = files.seqOf(x.installId, x.ts)
  return sx !== null && (m.seen[x.installId] ?? 0) >= sx
}

/**
 * A true conflict: neither change had seen the other. `x` is the cell's current change on this
 * laptop; when it is this laptop's own unsent change, it cannot have seen `m` (m is new here).
 */
export function isConcurrent(files: FileIndex, me: string, m: Incoming, x: Stored): boolean {
  if (hasSeen(files, m, x)) return false
  const sx = files.seqOf(x.installId, x.ts)
  if (sx === null) return x.installId === me
  const vx = files.seenOf(x.installId, sx) ?? {}
  return (vx[m.installId] ?? 0) < m.seq
}

/** The conflict's id: the cell and both stamps, the same on every laptop that detects it. */
export function conflictId(cell: string, a: string, b: string): string {
  return a < b ? `${cell}|${a}|${b}` : `${cell}|${b}|${a}`
}
