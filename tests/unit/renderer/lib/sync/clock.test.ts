import { getClock, Timestamp } from '@actual-app/crdt'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { clockAheadMs, driftInWords, ensureClock, MAX_DRIFT_MS, nodeIdOf, receive, saveClock, stamp, startClock } from '../../../../../renderer/lib/sync/clock'

const KARI = 'aaaaaaaa-1111-4111-8111-0123456789ab'
const OLA = 'bbbbbbbb-2222-4222-8222-fedcba987654'
const NOW = new Date('2026-11-28T10:00:00.000Z')
const at = (ms: number, counter = 0, node = nodeIdOf(OLA)) => new Timestamp(ms, counter, node).toString()

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(NOW)
  startClock(KARI)
})
afterEach(() => {
  vi.useRealTimers()
})

describe('the node id', () => {
  it('is the last 16 hex digits of the install id, so each laptop stamps its own', () => {
    expect(nodeIdOf(KARI)).toBe('81110123456789ab')
    expect(nodeIdOf('AAAAAAAA-1111-4111-8111-0123456789AB')).toBe(nodeIdOf(KARI))
    expect(stamp().endsWith(`-${nodeIdOf(KARI)}`)).toBe(true)
  })

  it('refuses an install id that is not a UUID', () => {
    for (const bad of ['', 'kari', 'aaaaaaaa-1111-4111-8111-0123456789', 'gggggggg-1111-4111-8111-0123456789ab']) {
      expect(() => nodeIdOf(bad)).toThrow('Ugyldig installasjons-id for synkronisering')
    }
  })
})

describe('stamp(): every local change', () => {
  it('is later than the one before, also within one millisecond', () => {
    const stamps = [stamp(), stamp(), stamp()]
    expect(stamps).toEqual([at(NOW.getTime(), 0, nodeIdOf(KARI)), at(NOW.getTime(), 1, nodeIdOf(KARI)), at(NOW.getTime(), 2, nodeIdOf(KARI))])
    vi.advanceTimersByTime(1)
    expect(stamp()).toBe(at(NOW.getTime() + 1, 0, nodeIdOf(KARI)))
  })

  it('never blocks a save when this laptop’s clock was set back beyond the drift limit, and keeps order', () => {
    const before = stamp()
    vi.setSystemTime(NOW.getTime() - 2 * 60 * 60 * 1000)
    // The library itself refuses here.
    expect(() => Timestamp.send()).toThrow(Timestamp.ClockDriftError)
    const after = [stamp(), stamp()]
    expect(after[0]! > before).toBe(true)
    expect(after[1]! > after[0]!).toBe(true)
    expect(clockAheadMs()).toBe(2 * 60 * 60 * 1000)
  })

  it('never blocks a save when 65,536 changes fall in one millisecond', () => {
    let last = ''
    for (let i = 0; i <= 0x10000; i++) {
      const next = stamp()
      if (next <= last) throw new Error(`not monotonic at ${i}`)
      last = next
    }
    expect(Timestamp.parse(last)!.millis()).toBe(NOW.getTime() + 1)
  })

  it('says the clock is not ahead when it is not', () => {
    stamp()
    expect(clockAheadMs()).toBe(0)
    vi.setSystemTime(NOW.getTime() - MAX_DRIFT_MS)
    expect(clockAheadMs()).toBe(0)
  })
})

describe('receive(): every remote change', () => {
  it('moves the clock past the remote stamp, so the next local change comes after it', () => {
    const remote = at(NOW.getTime() + 60_000, 7)
    expect(receive(remote, { installId: OLA, userName: 'Ola' })).toEqual({ ok: true })
    expect(stamp() > remote).toBe(true)
  })

  it('refuses a stamp further ahead than the drift limit and names the laptop whose clock is wrong', () => {
    const tooFar = at(NOW.getTime() + 3 * 60 * 60 * 1000)
    expect(receive(tooFar, { installId: OLA, userName: 'Ola' })).toEqual({
      ok: false,
      reason: 'clock-ahead',
      aheadMs: 3 * 60 * 60 * 1000,
      message: 'Klokken på «Ola» (maskin bbbbbbbb) går 3 timer foran. Endringene derfra tas ikke i bruk før klokken der er rettet og maskinen har synkronisert på nytt.',
    })
    // The clock did not move: a wrong clock does not drag this laptop's stamps along.
    expect(stamp() < tooFar).toBe(true)
  })

  it('accepts a stamp exactly at the drift limit, as the library does', () => {
    const edge = Timestamp.parse(at(NOW.getTime() + MAX_DRIFT_MS))!
    expect(receive(edge.toString(), { installId: OLA })).toEqual({ ok: true })
    startClock(KARI)
    expect(() => Timestamp.recv(edge)).not.toThrow()
    startClock(KARI)
    expect(() => Timestamp.recv(Timestamp.parse(at(NOW.getTime() + MAX_DRIFT_MS + 1))!)).toThrow(Timestamp.ClockDriftError)
    expect(receive(at(NOW.getTime() + MAX_DRIFT_MS + 1), { installId: OLA })).toMatchObject({ ok: false, reason: 'clock-ahead' })
  })

  it('refuses a stamp that is not one, naming a laptop without a user name by its short id', () => {
    expect(receive('2026-11-28 10:00', { installId: OLA, userName: ' ' })).toEqual({ ok: false, reason: 'invalid', message: 'En endring fra maskin bbbbbbbb har et ugyldig tidsstempel og tas ikke i bruk.' })
  })

  it('still takes a good remote stamp when this laptop’s own clock is the one ahead', () => {
    const before = stamp()
    vi.setSystemTime(NOW.getTime() - 60 * 60 * 1000)
    const remote = at(NOW.getTime() - 60 * 60 * 1000 + 1000)
    expect(() => Timestamp.recv(Timestamp.parse(remote)!)).toThrow(Timestamp.ClockDriftError)
    expect(receive(remote, { installId: OLA })).toEqual({ ok: true })
    expect(stamp() > before).toBe(true)
  })

  it('still takes a remote stamp whose counter is at its end, and stamps after it', () => {
    const full = at(NOW.getTime() + 1000, 0xffff)
    expect(() => Timestamp.recv(Timestamp.parse(full)!)).toThrow(Timestamp.OverflowError)
    startClock(KARI)
    expect(receive(full, { installId: OLA })).toEqual({ ok: true })
    expect(stamp() > full).toBe(true)
    const sameMillis = at(NOW.getTime() + 1001, 0xffff)
    expect(receive(sameMillis, { installId: OLA })).toEqual({ ok: true })
    const next = stamp()
    expect(next > sameMillis).toBe(true)
    expect(Timestamp.parse(next)!.millis()).toBe(NOW.getTime() + 1002)
  })
})

describe('saving and restarting the clock', () => {
  it('keeps the time and merkle trie, and always uses this laptop’s node', () => {
    receive(at(NOW.getTime() + 1000, 5), { installId: OLA })
    getClock().merkle = { hash: 7 }
    const saved = saveClock()
    startClock(KARI)
    expect(Timestamp.parse(stamp())!.millis()).toBe(NOW.getTime())
    startClock(KARI, saved)
    expect(getClock().merkle).toEqual({ hash: 7 })
    expect(stamp()).toBe(at(NOW.getTime() + 1000, 7, nodeIdOf(KARI)))
    // A clock saved by another install keeps its time but takes this node.
    startClock(OLA, saved)
    expect(stamp().endsWith(nodeIdOf(OLA))).toBe(true)
  })

  it('starts afresh from a saved clock it cannot read, never with a made-up node', () => {
    for (const bad of ['', 'ikke json', '{"timestamp":"igår"}', '{"merkle":{}}', 'null']) {
      startClock(KARI, bad)
      expect(stamp()).toBe(at(NOW.getTime(), 0, nodeIdOf(KARI)))
      expect(getClock().merkle).toEqual({})
    }
  })

  it('takes over a later clock another thread saved (the import worker), trie and all, and keeps its own when the saved one is older', () => {
    const page = saveClock()
    // The worker starts from what the page saved, stamps the import's writes and saves its clock.
    startClock(KARI, page)
    const imported = [stamp(), stamp(), stamp()]
    getClock().merkle = { hash: 42 }
    const worker = saveClock()
    // Back on the page: its memory still holds the clock from before the import.
    startClock(KARI, page)
    ensureClock(KARI, worker)
    const next = stamp()
    expect(next > imported[2]!).toBe(true)
    expect(getClock().merkle).toEqual({ hash: 42 })
    // A saved clock behind this thread's (its own, older) changes nothing.
    vi.advanceTimersByTime(5)
    const later = stamp()
    ensureClock(KARI, worker)
    expect(stamp() > later).toBe(true)
    expect(getClock().merkle).toEqual({ hash: 42 })
  })

  it('refuses to stamp before the clock is started', async () => {
    vi.resetModules()
    const crdt = await import('@actual-app/crdt')
    const fresh = await import('../../../../../renderer/lib/sync/clock')
    crdt.setClock(undefined as never)
    expect(() => fresh.stamp()).toThrow('Synkroniseringsklokken er ikke startet')
  })
})

describe('driftInWords', () => {
  it.each([
    [60_000, '1 minutt'],
    [12 * 60_000, '12 minutter'],
    [60 * 60_000, '1 time'],
    [47 * 60 * 60_000, '47 timer'],
    [2 * 24 * 60 * 60_000, '2 dager'],
    [364 * 24 * 60 * 60_000, '364 dager'],
    [5 * 365 * 24 * 60 * 60_000, '5 år'],
  ])('%d ms is %s', (ms, words) => {
    expect(driftInWords(ms)).toBe(words)
  })
})
