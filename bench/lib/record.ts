/**
 * Benchmarks report ratios against a floor measured in the same run, never absolute times.
 * Each entry appends one row to bench/results/; `npm run bench` prints them as a table.
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
}

export const RESULTS_FILE = path.resolve('bench/results/results.jsonl')

export function recordBench(row: BenchRow): void {
  mkdirSync(path.dirname(RESULTS_FILE), { recursive: true })
  appendFileSync(RESULTS_FILE, `${JSON.stringify(row)}\n`)
}

/** Median of several timed runs of `fn`, in milliseconds. */
export async function medianMs(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] ?? 0
}
