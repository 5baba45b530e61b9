/**
 * Erasure reaches the folder: this laptop rewrites its own files with the values of erased rows and
 * fields blanked. Each message keeps its timestamp (the merkle trie counts it, and the other laptops
 * already know it) but loses its value, and is marked `redacted`. Files are rewritten atomically
 * under the same name, so a sync client only ever sees the old or the new whole file.
 */
import path from 'node:path'
import { LANDED_TABLE, type SyncMessage } from '../../shared/sync-message'
import { writeFileAtomic } from '../files/atomic-write'
import { encodeSyncFile, type MessageFile, type SnapshotFile } from './envelope'
import type { FileReader, LaptopFiles } from './laptop-files'
import { fileNameOf, type SyncFileKind } from './sync-names'
import type { SyncFs } from './sync-fs'

export type Redaction = { rows: { table: string; row: string }[]; fields: { table: string; row: string; field: string }[] }
export type Redacted = { filesRewritten: number; messagesRedacted: number; filesSkipped: number }

const key = (...parts: string[]): string => parts.join('\u0000')

/** A predicate for the messages whose values must go. */
export function redactionMatcher(redaction: Redaction): (m: SyncMessage) => boolean {
  const rows = new Set(redaction.rows.map((r) => key(r.table, r.row)))
  const fields = new Set(redaction.fields.map((f) => key(f.table, f.row, f.field)))
  return (m) => {
    if (m.redacted) return false
    // A landing names its cell (`table|row|field`): it goes with that row or field.
    const [table, row, field] = m.table === LANDED_TABLE ? (m.row.split('|', 3) as [string, string, string]) : [m.table, m.row, m.field]
    return rows.has(key(table, row)) || fields.has(key(table, row, field))
  }
}

export async function redactOwnFiles(fs: SyncFs, reader: FileReader, syncDir: string, own: LaptopFiles, redaction: Redaction, now: Date): Promise<Redacted> {
  const matches = redactionMatcher(redaction)
  const out: Redacted = { filesRewritten: 0, messagesRedacted: 0, filesSkipped: 0 }
  const rewrite = async (kind: SyncFileKind, seq: number) => {
    const decoded = await reader.read(syncDir, own.installId, kind, seq).catch(() => null)
    if (!decoded?.ok) {
      out.filesSkipped++
      return
    }
    const file: MessageFile | SnapshotFile = decoded.file
    let hits = 0
    const messages = file.messages.map((m) => {
      if (!matches(m)) return m
      hits++
      return { ...m, value: null, redacted: true as const }
    })
    if (hits === 0) return
    const { format: _format, version: _version, ...body } = file
    const target = path.join(own.dir, fileNameOf(kind, seq))
    await writeFileAtomic(target, encodeSyncFile({ ...body, messages, rewrittenAt: now.toISOString() }), { fs, verify: true })
    reader.forget(target)
    out.filesRewritten++
    out.messagesRedacted += hits
  }
  for (const seq of own.messages) await rewrite('messages', seq)
  for (const seq of own.snapshots) await rewrite('snapshot', seq)
  return out
}
