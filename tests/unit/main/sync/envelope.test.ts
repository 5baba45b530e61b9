import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { decodeSyncFile, encodeSyncFile, FIRST_VERSION, SYNC_FORMAT, SYNC_VERSION, type MessageFile, type SnapshotFile } from '../../../../electron/main/sync/envelope'
import { change, KARI, OLA } from './group'

const body = (over: Partial<MessageFile> = {}): Omit<MessageFile, 'format' | 'version'> => {
  const messages = [change(KARI, 'org-1', 'notes', 'Første'), change(KARI, 'org-1', 'address', { street: 'Storgata 1', postalCode: '0155' })]
  return { kind: 'messages', installId: KARI, userName: 'Kari', appVersion: '1.0.0', seq: 3, writtenAt: '2026-11-28T10:00:00.000Z', count: messages.length, messages, batchId: 'b-1', seen: { [OLA]: 2 }, total: 7, ...over }
}
const expected = { kind: 'messages' as const, installId: KARI, seq: 3 }
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes)
const bytesOf = (t: string) => new TextEncoder().encode(t)

/** Seals JSON text the way the app does: a SHA-256 of the bytes before it, as the last member. */
function sealed(json: string): Uint8Array {
  const open = json.slice(0, -1)
  return bytesOf(`${open},"checksum":"sha256-${createHash('sha256').update(`${open}}`).digest('hex')}"}`)
}
const unsealed = (bytes: Uint8Array) => text(bytes).replace(/,"checksum":"sha256-[0-9a-f]{64}"\}$/, '}')

describe('the sync file envelope', () => {
  it('reads back exactly what was written, with format, version and a checksum last', () => {
    const written = body()
    const bytes = encodeSyncFile(written)
    const t = text(bytes)
    // Message files stay version 1, so an app from before the file index still reads every change.
    expect(t.startsWith(`{"format":"${SYNC_FORMAT}","version":1,"kind":"messages"`)).toBe(true)
    expect(t).toMatch(/,"checksum":"sha256-[0-9a-f]{64}"\}$/)
    expect(decodeSyncFile(bytes, expected)).toEqual({ ok: true, file: { format: SYNC_FORMAT, version: FIRST_VERSION, ...written } })
    // The checksum is over the bytes as written, so another printing of the same JSON still reads.
    expect(decodeSyncFile(sealed(unsealed(bytes)), expected)).toMatchObject({ ok: true })
  })

  it('calls a file cut short mid-write unreadable, to be read again later', () => {
    const bytes = encodeSyncFile(body())
    for (const cut of [1, 40, bytes.length - 80, bytes.length - 1]) {
      const decoded = decodeSyncFile(bytes.slice(0, cut), expected)
      expect(decoded).toMatchObject({ ok: false, fault: 'unreadable', reason: 'filen er ikke hel (den kan fortsatt være under kopiering)' })
    }
  })

  it('calls a whole JSON file with a changed byte or no checksum unreadable', () => {
    const t = text(encodeSyncFile(body()))
    const changed = t.replace('Første', 'Førstx')
    expect(decodeSyncFile(bytesOf(changed), expected)).toMatchObject({ ok: false, fault: 'unreadable', reason: 'kontrollsummen stemmer ikke (filen kan fortsatt være under kopiering)' })
    const noChecksum = t.replace(/,"checksum":"sha256-[0-9a-f]{64}"\}$/, '}')
    expect(decodeSyncFile(bytesOf(noChecksum), expected)).toMatchObject({ ok: false, fault: 'unreadable' })
    // A sync client's placeholder: the right length, zeros instead of content.
    expect(decodeSyncFile(new Uint8Array(t.length), expected)).toMatchObject({ ok: false, fault: 'unreadable' })
  })

  it('refuses a file from a newer version before looking further, and says which app wrote it', () => {
    const newer = unsealed(encodeSyncFile(body({ appVersion: '2.3.0' }))).replace('"version":1', '"version":3')
    expect(decodeSyncFile(sealed(newer), expected)).toEqual({
      ok: false,
      fault: 'newer-version',
      reason: 'filen er laget av en nyere versjon av appen (filformat 3)',
      version: 3,
      appVersion: '2.3.0',
    })
    // Even with a new shape the old checksum scheme would not match.
    expect(decodeSyncFile(bytesOf(JSON.stringify({ format: SYNC_FORMAT, version: 9, anything: [] })), expected)).toMatchObject({ fault: 'newer-version', version: 9 })
  })

  it('refuses other files and impossible versions as invalid', () => {
    for (const other of ['[]', '"x"', 'null', '{"format":"nfk-sekretariat-eksport","version":1}']) {
      expect(decodeSyncFile(bytesOf(other), expected)).toEqual({ ok: false, fault: 'invalid', reason: 'filen er ikke en synkroniseringsfil' })
    }
    for (const version of ['0', '1.5', '"1"', '-1']) {
      expect(decodeSyncFile(bytesOf(`{"format":"${SYNC_FORMAT}","version":${version}}`), expected)).toEqual({ ok: false, fault: 'invalid', reason: 'filen oppgir ingen gyldig versjon' })
    }
  })

  it('refuses a file placed under another laptop, with another number, or of another kind', () => {
    const bytes = encodeSyncFile(body())
    expect(decodeSyncFile(bytes, { ...expected, installId: OLA })).toEqual({ ok: false, fault: 'invalid', reason: 'filen ligger under feil maskin eller har feil nummer' })
    expect(decodeSyncFile(bytes, { ...expected, seq: 4 })).toEqual({ ok: false, fault: 'invalid', reason: 'filen ligger under feil maskin eller har feil nummer' })
    expect(decodeSyncFile(bytes, { ...expected, kind: 'snapshot' })).toMatchObject({ ok: false, fault: 'invalid' })
  })

  it('names the field of a malformed message, and refuses a count that does not match', () => {
    const bad = body()
    const broken = { ...bad, messages: [bad.messages[0], { ...bad.messages[1], timestamp: '2026-11-28 10:00' }] } as typeof bad
    expect(decodeSyncFile(encodeSyncFile(broken), expected)).toMatchObject({ ok: false, fault: 'invalid', reason: expect.stringMatching(/^filen har feil innhold \(messages\.1\.timestamp: /) })
    expect(decodeSyncFile(encodeSyncFile(body({ count: 5 })), expected)).toEqual({ ok: false, fault: 'invalid', reason: 'antallet endringer stemmer ikke med filen' })
    expect(decodeSyncFile(encodeSyncFile({ ...body(), extra: 1 } as ReturnType<typeof body>), expected)).toMatchObject({ ok: false, fault: 'invalid', reason: expect.stringContaining('filen har feil innhold') })
  })

  it('refuses a value nested deeper than the limit without overflowing the stack', () => {
    const file = unsealed(encodeSyncFile(body({ messages: [change(KARI, 'org-1', 'notes', 'DYPT')], count: 1 })))
    const nested = (depth: number) => sealed(file.replace('"DYPT"', `${'['.repeat(depth)}"bunn"${']'.repeat(depth)}`))
    expect(decodeSyncFile(nested(20_000), expected)).toMatchObject({ ok: false, fault: 'invalid', reason: expect.stringContaining('messages.0.value') })
    expect(decodeSyncFile(nested(17), expected)).toMatchObject({ ok: false, fault: 'invalid' })
    expect(decodeSyncFile(nested(16), expected)).toMatchObject({ ok: true })
  })

  const snapshot: Omit<SnapshotFile, 'format' | 'version'> = {
    kind: 'snapshot', installId: KARI, userName: 'Kari', appVersion: '1.0.0', seq: 0, writtenAt: '2026-11-28T10:00:00.000Z', count: 0, messages: [],
    covers: { [OLA]: { seq: 4, total: 40 } }, clock: '{"timestamp":"x"}', merkle: { hash: 5, '1': { hash: 5 } },
  }
  const snapshotAt = { kind: 'snapshot' as const, installId: KARI, seq: 0 }
  const files: NonNullable<SnapshotFile['files']> = [{ installId: OLA, userName: 'Ola', seq: 4, firstTs: change(OLA, 'org-1', 'notes', 'x').timestamp, lastTs: change(OLA, 'org-1', 'notes', 'x').timestamp, seen: { [KARI]: 1 } }]

  it('reads a snapshot with its covers, clock and merkle trie, written as version 1 without a file index', () => {
    const bytes = encodeSyncFile(snapshot)
    expect(text(bytes)).toContain('"version":1,')
    expect(decodeSyncFile(bytes, snapshotAt)).toEqual({ ok: true, file: { format: SYNC_FORMAT, version: FIRST_VERSION, ...snapshot } })
  })

  it('writes a snapshot carrying the file index as version 2, which an app from before calls newer, not invalid', () => {
    const bytes = encodeSyncFile<SnapshotFile>({ ...snapshot, files })
    expect(text(bytes)).toContain(`"version":${SYNC_VERSION},`)
    expect(SYNC_VERSION).toBe(2)
    expect(decodeSyncFile(bytes, snapshotAt)).toEqual({ ok: true, file: { format: SYNC_FORMAT, version: 2, ...snapshot, files } })
  })

  it('still reads a version 1 snapshot with a file index and a version 2 message file', () => {
    // Written by this app's versions before the file index raised the version.
    const oldSnapshot = unsealed(encodeSyncFile<SnapshotFile>({ ...snapshot, files })).replace('"version":2', '"version":1')
    expect(decodeSyncFile(sealed(oldSnapshot), snapshotAt)).toMatchObject({ ok: true, file: { version: 1, files } })
    const messages = unsealed(encodeSyncFile(body())).replace('"version":1', '"version":2')
    expect(decodeSyncFile(sealed(messages), expected)).toMatchObject({ ok: true, file: { version: 2, kind: 'messages' } })
  })
})
