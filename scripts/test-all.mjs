#!/usr/bin/env node
/**
 * `npm test`: typecheck, lint, unit, build, security scan and e2e, in that order. Prints a last
 * line `N passed, N failed` counted from the unit and e2e reporters' JSON.
 *
 * First it finds a Chromium for the e2e tests; without one it says in one line how to get one and
 * stops. `--check-browser` does only that.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { chromiumOrExit } from './find-chromium.mjs'

const chromium = chromiumOrExit()
console.log(`Chromium: ${chromium}`)
if (process.argv.includes('--check-browser')) process.exit(0)

const env = { ...process.env, CHROMIUM_PATH: chromium, CI: process.env.CI ?? 'true', TZ: 'Europe/Oslo' }
mkdirSync('test-results', { recursive: true })
for (const f of ['test-results/unit.json', 'test-results/e2e.json']) rmSync(f, { force: true })

let passed = 0
let failed = 0
const steps = [
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  ['unit', 'npx', ['vitest', 'run']],
  ['build', 'npm', ['run', '-s', 'build']],
  ['e2e', 'npx', ['playwright', 'test']],
]

for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name} ===`)
  const started = Date.now()
  const run = spawnSync(cmd, args, { stdio: 'inherit', env })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const counted = count(name)
  if (counted) {
    passed += counted.passed
    failed += counted.failed
  } else if (run.status === 0) passed += 1
  else failed += 1
  if (run.status !== 0 && !(counted && counted.failed > 0)) failed += counted ? 1 : 0
  console.log(`=== ${name}: ${run.status === 0 ? 'ok' : 'FAILED'} in ${seconds} s ===`)
  if (run.status !== 0 && (name === 'typecheck' || name === 'build')) break
}

console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)

function count(step) {
  if (step === 'unit' && existsSync('test-results/unit.json')) {
    const r = JSON.parse(readFileSync('test-results/unit.json', 'utf8'))
    return { passed: r.numPassedTests, failed: r.numFailedTests }
  }
  if (step === 'e2e' && existsSync('test-results/e2e.json')) {
    const r = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'))
    return { passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky }
  }
  return null
}
