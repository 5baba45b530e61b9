/**
 * The file format of the sync folder: a versioned JSON envelope whose last member is a SHA-256
 * checksum of every byte before it. A file a sync client has only half copied fails to parse or
 * fails the checksum, so it is skipped this round and read again later; it is never half applied.
 *
 *   {"format":"nfk-sekretariat-synk","version":1,"kind":"messages",…,"messages":[…],"checksum":"sha256-…"}
 *
 * The checksum covers the exact bytes (the text up to `,"checksum"` plus the closing brace), not a
 * re-serialisation, so it does not depend on how a later version prints JSON.
 *
 * Versions: 1 is every message file, and a snapshot without the file index. A snapshot carrying the
 * file index (`files`) is version 2: an app from before reads its members strictly and would call
 * it invalid, so the version makes it say "newer version, update the app" instead. Message files stay
 * version 1, so such an app still reads every change. This app reads both.
 */
import { createHash } from 'node:crypto'
import { z } from 'zod'
import { cursors, snapshotFiles } from '../../shared/channels/sync'
import { installId, jsonValue, syncMessage } from '../../shared/sync-message'
import { MAX_SEQ, type SyncFileKind } from './sync-names'

export const SYNC_FORMAT = 'nfk-sekretariat-synk'
/** The newest file version this app reads (and writes, for a snapshot carrying the file index). */
export const SYNC_VERSION = 2
/** The version of message files and of snapshots without the file index: every app reads it. */
export const FIRST_VERSION = 1

const isoTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'ugyldig tidspunkt')
const seq = z.number().int().min(0).max(MAX_SEQ)
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)

const head = {
  format: z.literal(SYNC_FORMAT),
  version: z.union([z.literal(FIRST_VERSION), z.literal(SYNC_VERSION)]),
  installId,
  userName: z.string().max(200),
  appVersion: z.string().max(100),
  seq,
  writtenAt: isoTime,
  /** Set when the file was rewritten without erased values. */
  rewrittenAt: isoTime.optional(),
  count,
  messages: z.array(syncMessage),
}

const messageFile = z
  .object({
    ...head,
    kind: z.literal('messages'),
    seq: seq.min(1),
    batchId: z.string().min(1).max(100),
    /** The writer's cursors when it wrote the file: what it had applied of each other laptop. */
    seen: cursors,
    /** How many messages this laptop has written up to and including this file. */
    total: count,
  })
  .strict()

const snapshotFile = z
  .object({
    ...head,
    kind: z.literal('snapshot'),
    /** Per laptop, the last file (and its running total) whose messages the state holds. */
    covers: z.record(installId, z.object({ seq: z.number().int().min(0).max(MAX_SEQ), total: count }).strict()),
    clock: z.string().max(100_000),
    merkle: jsonValue,
    /** The writer's file index: which file of its laptop each cell's stamp came from, and what that file had seen. */
    files: snapshotFiles.optional(),
  })
  .strict()

export type MessageFile = z.infer<typeof messageFile>
export type SnapshotFile = z.infer<typeof snapshotFile>
export type SyncFile = MessageFile | SnapshotFile
type Body<F extends SyncFile> = Omit<F, 'format' | 'version'>
export type FileOf<K extends SyncFileKind> = K extends 'messages' ? MessageFile : SnapshotFile

export type FileFault = 'unreadable' | 'newer-version' | 'invalid'
export type Decoded<F extends SyncFile> =
  | { ok: true; file: F }
  | { ok: false; fault: FileFault; reason: string; version?: number; appVersion?: string }

const CHECKSUM_TAIL = /,"checksum":"sha256-([0-9a-f]{64})"\}$/
const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex')

/** The version a file is written in: the oldest that holds everything it carries. */
export function versionOf(body: { kind: SyncFileKind; files?: unknown }): typeof FIRST_VERSION | typeof SYNC_VERSION {
  return body.kind === 'snapshot' && body.files !== undefined ? SYNC_VERSION : FIRST_VERSION
}

/** The bytes of a file: the envelope in its version, the checksum last. */
export function encodeSyncFile<F extends SyncFile>(body: Body<F>): Uint8Array {
  const text = JSON.stringify({ format: SYNC_FORMAT, version: versionOf(body), ...body })
  const withoutBrace = text.slice(0, -1)
  return new TextEncoder().encode(`${withoutBrace},"checksum":"sha256-${sha256(`${withoutBrace}}`)}"}`)
}

const utf8 = new TextDecoder('utf-8', { fatal: true })
const schemas = { messages: messageFile, snapshot: snapshotFile } as const

/**
 * Reads a file and checks it is what its name says: whole (parses, checksum), of a version this
 * app reads, well-formed, and written by the laptop and with the sequence number its place says.
 */
export function decodeSyncFile<K extends SyncFileKind>(
  bytes: Uint8Array,
  expected: { kind: K; installId: string; seq: number },
): Decoded<FileOf<K>> {
  let text: string
  let parsed: unknown
  try {
    text = utf8.decode(bytes)
    parsed = JSON.parse(text)
  } catch {
    return { ok: false, fault: 'unreadable', reason: 'filen er ikke hel (den kan fortsatt være under kopiering)' }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false, fault: 'invalid', reason: 'filen er ikke en synkroniseringsfil' }
  const record = parsed as Record<string, unknown>
  if (record.format !== SYNC_FORMAT) return { ok: false, fault: 'invalid', reason: 'filen er ikke en synkroniseringsfil' }
  if (typeof record.version !== 'number' || !Number.isInteger(record.version) || record.version < 1) {
    return { ok: false, fault: 'invalid', reason: 'filen oppgir ingen gyldig versjon' }
  }
  if (record.version > SYNC_VERSION) {
    const appVersion = typeof record.appVersion === 'string' ? record.appVersion.slice(0, 100) : undefined
    return { ok: false, fault: 'newer-version', reason: `filen er laget av en nyere versjon av appen (filformat ${record.version})`, version: record.version, ...(appVersion ? { appVersion } : {}) }
  }
  const tail = CHECKSUM_TAIL.exec(text)
  if (!tail || sha256(`${text.slice(0, tail.index)}}`) !== tail[1]) {
    return { ok: false, fault: 'unreadable', reason: 'kontrollsummen stemmer ikke (filen kan fortsatt være under kopiering)' }
  }
  const { checksum: _checksum, ...body } = record
  const checked = schemas[expected.kind].safeParse(body)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    return { ok: false, fault: 'invalid', reason: `filen har feil innhold (${issue ? `${issue.path.join('.') || 'filen'}: ${issue.message}` : 'ukjent feil'})` }
  }
  const file = checked.data
  if (file.installId !== expected.installId || file.seq !== expected.seq) {
    return { ok: false, fault: 'invalid', reason: 'filen ligger under feil maskin eller har feil nummer' }
  }
  if (file.count !== file.messages.length) return { ok: false, fault: 'invalid', reason: 'antallet endringer stemmer ikke med filen' }
  return { ok: true, file } as Decoded<FileOf<K>>
}
