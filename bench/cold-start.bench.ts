/**
 * Renderer cold start: from navigation until the first page is interactive, in a fresh profile,
 * against a blank Vite React page measured in the same run.
 */
import path from 'node:path'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import { it } from 'vitest'
import { freshProfile } from './lib/browser'
import { recordBench } from './lib/record'
import { serveFolder } from './lib/static-server'

const RUNS = 7

async function coldStart(url: string, ready: string): Promise<number> {
  const { context, dispose } = await freshProfile()
  try {
    const page = await context.newPage()
    const start = performance.now()
    await page.goto(url)
    await page.locator(ready).first().waitFor({ state: 'visible' })
    await page.locator(ready).first().click({ trial: true })
    return performance.now() - start
  } finally {
    await dispose()
  }
}

it('renderer cold start vs a blank React page', async () => {
  const blankOut = path.resolve('bench/.out/blank')
  await build({ root: path.resolve('bench/blank'), plugins: [react()], logLevel: 'silent', build: { outDir: blankOut, emptyOutDir: true } })
  const app = await serveFolder(path.resolve('out/renderer'))
  const blank = await serveFolder(blankOut)
  try {
    const appTimes: number[] = []
    const blankTimes: number[] = []
    for (let i = 0; i < RUNS; i++) {
      blankTimes.push(await coldStart(blank.url, 'button'))
      // A fresh profile opens on the first-start question: its name field is the first thing to use.
      appTimes.push(await coldStart(app.url, 'dialog[open] input'))
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
    const ratio = median(appTimes) / median(blankTimes)
    recordBench({
      name: 'renderer cold start',
      ratio,
      target: 2,
      detail: `app ${median(appTimes).toFixed(0)} ms vs blank React ${median(blankTimes).toFixed(0)} ms (median of ${RUNS}, fresh profile)`,
    })
  } finally {
    await app.close()
    await blank.close()
  }
})
