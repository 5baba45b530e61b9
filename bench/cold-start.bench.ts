/**
 * Renderer cold start: from navigation until the first page is interactive, in a fresh profile,
 * against a blank Vite React page measured in the same run. Target (issue 17): at most 1.3×, with
 * each feature's pages in their own chunk so the first screen loads only what it shows.
 */
import path from 'node:path'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import { it } from 'vitest'
import type { Page } from '@playwright/test'
import { freshProfile } from './lib/browser'
import { mainThreadCpuDuring } from './lib/main-thread-cpu'
import { median, recordRuns } from './lib/record'
import { serveFolder } from './lib/static-server'

const RUNS = 7

/** From navigation until `ready` is visible and would take a click. */
async function untilUsable(page: Page, url: string, ready: string): Promise<void> {
  await page.goto(url)
  await page.locator(ready).first().waitFor({ state: 'visible' })
  await page.locator(ready).first().click({ trial: true })
}

async function coldStart(url: string, ready: string): Promise<number> {
  const { context, dispose } = await freshProfile()
  try {
    const page = await context.newPage()
    const start = performance.now()
    await untilUsable(page, url, ready)
    return performance.now() - start
  } finally {
    await dispose()
  }
}

/** The same span's main-thread CPU time (traced, so in runs of its own: tracing slows the wall clock). */
async function coldStartCpu(url: string, ready: string): Promise<number> {
  const { context, dispose } = await freshProfile()
  try {
    const page = await context.newPage()
    return await mainThreadCpuDuring(context, page, () => untilUsable(page, url, ready))
  } finally {
    await dispose()
  }
}

/**
 * Vitest runs with NODE_ENV=test, and Vite takes its production switch from NODE_ENV: built as is,
 * the floor was React's development build (426 KB, dev JSX and checks) against the app's production
 * build, a floor slower than a blank React page is. Both sides are production builds now.
 */
async function buildBlankForProduction(outDir: string): Promise<void> {
  const was = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ root: path.resolve('bench/blank'), plugins: [react()], logLevel: 'silent', mode: 'production', build: { outDir, emptyOutDir: true } })
  } finally {
    process.env.NODE_ENV = was
  }
}

it('renderer cold start vs a blank React page', async () => {
  const blankOut = path.resolve('bench/.out/blank')
  await buildBlankForProduction(blankOut)
  const app = await serveFolder(path.resolve('out/renderer'))
  const blank = await serveFolder(blankOut)
  try {
    /** RUNS pairs, blank page first: the app's fresh profile opens on the first-start question, whose name field is the first thing to use. */
    const interleaved = async (measure: (url: string, usable: string) => Promise<number>) => {
      const times = { app: [] as number[], blank: [] as number[] }
      for (let i = 0; i < RUNS; i++) {
        times.blank.push(await measure(blank.url, 'button'))
        times.app.push(await measure(app.url, 'dialog[open] input'))
      }
      return times
    }
    const { app: appTimes, blank: blankTimes } = await interleaved(coldStart)
    recordRuns({
      name: 'renderer cold start',
      target: 1.3,
      app: appTimes,
      floor: blankTimes,
      detail: `app ${median(appTimes).toFixed(0)} ms vs blank React ${median(blankTimes).toFixed(0)} ms (medians, fresh profile, interleaved)`,
    })
    // Steadier beside it: what the page's main thread itself spent on the same span.
    const { app: appCpu, blank: blankCpu } = await interleaved(coldStartCpu)
    recordRuns({
      name: 'renderer cold start, main-thread CPU',
      target: 1.3,
      app: appCpu,
      floor: blankCpu,
      detail: `app ${median(appCpu).toFixed(0)} ms vs blank React ${median(blankCpu).toFixed(0)} ms of main-thread CPU until usable (medians, traced runs, interleaved)`,
    })
  } finally {
    await app.close()
    await blank.close()
  }
})
