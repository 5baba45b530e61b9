/**
 * Benchmarks report ratios against a floor measured in the same run, never absolute times.
 * Each entry appends one row to bench/results/; `npm run bench` prints them as a table, with how
 * many times each side ran and the spread (min–max), so a reader can tell noise from change.
 */
import { appendFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'

export type BenchRow = {
  name: string
  /** measured / floor; lower is better. */
  ratio: number
  /** The ratio the entry should stay at or under. */
  target: number
  detail: string
  /** How many times the measured side ran. */
  runs?: number
  /** min–max of the measured side (and of the floor, when there is one). */
  spread?: string
}

export const RESULTS_FILE = path.resolve('bench/results/results.jsonl')

export function recordBench(row: BenchRow): void {
  mkdirSync(path.dirname(RESULTS_FILE), { recursive: true })
  appendFileSync(RESULTS_FILE, `${JSON.stringify(row)}\n`)
}

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

const digits = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0))

/** "412–470 ms": the range of a set of timings. */
export function spreadOf(xs: number[], unit = 'ms'): string {
  return `${digits(Math.min(...xs))}–${digits(Math.max(...xs))} ${unit}`.trim()
}

/** A ratio of medians, with both sides' runs and spread. */
export function recordRuns(row: { name: string; target: number; app: number[]; floor: number[]; detail?: string; appLabel?: string; floorLabel?: string }): void {
  const app = median(row.app)
  const floor = median(row.floor)
  recordBench({
    name: row.name,
    ratio: app / floor,
    target: row.target,
    runs: row.app.length,
    spread: `${spreadOf(row.app)} vs ${spreadOf(row.floor)}${row.floor.length === row.app.length ? '' : ` (floor ×${row.floor.length})`}`,
    detail: row.detail ?? `${row.appLabel ?? 'app'} ${digits(app)} ms vs ${row.floorLabel ?? 'floor'} ${digits(floor)} ms (medians)`,
  })
}

/** The window must never freeze: the longest main-thread task against the 100 ms budget, worst run counts. */
export function recordLongTask(name: string, longest: number[]): void {
  const worst = Math.max(...longest)
  recordBench({
    name,
    ratio: worst / 100,
    target: 1,
    runs: longest.length,
    spread: spreadOf(longest),
    detail: worst === 0 ? 'no task over 50 ms' : `longest task ${worst.toFixed(0)} ms (budget 100 ms; tasks under 50 ms are not reported)`,
  })
}

/** Timings of `runs` calls of `fn`, in milliseconds. */
export async function timesMs(runs: number, fn: () => Promise<unknown> | unknown): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  return times
}

/** Median of several timed runs of `fn`, in milliseconds. */
export async function medianMs(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  return median(await timesMs(runs, fn))
}
