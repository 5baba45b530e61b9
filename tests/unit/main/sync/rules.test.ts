/** The pure rules under the sync folder: names, what may be pruned, which snapshot to join from, what a value may be. */
import { describe, expect, it } from 'vitest'
import { prunable } from '../../../../electron/main/sync/prune'
import { chooseSnapshot, dominates, joinableFrom, messagesSince, type SnapshotHead } from '../../../../electron/main/sync/snapshots'
import { fileNameOf, isLaptopFolder, messageFileName, parseSyncFileName, snapshotFileName } from '../../../../electron/main/sync/sync-names'
import { jsonValueProblem, laptopName, VALUE_LIMITS } from '../../../../electron/shared/sync-message'
import { KARI, OLA, PER } from './group'

describe('file names', () => {
  it('pad the sequence number to ten digits and read back', () => {
    expect(messageFileName(1)).toBe('0000000001.nfksync')
    expect(messageFileName(9_999_999_999)).toBe('9999999999.nfksync')
    expect(snapshotFileName(0)).toBe('snapshot-0000000000.nfksync')
    expect(fileNameOf('messages', 12)).toBe('0000000012.nfksync')
    expect(fileNameOf('snapshot', 12)).toBe('snapshot-0000000012.nfksync')
    expect(parseSyncFileName('0000000012.nfksync')).toEqual({ kind: 'messages', seq: 12 })
    expect(parseSyncFileName('snapshot-0000000000.nfksync')).toEqual({ kind: 'snapshot', seq: 0 })
  })

  it('refuse numbers out of range', () => {
    for (const seq of [0, -1, 1.5, 10_000_000_000, Number.NaN]) expect(() => messageFileName(seq)).toThrow(RangeError)
    expect(() => snapshotFileName(-1)).toThrow(RangeError)
    expect(() => snapshotFileName(10_000_000_000)).toThrow(RangeError)
  })

  it('ignore temporary files, conflict copies and anything else', () => {
    for (const name of ['0000000000.nfksync', '.0000000001.nfksync.1a2b3c.tmp', '0000000001-LAPTOP.nfksync', '0000000001.nfksync.tmp', 'x0000000001.nfksync', '000000001.nfksync', 'snapshot-000000001.nfksync', 'snapshot-0000000001.json', 'maskin.json']) {
      expect(parseSyncFileName(name)).toBeNull()
    }
  })

  it('know a laptop folder by its install id', () => {
    expect(isLaptopFolder(KARI)).toBe(true)
    for (const name of ['pensjonert', KARI.toUpperCase(), `${KARI}-kopi`, `x${KARI}`, '.tmp']) expect(isLaptopFolder(name)).toBe(false)
  })
})

const head = (owner: string, seq: number, writtenAt: string, covers: Record<string, number>): SnapshotHead => ({
  owner,
  seq,
  name: snapshotFileName(seq),
  userName: '',
  writtenAt,
  covers: Object.fromEntries(Object.entries(covers).map(([id, s]) => [id, { seq: s, total: s * 10 }])),
  count: 0,
})
const files = (installId: string, messages: number[]) => ({ installId, dir: '', messages, snapshots: [] })

describe('choosing the snapshot to join from', () => {
  it('takes the newest one after which every laptop’s files are all there', () => {
    const older = head(KARI, 3, '2026-11-01T10:00:00.000Z', { [KARI]: 3, [OLA]: 5 })
    const newer = head(OLA, 8, '2026-11-20T10:00:00.000Z', { [KARI]: 6, [OLA]: 8 })
    expect(chooseSnapshot([older, newer], [files(KARI, [4, 5, 6, 7]), files(OLA, [6, 7, 8, 9])])).toBe(newer)
    // Kari pruned up to 6 — the older snapshot would leave a hole.
    expect(chooseSnapshot([older, newer], [files(KARI, [7]), files(OLA, [9])])).toBe(newer)
    // Ola's files 6–8 are still copying in: the older one is no good, the newer one is.
    expect(chooseSnapshot([older], [files(KARI, [4]), files(OLA, [9])])).toBeNull()
    expect(chooseSnapshot([], [files(KARI, [1])])).toBeNull()
  })

  it('counts a laptop the snapshot does not know as covered up to 0, and one with no files as fine', () => {
    const h = head(KARI, 3, '2026-11-01T10:00:00.000Z', { [KARI]: 3 })
    expect(joinableFrom(h, [files(KARI, [4]), files(PER, [1, 2])])).toBe(true)
    expect(joinableFrom(h, [files(KARI, [4]), files(PER, [2])])).toBe(false)
    expect(joinableFrom(h, [files(KARI, [5])])).toBe(false)
    expect(joinableFrom(h, [files(KARI, [3]), files(OLA, [])])).toBe(true)
  })

  it('breaks a tie in time by what covers more, then by laptop', () => {
    const at = '2026-11-01T10:00:00.000Z'
    const less = head(KARI, 3, at, { [KARI]: 3 })
    const more = head(OLA, 4, at, { [KARI]: 3, [OLA]: 4 })
    expect(chooseSnapshot([less, more], [])).toBe(more)
    expect(chooseSnapshot([more, less], [])).toBe(more)
    const twin = head(KARI, 4, at, { [KARI]: 3, [OLA]: 4 })
    expect(chooseSnapshot([more, twin], [])).toBe(twin)
    expect(chooseSnapshot([twin, more], [])).toBe(twin)
  })

  it('knows when one snapshot holds everything another held', () => {
    const a = head(KARI, 3, '', { [KARI]: 3, [OLA]: 2 })
    expect(dominates(head(OLA, 4, '', { [KARI]: 3, [OLA]: 2 }), a)).toBe(true)
    expect(dominates(head(OLA, 4, '', { [KARI]: 4, [OLA]: 9 }), a)).toBe(true)
    expect(dominates(head(OLA, 4, '', { [KARI]: 2, [OLA]: 9 }), a)).toBe(false)
    expect(dominates(head(OLA, 4, '', { [KARI]: 9 }), a)).toBe(false)
  })

  it('counts messages written since a snapshot from the running totals', () => {
    const h = head(KARI, 3, '', { [KARI]: 3, [OLA]: 2 }) // totals 30 and 20
    expect(messagesSince(h, new Map([[KARI, 35], [OLA, 20], [PER, 7]]))).toBe(12)
    expect(messagesSince(h, new Map([[KARI, 10]]))).toBe(0)
    expect(messagesSince(null, new Map([[KARI, 10], [OLA, 5]]))).toBe(15)
  })
})

describe('what a laptop may prune', () => {
  const snap = head(KARI, 6, '2026-11-01T10:00:00.000Z', { [KARI]: 5, [OLA]: 2 })
  const input = { me: KARI, ownMessages: [1, 2, 3, 4, 5, 6, 7], ownSnapshots: [], joinFrom: snap }

  it('its files the join snapshot holds and every other laptop applied, never the newest', () => {
    expect(prunable({ ...input, others: [{ installId: OLA, applied: { [KARI]: 7 } }] }).messages).toEqual([1, 2, 3, 4, 5])
    expect(prunable({ ...input, others: [{ installId: OLA, applied: { [KARI]: 3 } }, { installId: PER, applied: { [KARI]: 7 } }] }).messages).toEqual([1, 2, 3])
    expect(prunable({ ...input, ownMessages: [4, 5], others: [{ installId: OLA, applied: { [KARI]: 9 } }] }).messages).toEqual([4])
    expect(prunable({ ...input, others: [] }).messages).toEqual([1, 2, 3, 4, 5])
  })

  it('nothing while a laptop’s manifest is unreadable, it has applied nothing of ours, or there is no snapshot', () => {
    expect(prunable({ ...input, others: [{ installId: OLA, applied: null }] }).messages).toEqual([])
    expect(prunable({ ...input, others: [{ installId: OLA, applied: { [PER]: 9 } }] }).messages).toEqual([])
    expect(prunable({ ...input, joinFrom: null, others: [] })).toEqual({ messages: [], snapshots: [] })
    expect(prunable({ ...input, joinFrom: head(OLA, 2, '', { [OLA]: 2 }), others: [] }).messages).toEqual([])
  })

  it('its own snapshots a newer one holds, never the one to join from', () => {
    const old = head(KARI, 2, '2026-10-01T10:00:00.000Z', { [KARI]: 2, [OLA]: 1 })
    const wider = head(KARI, 4, '2026-10-02T10:00:00.000Z', { [KARI]: 4, [OLA]: 3 })
    expect(prunable({ ...input, ownSnapshots: [old, wider, snap], others: [] }).snapshots).toEqual([2])
    expect(prunable({ ...input, ownSnapshots: [snap], others: [] }).snapshots).toEqual([])
  })
})

describe('message values', () => {
  it('are plain JSON within the limits', () => {
    for (const ok of [null, true, 0, -1.5, '', 'tekst', [], {}, { a: [1, { b: null }] }, Object.create(null)]) expect(jsonValueProblem(ok)).toBeNull()
    expect(jsonValueProblem('x'.repeat(VALUE_LIMITS.stringLength))).toBeNull()
    expect(jsonValueProblem(Array.from({ length: VALUE_LIMITS.items }, () => 1))).toBeNull()
  })

  it('refuse what is not JSON or is too big, saying why', () => {
    expect(jsonValueProblem(Number.NaN)).toBe('tallet er ikke endelig')
    expect(jsonValueProblem(Number.POSITIVE_INFINITY)).toBe('tallet er ikke endelig')
    expect(jsonValueProblem(undefined)).toBe('verdien er ikke JSON')
    expect(jsonValueProblem(() => 1)).toBe('verdien er ikke JSON')
    expect(jsonValueProblem(10n)).toBe('verdien er ikke JSON')
    expect(jsonValueProblem(new Date())).toBe('verdien er ikke JSON')
    expect(jsonValueProblem({ a: new Uint8Array(1) })).toBe('verdien er ikke JSON')
    expect(jsonValueProblem('x'.repeat(VALUE_LIMITS.stringLength + 1))).toBe(`teksten er lengre enn ${VALUE_LIMITS.stringLength} tegn`)
    expect(jsonValueProblem(Array.from({ length: VALUE_LIMITS.items + 1 }, () => 1))).toBe(`verdien har flere enn ${VALUE_LIMITS.items} deler`)
    expect(jsonValueProblem({ a: Object.fromEntries(Array.from({ length: VALUE_LIMITS.items + 1 }, (_, i) => [`k${i}`, i])) })).toBe(`verdien har flere enn ${VALUE_LIMITS.items} deler`)
  })

  it('may nest 16 levels, not 17', () => {
    const nest = (depth: number) => {
      let v: unknown = 'bunn'
      for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { v }
      return v
    }
    expect(jsonValueProblem(nest(VALUE_LIMITS.depth))).toBeNull()
    expect(jsonValueProblem(nest(VALUE_LIMITS.depth + 1))).toBe(`verdien er nøstet dypere enn ${VALUE_LIMITS.depth} nivåer`)
  })
})

describe('laptop names in messages', () => {
  it('name the user and the machine, or the machine alone', () => {
    expect(laptopName(KARI, 'Kari')).toBe('«Kari» (maskin aaaaaaaa)')
    expect(laptopName(KARI, '  Kari Nordmann ')).toBe('«Kari Nordmann» (maskin aaaaaaaa)')
    expect(laptopName(KARI, '   ')).toBe('maskin aaaaaaaa')
    expect(laptopName(KARI, null)).toBe('maskin aaaaaaaa')
    expect(laptopName(KARI)).toBe('maskin aaaaaaaa')
  })
})
