/**
 * This laptop's hybrid logical clock, from `@actual-app/crdt` (Actual Budget's HLC). The library
 * keeps one clock per program; this module is the only code that sets it.
 *
 * - Every local change gets `stamp()`. It never throws: a local save must never be blocked. The
 *   library refuses to stamp when the clock runs more than its drift limit ahead of the wall clock
 *   (after this laptop's clock was set back, or an earlier stamp came from a wrong clock); then the
 *   stamp simply continues from the clock's last one, which keeps this laptop's own changes in order,
 *   and `clockAheadMs()` tells the app to warn.
 * - Every remote change passes `receive()` before it is applied. A timestamp further ahead of this
 *   laptop's wall clock than the drift limit is refused with a message naming the laptop whose clock
 *   is wrong, so a wrong clock never wins silently.
 */
import { deserializeClock, getClock, makeClock, serializeClock, setClock, Timestamp } from '@actual-app/crdt'
import { laptopName } from '../../../electron/shared/laptop-name'

/** The library's drift limit (its `maxDrift` default; a test pins that the library still uses it). */
export const MAX_DRIFT_MS = 5 * 60 * 1000
const MAX_COUNTER = 0xffff

/** Per running clock, the saved text it last wrote or started from: the same text again needs no parsing. */
const lastSaved = new WeakMap<object, string>()

/** The clock's node id: the last 16 hex digits of the install id (a random UUID), lowercase. */
export function nodeIdOf(installId: string): string {
  const hex = installId.replace(/-/g, '').toLowerCase()
  if (!/^[0-9a-f]{32}$/.test(hex)) throw new Error(`Ugyldig installasjons-id for synkronisering: ${installId}`)
  return hex.slice(-16)
}

/**
 * Starts this laptop's clock, from the one saved with the data (`saveClock()`) when there is one.
 * A saved clock that cannot be read, or that belongs to another install, keeps nothing but its
 * time: the node is always this laptop's.
 */
export function startClock(installId: string, saved?: string | null): void {
  const node = nodeIdOf(installId)
  const fresh = makeClock(new Timestamp(0, 0, node))
  let clock = fresh
  if (saved) {
    try {
      const parsed = JSON.parse(saved) as { timestamp?: unknown }
      // deserializeClock makes up a random node for text it cannot parse; only hand it what parses.
      if (typeof parsed.timestamp === 'string' && Timestamp.parse(parsed.timestamp)) clock = deserializeClock(saved)
    } catch {
      clock = fresh
    }
  }
  clock.timestamp.setNode(node)
  if (typeof clock.merkle !== 'object' || clock.merkle === null) clock.merkle = {}
  setClock(clock)
  if (saved) lastSaved.set(clock, saved)
}

function running() {
  const clock = getClock()
  if (!clock) throw new Error('Synkroniseringsklokken er ikke startet')
  return clock
}

/** Moves the clock one tick past its last stamp, without looking at the wall clock. */
function tick(): Timestamp {
  const t = running().timestamp
  if (t.counter() < MAX_COUNTER) t.setCounter(t.counter() + 1)
  else {
    t.setMillis(t.millis() + 1)
    t.setCounter(0)
  }
  return new Timestamp(t.millis(), t.counter(), t.node())
}

const isClockError = (error: unknown): boolean => error instanceof Timestamp.ClockDriftError || error instanceof Timestamp.OverflowError

/** A timestamp for a local change, later than every timestamp this laptop has sent or received. Never throws for the clock. */
export function stamp(): string {
  running()
  try {
    return (Timestamp.send() as Timestamp).toString()
  } catch (error) {
    if (!isClockError(error)) throw error
    return tick().toString()
  }
}

/** How far the clock runs ahead of this laptop's wall clock beyond the drift limit; 0 when it does not. */
export function clockAheadMs(): number {
  const ahead = running().timestamp.millis() - Date.now()
  return ahead > MAX_DRIFT_MS ? ahead : 0
}

export type Received = { ok: true } | { ok: false; reason: 'clock-ahead' | 'invalid'; message: string; aheadMs?: number }

const unit = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** "12 minutter", "3 timer", "5 dager", "2 år": how far a clock is off, rounded down. */
export function driftInWords(ms: number): string {
  const minutes = Math.floor(ms / 60_000)
  const hours = Math.floor(minutes / 60)
  const days = Math.floor(hours / 24)
  const years = Math.floor(days / 365)
  if (years >= 1) return unit(years, 'år', 'år')
  if (days >= 2) return unit(days, 'døgn', 'dager')
  if (hours >= 1) return unit(hours, 'time', 'timer')
  return unit(minutes, 'minutt', 'minutter')
}

/**
 * Lets a remote change's timestamp move this laptop's clock, so later local stamps come after it.
 * Refuses one too far ahead of this laptop's wall clock and says whose clock is wrong.
 */
export function receive(timestamp: string, from: { installId: string; userName?: string | null }): Received {
  running()
  const who = laptopName(from.installId, from.userName)
  const ts = Timestamp.parse(timestamp)
  if (!ts) return { ok: false, reason: 'invalid', message: `En endring fra ${who} har et ugyldig tidsstempel og tas ikke i bruk.` }
  const ahead = ts.millis() - Date.now()
  if (ahead > MAX_DRIFT_MS) {
    return {
      ok: false,
      reason: 'clock-ahead',
      aheadMs: ahead,
      message: `Klokken på ${who} går ${driftInWords(ahead)} foran. Endringene derfra tas ikke i bruk før klokken der er rettet og maskinen har synkronisert på nytt.`,
    }
  }
  try {
    Timestamp.recv(ts)
  } catch (error) {
    if (!isClockError(error)) throw error
    // The remote stamp is within the limit; this laptop's own clock is the one ahead. Take the later of the two and move on.
    const t = running().timestamp
    if (ts.millis() > t.millis() || (ts.millis() === t.millis() && ts.counter() > t.counter())) {
      t.setMillis(ts.millis())
      t.setCounter(ts.counter())
    }
    tick()
  }
  return { ok: true }
}

/** The clock as text, to keep with the data in the same transaction as the messages it stamped. */
export function saveClock(): string {
  const clock = running()
  const text = serializeClock(clock)
  lastSaved.set(clock, text)
  return text
}

/** The running clock's node id, or null when no clock was started (tests swap laptops by this). */
export function clockNode(): string | null {
  const clock = getClock() as ReturnType<typeof getClock> | null
  return clock ? clock.timestamp.node() : null
}

/** The timestamp of a saved clock, or null when the text is not one. */
function savedStamp(saved: string): string | null {
  try {
    const parsed = JSON.parse(saved) as { timestamp?: unknown }
    return typeof parsed.timestamp === 'string' && Timestamp.parse(parsed.timestamp) ? parsed.timestamp : null
  } catch {
    return null
  }
}

/**
 * Makes sure the running clock is this laptop's and not behind the one saved with the data. Call it
 * with the clock read inside the transaction that is about to stamp or receive.
 *
 * Each thread has its own clock in memory (the library keeps one per program), and the import
 * worker stamps its writes with its own. Every transaction that stamps saves the clock with its
 * messages, and transactions on `syncState` run one after another, so the saved clock is the latest
 * any thread wrote. When it is later than this thread's, another thread stamped since: take it over,
 * merkle trie included, or this thread's next stamp could come before the other's and its saved
 * trie would leave the other's messages out.
 */
export function ensureClock(installId: string, saved?: string | null): void {
  if (clockNode() !== nodeIdOf(installId)) {
    startClock(installId, saved)
    return
  }
  if (!saved || saved === lastSaved.get(running())) return
  lastSaved.set(running(), saved)
  const theirs = savedStamp(saved)
  // Timestamps of one node sort as text: millis, then counter.
  if (theirs && theirs > lastStamp()) startClock(installId, saved)
}

/** How far a remote stamp is ahead of this laptop's wall clock, in ms (0 or less: not ahead). */
export function aheadOfWallClock(timestamp: string): number {
  const ts = Timestamp.parse(timestamp)
  return ts ? ts.millis() - Date.now() : Number.POSITIVE_INFINITY
}

/** The clock's latest stamp (sent or received): every local change so far is at or before it. */
export function lastStamp(): string {
  const t = running().timestamp
  return new Timestamp(t.millis(), t.counter(), t.node()).toString()
}
