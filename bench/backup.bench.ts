/**
 * Export and import of 10,000 organisations and 100,000 attendance rows (with the 10,000 people and
 * 200 meetings they refer to) in Chromium with an on-disk
 * profile, each against its floor in the same run: JSON.stringify (export) or JSON.parse + the same
 * row validation (import), plus one raw IndexedDB transaction of the same rows.
 */
import path from 'node:path'
import { build } from 'vite'
import { it } from 'vitest'
import { freshProfile } from './lib/browser'
import { longestTaskDuring } from './lib/long-tasks'
import { recordLongTask, recordRuns } from './lib/record'
import { serveFolder } from './lib/static-server'

const ORGS = 10_000
const ATTENDANCE = 100_000
const RUNS = 3

type Bench = {
  seed: (orgs: number, attendance: number) => Promise<void>
  warm: () => Promise<void>
  exportApp: () => Promise<{ ms: number; bytes: number }>
  exportFloor: () => Promise<{ ms: number }>
  importApp: () => Promise<{ ms: number; written: number }>
  importFloor: () => Promise<{ ms: number }>
  autoSeat: () => Promise<{ ms: number; seated: number }>
}
type WithBench = { bench: Bench }


it('export and import of 10,000 organisations and 100,000 attendance rows vs their floors', async () => {
  const out = path.resolve('bench/.out/backup-page')
  await build({ root: path.resolve('bench/backup-page'), logLevel: 'silent', build: { outDir: out, emptyOutDir: true, minify: true } })
  const server = await serveFolder(out)
  const { context, dispose } = await freshProfile()
  try {
    const page = await context.newPage()
    page.setDefaultTimeout(600_000)
    await page.goto(server.url)
    await page.waitForFunction(() => 'bench' in window)
    await page.evaluate(([o, a]) => (window as unknown as WithBench).bench.seed(o, a), [ORGS, ATTENDANCE] as const)
    const times = { exportApp: [] as number[], exportFloor: [] as number[], importApp: [] as number[], importFloor: [] as number[] }
    const longest = { exportApp: [] as number[], importApp: [] as number[], autoSeat: [] as number[] }
    let size = 0
    for (let i = 0; i < RUNS; i++) {
      await page.evaluate(() => (window as unknown as WithBench).bench.warm())
      times.exportFloor.push((await page.evaluate(() => (window as unknown as WithBench).bench.exportFloor())).ms)
      await page.evaluate(() => (window as unknown as WithBench).bench.warm())
      let exported = { ms: 0, bytes: 0 }
      longest.exportApp.push(await longestTaskDuring(page, async () => (exported = await page.evaluate(() => (window as unknown as WithBench).bench.exportApp()))))
      times.exportApp.push(exported.ms)
      size = exported.bytes
      times.importFloor.push((await page.evaluate(() => (window as unknown as WithBench).bench.importFloor())).ms)
      let imported = { ms: 0, written: 0 }
      longest.importApp.push(await longestTaskDuring(page, async () => (imported = await page.evaluate(() => (window as unknown as WithBench).bench.importApp()))))
      if (imported.written < ORGS + ATTENDANCE) throw new Error(`import wrote only ${imported.written} rows`)
      times.importApp.push(imported.ms)
    }
    for (let i = 0; i < RUNS; i++) {
      let seated = 0
      longest.autoSeat.push(await longestTaskDuring(page, async () => (seated = (await page.evaluate(() => (window as unknown as WithBench).bench.autoSeat())).seated)))
      if (seated !== 200) throw new Error(`seated only ${seated} guests`)
    }
    const file = `${(size / 1024 / 1024).toFixed(1)} MB file`
    recordRuns({ name: 'backup export 10k orgs + 100k attendance', target: 2, app: times.exportApp, floor: times.exportFloor, detail: undefined, appLabel: `app (${file})` })
    recordRuns({ name: 'backup import 10k orgs + 100k attendance', target: 2, app: times.importApp, floor: times.importFloor, appLabel: `app (${file})` })
    recordLongTask(`longest task: importing the ${file}`, longest.importApp)
    recordLongTask('longest task: exporting it', longest.exportApp)
    recordLongTask('longest task: seating 200 guests automatically', longest.autoSeat)
  } finally {
    await dispose()
    await server.close()
  }
})
