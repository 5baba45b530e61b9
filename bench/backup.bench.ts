/**
 * Export and import of 10,000 organisations and 100,000 attendance rows (with the 10,000 people and
 * 200 meetings they refer to) in Chromium with an on-disk
 * profile, each against its floor in the same run: JSON.stringify (export) or JSON.parse + the same
 * row validation (import), plus one raw IndexedDB transaction of the same rows.
 */
import path from 'node:path'
import { build } from 'vite'
import type { Page } from '@playwright/test'
import { afterAll, beforeAll, describe, it } from 'vitest'
import { freshProfile } from './lib/browser'
import { longestTaskDuring } from './lib/long-tasks'
import { recordLongTask, recordRuns } from './lib/record'
import { serveFolder } from './lib/static-server'

const ORGS = 10_000
const ATTENDANCE = 100_000
const RUNS = 3

type Bench = {
  dropImported: () => Promise<void>
  prepareImport: () => Promise<void>
  seed: (orgs: number, attendance: number) => Promise<void>
  warm: () => Promise<void>
  exportApp: () => Promise<{ ms: number; bytes: number }>
  exportFloor: () => Promise<{ ms: number }>
  importApp: () => Promise<{ ms: number; written: number }>
  importFloor: () => Promise<{ ms: number }>
  autoSeat: () => Promise<{ ms: number; seated: number }>
}
type WithBench = { bench: Bench }


/**
 * One page and one seeded profile for all three; each measurement is its own test with its own time
 * budget (the whole set took over ten minutes on a loaded machine), and each import's database is
 * deleted after its run, so later runs do not write into a profile grown by 110k rows a run.
 */
describe('export and import of 10,000 organisations and 100,000 attendance rows vs their floors', () => {
  let page: Page
  const cleanUp: (() => Promise<void>)[] = []
  let size = 0
  type Call = Exclude<keyof Bench, 'seed'>
  const call = <K extends Call>(name: K): Promise<Awaited<ReturnType<Bench[K]>>> =>
    page.evaluate((n) => ((window as unknown as WithBench).bench[n] as () => Promise<unknown>)(), name) as Promise<Awaited<ReturnType<Bench[K]>>>

  beforeAll(async () => {
    const out = path.resolve('bench/.out/backup-page')
    await build({ root: path.resolve('bench/backup-page'), logLevel: 'silent', build: { outDir: out, emptyOutDir: true, minify: true } })
    const server = await serveFolder(out)
    cleanUp.push(server.close)
    const profile = await freshProfile()
    cleanUp.unshift(profile.dispose)
    page = await profile.context.newPage()
    page.setDefaultTimeout(600_000)
    await page.goto(server.url)
    await page.waitForFunction(() => 'bench' in window)
    await page.evaluate(([o, a]) => (window as unknown as WithBench).bench.seed(o, a), [ORGS, ATTENDANCE] as const)
  })

  afterAll(async () => {
    for (const step of cleanUp) await step()
  })

  it('export', async () => {
    const app: number[] = []
    const floor: number[] = []
    const longest: number[] = []
    for (let i = 0; i < RUNS; i++) {
      await call('warm')
      floor.push((await call('exportFloor')).ms)
      await call('warm')
      let exported = { ms: 0, bytes: 0 }
      longest.push(await longestTaskDuring(page, async () => (exported = await call('exportApp'))))
      app.push(exported.ms)
      size = exported.bytes
    }
    const file = `${(size / 1024 / 1024).toFixed(1)} MB file`
    recordRuns({ name: 'backup export 10k orgs + 100k attendance', target: 2, app, floor, appLabel: `app (${file})` })
    recordLongTask('longest task: exporting it', longest)
  })

  it('import', async () => {
    if (size === 0) await call('exportApp')
    const app: number[] = []
    const floor: number[] = []
    const longest: number[] = []
    for (let i = 0; i < RUNS; i++) {
      floor.push((await call('importFloor')).ms)
      let imported = { ms: 0, written: 0 }
      await call('prepareImport')
      longest.push(await longestTaskDuring(page, async () => (imported = await call('importApp'))))
      if (imported.written < ORGS + ATTENDANCE) throw new Error(`import wrote only ${imported.written} rows`)
      app.push(imported.ms)
      await call('dropImported')
    }
    const file = `${(size / 1024 / 1024).toFixed(1)} MB file`
    recordRuns({ name: 'backup import 10k orgs + 100k attendance', target: 2, app, floor, appLabel: `app (${file})` })
    recordLongTask(`longest task: importing the ${file}`, longest)
  })

  it('seating 200 guests automatically', async () => {
    const longest: number[] = []
    for (let i = 0; i < RUNS; i++) {
      let seated = 0
      longest.push(await longestTaskDuring(page, async () => (seated = (await call('autoSeat')).seated)))
      if (seated !== 200) throw new Error(`seated only ${seated} guests`)
    }
    recordLongTask('longest task: seating 200 guests automatically', longest)
  })
})
