#!/usr/bin/env node
/**
 * `npm run mutation [-- <module> ...]`: Stryker over the modules that guard data or security, one
 * run per module so each gets its own score. Not part of `npm test` (minutes per module).
 * Without arguments every module runs; `--list` prints the names. Reports land in
 * reports/mutation/<module>.html and a summary table is printed at the end.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { MUTATION_MODULES } from './mutation-modules.mjs'

const args = process.argv.slice(2)
if (args.includes('--list')) {
  for (const [name, m] of Object.entries(MUTATION_MODULES)) console.log(`${name.padEnd(22)} ${m.mutate.join(' ')}`)
  process.exit(0)
}
const unknown = args.filter((a) => !(a in MUTATION_MODULES))
if (unknown.length) {
  console.error(`Ukjent modul: ${unknown.join(', ')}. Se npm run mutation -- --list`)
  process.exit(2)
}
const names = args.length ? args : Object.keys(MUTATION_MODULES)
mkdirSync('reports/mutation', { recursive: true })

const rows = []
for (const name of names) {
  const m = MUTATION_MODULES[name]
  const jsonFile = `reports/mutation/${name}.json`
  const run = spawnSync(
    'npx',
    [
      'stryker', 'run', 'stryker.config.mjs',
      '--mutate', m.mutate.join(','),
      '--incrementalFile', `reports/mutation/${name}.incremental.json`,
    ],
    { stdio: 'inherit', env: { ...process.env, NFK_MUTATION_MODULE: name, TZ: 'Europe/Oslo' } },
  )
  const score = existsSync(jsonFile) ? scoreOf(JSON.parse(readFileSync(jsonFile, 'utf8'))) : null
  rows.push({ name, status: run.status, ...score })
}

console.log('\nmodule                 score   killed survived nocov timeout')
for (const r of rows) {
  if (r.score === undefined) console.log(`${r.name.padEnd(22)} (ingen rapport, exit ${r.status})`)
  else console.log(`${r.name.padEnd(22)} ${r.score.toFixed(1).padStart(5)} % ${String(r.killed).padStart(6)} ${String(r.survived).padStart(8)} ${String(r.noCoverage).padStart(5)} ${String(r.timeout).padStart(7)}`)
}
writeFileSync('reports/mutation/summary.json', JSON.stringify(rows, null, 1))
process.exit(rows.some((r) => r.status !== 0) ? 1 : 0)

/** Mutation score as Stryker counts it: detected ÷ (valid mutants), per the mutation-testing-report-schema. */
function scoreOf(report) {
  const c = { killed: 0, survived: 0, noCoverage: 0, timeout: 0 }
  for (const file of Object.values(report.files)) {
    for (const mutant of file.mutants) {
      if (mutant.status === 'Killed') c.killed++
      else if (mutant.status === 'Survived') c.survived++
      else if (mutant.status === 'NoCoverage') c.noCoverage++
      else if (mutant.status === 'Timeout') c.timeout++
    }
  }
  const valid = c.killed + c.survived + c.noCoverage + c.timeout
  return { ...c, score: valid ? ((c.killed + c.timeout) / valid) * 100 : 100 }
}
