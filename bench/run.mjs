#!/usr/bin/env node
/** `npm run bench`: builds the renderer, runs every bench/*.bench.ts, prints ratios and targets. */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'

const RESULTS = 'bench/results/results.jsonl'
rmSync(RESULTS, { force: true })
const build = spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)
const filter = process.argv.slice(2)
const run = spawnSync('npx', ['vitest', 'run', '--config', 'bench/vitest.bench.config.ts', ...filter], { stdio: 'inherit' })

const rows = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []
const width = Math.max(10, ...rows.map((r) => r.name.length))
const spreadWidth = Math.max(6, ...rows.map((r) => (r.spread ?? '').length))
console.log(`\n${'benchmark'.padEnd(width)}  ${'ratio'.padStart(7)}  ${'target'.padStart(7)}  ok   runs  ${'spread (min–max)'.padEnd(spreadWidth)}  detail`)
for (const r of rows) {
  const ok = r.ratio <= r.target ? 'yes' : 'NO '
  const runs = String(r.runs ?? '–').padStart(4)
  console.log(`${r.name.padEnd(width)}  ${r.ratio.toFixed(2).padStart(7)}  ${('≤ ' + r.target).padStart(7)}  ${ok}  ${runs}  ${(r.spread ?? '').padEnd(spreadWidth)}  ${r.detail}`)
}
process.exit(run.status ?? 1)
