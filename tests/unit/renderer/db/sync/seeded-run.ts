/**
 * Every random input of a simulated run drawn from one seed, so a failing run replays exactly:
 * - `crypto.randomUUID` (row ids, install ids and so the clocks' node ids, batch ids): the order
 *   of rows by id decides which record an operation picks, and the node id breaks the tie between
 *   two laptops' stamps in the same millisecond;
 * - the wall clock (`Date`, which the HLC and the repositories read): it stands still and moves
 *   only when the run says, by a step drawn from the seed, so same-millisecond stamps on two
 *   laptops happen often and always at the same points.
 * `performance.now` stays real: only the join's pacing reads it, never an outcome.
 */
import { vi } from 'vitest'
import { mulberry32 } from '../../../../../renderer/lib/prng'

const hex = (next: () => number, n: number) => Array.from({ length: n }, () => Math.floor(next() * 16).toString(16)).join('')

/** A version-4 UUID from the generator (the version and variant digits as a real one has them). */
function uuid(next: () => number): `${string}-${string}-${string}-${string}-${string}` {
  const variant = '89ab'[Math.floor(next() * 4)] as string
  return `${hex(next, 8)}-${hex(next, 4)}-4${hex(next, 3)}-${variant}${hex(next, 3)}-${hex(next, 12)}`
}

/** 1 December 2026, 08:00 Oslo time: a fixed start, so dates written by the run replay too. */
const START = Date.UTC(2026, 11, 1, 7, 0, 0)

export type SeededRun = {
  /** Moves the wall clock on by 0–2 ms (drawn from the seed): between operations. */
  step: () => void
  /** Puts the real clock and ids back. */
  restore: () => void
}

export function seededRun(seed: number): SeededRun {
  const next = mulberry32(seed)
  const ids = vi.spyOn(crypto, 'randomUUID').mockImplementation(() => uuid(next))
  vi.useFakeTimers({ toFake: ['Date'], now: START })
  return {
    step: () => vi.advanceTimersByTime(Math.floor(next() * 3)),
    restore: () => {
      vi.useRealTimers()
      ids.mockRestore()
    },
  }
}
