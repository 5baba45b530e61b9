import { getClock, merkle, Timestamp } from '@actual-app/crdt'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nodeIdOf, startClock } from '../../../../../renderer/lib/sync/clock'
import { differenceSince, emptyTrie, insertAll, mergeTries, parseTrie, recordInClock, sameMessages } from '../../../../../renderer/lib/sync/merkle'

const KARI = 'aaaaaaaa-1111-4111-8111-0123456789ab'
const OLA = 'bbbbbbbb-2222-4222-8222-fedcba987654'
const T0 = Date.parse('2026-11-28T10:00:00.000Z')
const ts = (minute: number, installId = KARI, counter = 0) => new Timestamp(T0 + minute * 60_000 + 123, counter, nodeIdOf(installId)).toString()

describe('the merkle trie over applied messages', () => {
  it('is the same on two laptops that applied the same messages, in any order', () => {
    const messages = [ts(0), ts(1, OLA), ts(1, KARI, 1), ts(30), ts(90, OLA)]
    const a = insertAll(emptyTrie(), messages)
    const b = insertAll(insertAll(emptyTrie(), messages.slice(3).toReversed()), messages.slice(0, 3))
    expect(sameMessages(a, b)).toBe(true)
    expect(differenceSince(a, b)).toBeNull()
    expect(sameMessages(a, emptyTrie())).toBe(false)
    expect(sameMessages(emptyTrie(), { })).toBe(true)
  })

  it('points at the minute from which two laptops differ', () => {
    const shared = [ts(0), ts(5, OLA), ts(10)]
    const a = insertAll(emptyTrie(), [...shared, ts(42, OLA)])
    const b = insertAll(emptyTrie(), shared)
    const since = differenceSince(a, b)
    expect(since).not.toBeNull()
    // No later than the missing message: sending everything since then settles it.
    expect(Date.parse(since!)).toBeLessThanOrEqual(T0 + 42 * 60_000)
    expect(differenceSince(a, insertAll(b, [ts(42, OLA)]))).toBeNull()
  })

  it('builds the trie the library builds one insert at a time, and leaves the given trie as it was', () => {
    const stamps = Array.from({ length: 200 }, (_, i) => ts(i * 7, i % 2 ? OLA : KARI, i % 3))
    let library = emptyTrie()
    for (const s of stamps) library = merkle.insert(library, Timestamp.parse(s) as Timestamp)
    const start = insertAll(emptyTrie(), stamps.slice(0, 10))
    const before = JSON.stringify(start)
    expect(insertAll(start, stamps.slice(10))).toEqual(merkle.prune(library))
    expect(JSON.stringify(start)).toBe(before)
  })

  it('joins two disjoint sets of stamps as inserting one into the other does', () => {
    const mine = [ts(3), ts(4), ts(400)]
    const theirs = [ts(1, OLA), ts(5, OLA), ts(401, OLA)]
    const joined = mergeTries(insertAll(emptyTrie(), theirs), insertAll(emptyTrie(), mine))
    expect(sameMessages(joined, insertAll(emptyTrie(), [...mine, ...theirs]))).toBe(true)
    expect(differenceSince(joined, insertAll(emptyTrie(), [...mine, ...theirs]))).toBeNull()
  })

  it('refuses a timestamp that is not one', () => {
    expect(() => insertAll(emptyTrie(), ['igår'])).toThrow('Ugyldig tidsstempel: igår')
  })

  it('records into the running clock’s trie', () => {
    vi.useFakeTimers()
    vi.setSystemTime(T0)
    startClock(KARI)
    recordInClock([ts(0), ts(1, OLA)])
    expect(sameMessages(getClock().merkle, insertAll(emptyTrie(), [ts(1, OLA), ts(0)]))).toBe(true)
    vi.useRealTimers()
  })
})

describe('parseTrie: a trie read from another laptop’s file', () => {
  it('accepts what the library builds', () => {
    const trie = insertAll(emptyTrie(), [ts(0), ts(77, OLA)])
    expect(parseTrie(JSON.parse(JSON.stringify(trie)))).toEqual(trie)
    expect(parseTrie({})).toEqual({})
  })

  it('refuses other shapes, other keys, fractional hashes and impossible depth', () => {
    let deep: Record<string, unknown> = { hash: 1 }
    for (let i = 0; i < 17; i++) deep = { '0': deep, hash: 1 }
    let ok: Record<string, unknown> = { hash: 1 }
    for (let i = 0; i < 16; i++) ok = { '0': ok, hash: 1 }
    expect(parseTrie(ok)).not.toBeNull()
    for (const bad of [null, 'x', [], { hash: 1.5 }, { hash: '1' }, { '3': {} }, { '0': 'x' }, { '1': { toString: {} } }, deep]) {
      expect(parseTrie(bad)).toBeNull()
    }
  })
})

afterEach(() => {
  vi.useRealTimers()
})
beforeEach(() => {
  vi.useRealTimers()
})
