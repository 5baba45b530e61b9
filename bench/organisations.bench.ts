/**
 * The register at 10,000 organisations against 100: keystroke-to-paint of the search filter and
 * the frame time of scrolling should stay close (virtualisation), and loading the register should
 * cost little more than a raw IndexedDB read of the same rows. Chromium with a persistent profile
 * (IndexedDB on disk, as in Electron) against the built renderer under its production CSP.
 *
 * The load's floor is what a person must wait for at the least: a bare page of the same origin,
 * under the same CSP, that from its navigation start opens the database and reads the tables the
 * register shows (organisations, people, sectors), and does nothing else. Both are timed from
 * navigation start, interleaved. (A read timed inside an already loaded page leaves out the page
 * load the register cannot skip; it is printed too, as `in-page read`.)
 *
 * The floor's spread was 302–977 ms in 5 runs: its first run came straight after the 10,000-row
 * seed, and each later one followed the register's page and paid for tearing it down (a garbage
 * collection of its rows inside the floor's own timing). Now every timed page starts from a blank
 * page with garbage collected, two untimed pairs go first, the order alternates, and the ratio is of
 * the medians of 9 runs each; the per-run times are printed so a reader can see the noise.
 *
 * Since the register reads its narrow store (`registerRows`, one small entry per organisation, issue
 * 17), the floor still reads the full tables: that is the target. Printed beside it, as a diagnostic
 * only, is the app against a bare page that reads just what the app's early read reads (the narrow
 * store, the sectors, the organisations' count), so a reader sees both. The 10,000 rows are seeded
 * straight into IndexedDB, past Dexie (seedInPage, shared with the e2e tests): the first register
 * read after the seed finds the store without them (its count differs) and makes it again from the
 * tables, with the same projection as the version 7 upgrade and the middleware use. That happens in
 * the untimed load right after seeding, before any timed run.
 *
 * That load is the issue's measure. Beside it (not instead): the register reached the way a person
 * reaches it, since the window always opens at the overview: a click on "Virksomheter" in a running
 * app, from a freshly loaded and settled overview until every row shows, against a raw read of the
 * same tables inside such a page. It leaves out the app's start, which the load above includes.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { seedOrganisations } from '../tests/fixtures/seed-organisations'
import { seedInPage } from '../tests/e2e/host/seed-in-page'
import { chromiumOrExit } from '../scripts/find-chromium.mjs'
import { longestTaskDuring } from './lib/long-tasks'
import { ORIGIN, startPreview } from './lib/preview-server'
import { median, recordLongTask, recordRuns } from './lib/record'
import { CONTENT_SECURITY_POLICY } from '../electron/shared/csp'

let preview: { stop: () => void }

beforeAll(async () => {
  preview = await startPreview()
})

afterAll(() => preview?.stop())

type Measures = {
  loadMs: number
  rawReadMs: number
  inPageReadMs: number
  keystrokeMs: number
  scrollMs: number
  loads: number[]
  raws: number[]
  /** The diagnostic floor: a bare page reading only the narrow store (as the app's early read does). */
  narrows: number[]
  keys: number[]
  scrolls: number[]
  longestTyping: number[]
  /** In a running app: click on "Virksomheter" on the settled overview until every row shows. */
  clicks: number[]
  /** The same rows read raw inside a settled overview page (the click's floor). */
  inAppRaws: number[]
}

const RAW_PAGE = `${ORIGIN}/bench-raw-read.html`
const NARROW_PAGE = `${ORIGIN}/bench-narrow-read.html`
/** Timed pairs (odd, for a true median) and untimed pairs before them. */
const RUNS = 9
const WARM_UP = 2
/** Pairs for the click in a running app (each side loads and settles a page of its own). */
const IN_APP_RUNS = 7

/** The floor page: reads the register's tables from navigation start, then sets window.rawReadAt. */
const RAW_SCRIPT = `
const db = await new Promise((resolve, reject) => {
  const r = indexedDB.open('nfk-sekretariat')
  r.onsuccess = () => resolve(r.result)
  r.onerror = () => reject(r.error)
})
const tx = db.transaction(['organisations', 'people', 'sectors'], 'readonly')
const getAll = (store) => new Promise((resolve) => { const r = tx.objectStore(store).getAll(); r.onsuccess = () => resolve(r.result) })
const [orgs, people, sectors] = await Promise.all([getAll('organisations'), getAll('people'), getAll('sectors')])
db.close()
document.body.textContent = orgs.length + ' ' + people.length + ' ' + sectors.length
window.rawReadAt = performance.now()
`

/** The diagnostic page: what the app's early read reads (register-early-read.ts), raw, then sets window.rawReadAt. */
const NARROW_SCRIPT = `
const db = await new Promise((resolve, reject) => {
  const r = indexedDB.open('nfk-sekretariat')
  r.onsuccess = () => resolve(r.result)
  r.onerror = () => reject(r.error)
})
const tx = db.transaction(['registerRows', 'organisations', 'sectors'], 'readonly')
const ask = (request) => new Promise((resolve) => { request.onsuccess = () => resolve(request.result) })
const [entries, count, sectors] = await Promise.all([ask(tx.objectStore('registerRows').getAll()), ask(tx.objectStore('organisations').count()), ask(tx.objectStore('sectors').getAll())])
db.close()
document.body.textContent = entries.length + ' ' + count + ' ' + sectors.length
window.rawReadAt = performance.now()
`

/** Serves the floor page (and the diagnostic one) at the app's origin (same IndexedDB), with the app's CSP: no inline script. */
async function serveRawReadPage(page: Page): Promise<void> {
  const headers = { 'content-security-policy': CONTENT_SECURITY_POLICY, 'cache-control': 'no-store' }
  for (const [url, script, body] of [
    [RAW_PAGE, 'bench-raw-read.js', RAW_SCRIPT],
    [NARROW_PAGE, 'bench-narrow-read.js', NARROW_SCRIPT],
  ] as const) {
    await page.route(url, (route) =>
      route.fulfill({ contentType: 'text/html', headers, body: `<!doctype html><html lang="nb"><head><meta charset="utf-8"><script type="module" src="./${script}"></script></head><body></body></html>` }),
    )
    await page.route(`${ORIGIN}/${script}`, (route) => route.fulfill({ contentType: 'text/javascript', headers, body }))
  }
}

/** Reads the register's tables raw inside the page as it is; returns the milliseconds it took. */
async function inPageRawRead(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const start = performance.now()
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('nfk-sekretariat')
      r.addEventListener('success', () => resolve(r.result))
      r.addEventListener('error', () => reject(r.error))
    })
    const tx = db.transaction(['organisations', 'people', 'sectors'], 'readonly')
    const getAll = (store: string) =>
      new Promise<unknown[]>((resolve) => {
        const r = tx.objectStore(store).getAll()
        r.addEventListener('success', () => resolve(r.result))
      })
    await Promise.all([getAll('organisations'), getAll('people'), getAll('sectors')])
    db.close()
    return performance.now() - start
  })
}

/**
 * Waits until the page has had nothing to do for a while: the overview judges the year's criteria
 * after it shows, and a click meanwhile would time that work too.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
  await page.evaluate(async () => {
    let quiet = 0
    while (quiet < 5) {
      const remaining = await new Promise<number>((resolve) => requestIdleCallback((d) => resolve(d.timeRemaining()), { timeout: 2000 }))
      quiet = remaining > 40 ? quiet + 1 : 0
    }
  })
}

/** From a click on "Virksomheter" in the menu until the count shows every row, on the page's clock. */
async function clickToRegister(page: Page, shown: string): Promise<number> {
  return page.evaluate(async (text) => {
    const link = [...document.querySelectorAll<HTMLAnchorElement>('nav a')].find((a) => a.textContent === 'Virksomheter')!
    const start = performance.now()
    link.click()
    await new Promise<void>((resolve) => {
      const poll = () => (document.querySelector('.register-count')?.textContent === text ? resolve() : requestAnimationFrame(poll))
      poll()
    })
    return performance.now() - start
  }, shown)
}

/** Time from an input event on the search field until the count changed and a frame was painted. */
async function keystrokeToPaint(page: Page, query: string): Promise<number> {
  return page.evaluate(async (q) => {
    const input = document.querySelector<HTMLInputElement>('#register-search')!
    const count = document.querySelector('.register-count')!
    const before = count.textContent
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
    const start = performance.now()
    const changed = new Promise<void>((resolve) => {
      setTimeout(resolve, 10_000)
      const observer = new MutationObserver(() => {
        if (count.textContent !== before) {
          observer.disconnect()
          resolve()
        }
      })
      observer.observe(count, { childList: true, characterData: true, subtree: true })
    })
    setter.call(input, q)
    input.dispatchEvent(new Event('input', { bubbles: true }))
    await changed
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
    return performance.now() - start
  }, query)
}

/** Median time from setting scrollTop until the next frame is painted. */
async function scrollFrames(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const scroller = document.querySelector<HTMLElement>('.register-scroller')!
    const times: number[] = []
    const range = scroller.scrollHeight - scroller.clientHeight
    for (let i = 0; i < 40; i++) {
      const start = performance.now()
      scroller.scrollTop = i % 2 === 0 ? Math.min(range, (i * 997) % range) : Math.max(0, range - ((i * 613) % range))
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
      times.push(performance.now() - start)
    }
    return times
  })
}

async function measure(count: number): Promise<Measures> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'nfk-bench-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumOrExit(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    viewport: { width: 1280, height: 820 },
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
  })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(`${ORIGIN}/#/virksomheter`)
    await page.getByRole('heading', { name: 'Velkommen til NFK Sekretariat' }).waitFor()
    await page.getByLabel('Ditt navn').fill('Benk')
    await page.getByRole('button', { name: 'Start' }).click()
    // The question closes once the name is saved; only then does the database surely exist to seed.
    await page.getByRole('dialog', { name: 'Velkommen til NFK Sekretariat' }).waitFor({ state: 'hidden' })
    await seedInPage(page, seedOrganisations(count, 7))
    const shown = `Viser ${count} av ${count} virksomheter`
    await page.getByText(shown).waitFor({ timeout: 120_000 })

    await serveRawReadPage(page)
    const cdp = await context.newCDPSession(page)
    const loads: number[] = []
    const raws: number[] = []
    const inPage: number[] = []
    const narrows: number[] = []
    const floorRun = async (url = RAW_PAGE): Promise<number> => {
      await cleanStart()
      await page.goto(url, { waitUntil: 'commit' })
      const read = await page.waitForFunction(() => (window as unknown as { rawReadAt?: number }).rawReadAt, undefined, { polling: 'raf', timeout: 120_000 })
      return Number(await read.jsonValue())
    }
    const appRun = async (): Promise<number> => {
      await cleanStart()
      await page.goto(`${ORIGIN}/#/virksomheter`, { waitUntil: 'commit' })
      // From navigation start until the count shows every row, on the page's own clock.
      const at = await page.waitForFunction((text) => document.querySelector('.register-count')?.textContent === text && performance.now(), shown, { polling: 'raf', timeout: 120_000 })
      const ms = Number(await at.jsonValue())
      // The criteria flags are judged after the rows show: let that finish before the next start.
      await page.locator('.register-bar[aria-busy="false"]').waitFor({ timeout: 120_000 })
      return ms
    }
    // Each timed page starts alike: from a blank page with the last document's garbage collected, so
    // neither pays the teardown of the other (the app's 10,000 rows made the floor after it slow).
    const cleanStart = async () => {
      await page.goto('about:blank')
      await cdp.send('HeapProfiler.collectGarbage')
    }
    // Warm-up: the first reads after seeding find IndexedDB still settling the 10,000-row write
    // (the floor's 977 ms outlier) and cold code caches; they are not timed.
    for (let i = 0; i < WARM_UP; i++) {
      await floorRun()
      await appRun()
    }
    for (let i = 0; i < RUNS; i++) {
      // Alternate which goes first, so a drift in the machine's load touches both sides alike.
      if (i % 2 === 0) {
        raws.push(await floorRun())
        loads.push(await appRun())
      } else {
        loads.push(await appRun())
        raws.push(await floorRun())
      }
      // A read timed inside the loaded register, printed for reference.
      inPage.push(await inPageRawRead(page))
      // The diagnostic floor, after the pair so the pair's order and spacing stay as they were.
      narrows.push(await floorRun(NARROW_PAGE))
    }
    if (count === 10_000) console.log(`register load at ${count}, per run (ms): app ${loads.map((x) => x.toFixed(0)).join(' ')}; floor ${raws.map((x) => x.toFixed(0)).join(' ')}; narrow-store page ${narrows.map((x) => x.toFixed(0)).join(' ')}`)
    // The way a person reaches the register (the window always opens at the overview): a click in
    // the running app, against a raw read inside the same kind of page. Each starts from a freshly
    // loaded, settled overview; which goes first alternates. Beside the load above, not instead.
    const clicks: number[] = []
    const inAppRaws: number[] = []
    if (count === 10_000) {
      const overview = async () => {
        await cleanStart()
        await page.goto(`${ORIGIN}/#/`)
        await page.getByRole('heading', { name: 'Oversikt' }).waitFor()
        await settled(page)
      }
      const clickRun = async () => {
        await overview()
        const ms = await clickToRegister(page, shown)
        await page.locator('.register-bar[aria-busy="false"]').waitFor({ timeout: 120_000 })
        return ms
      }
      const rawRun = async () => {
        await overview()
        return inPageRawRead(page)
      }
      await clickRun()
      for (let i = 0; i < IN_APP_RUNS; i++) {
        if (i % 2 === 0) {
          inAppRaws.push(await rawRun())
          clicks.push(await clickRun())
        } else {
          clicks.push(await clickRun())
          inAppRaws.push(await rawRun())
        }
      }
      console.log(`register in a running app at ${count}, per run (ms): click ${clicks.map((x) => x.toFixed(0)).join(' ')}; in-page raw read ${inAppRaws.map((x) => x.toFixed(0)).join(' ')}`)
    }
    // Typing and scrolling are measured on a settled register (criteria judged), as before.
    await page.goto(`${ORIGIN}/#/virksomheter`)
    await page.getByText(shown).waitFor({ timeout: 120_000 })
    await page.locator('.register-bar[aria-busy="false"]').waitFor({ timeout: 120_000 })
    // Each query alternates with the empty one, so the count changes on every keystroke.
    const queries = ['berg', 'oslo', 'energi', 'data', 'kari', 'aker', 'sol', 'hotell', 'nord', 'bygg']
    const keys: number[] = []
    const longestTyping: number[] = []
    for (const q of queries) {
      longestTyping.push(
        await longestTaskDuring(page, async () => {
          keys.push(await keystrokeToPaint(page, q))
          keys.push(await keystrokeToPaint(page, ''))
        }),
      )
    }
    await page.locator('#register-search').fill('')
    await page.getByText(shown).waitFor()
    const scrolls = await scrollFrames(page)
    return { loadMs: median(loads), rawReadMs: median(raws), inPageReadMs: median(inPage), keystrokeMs: median(keys), scrollMs: median(scrolls), loads, raws, narrows, keys, scrolls, longestTyping, clicks, inAppRaws }
  } finally {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
}

const fmt = (m: Measures) =>
  `load ${m.loadMs.toFixed(0)} ms, raw read page ${m.rawReadMs.toFixed(0)} ms, in-page read ${m.inPageReadMs.toFixed(0)} ms, keystroke ${m.keystrokeMs.toFixed(1)} ms, scroll frame ${m.scrollMs.toFixed(1)} ms`

it('keeps the register as quick at 10,000 organisations as at 100', async () => {
  const small = await measure(100)
  const large = await measure(10_000)
  const detail = `100: ${fmt(small)}; 10k: ${fmt(large)}`
  recordRuns({ name: 'register filter keystroke-to-paint, 10k vs 100', target: 3, app: large.keys, floor: small.keys, detail })
  recordRuns({ name: 'register scroll frame, 10k vs 100', target: 1.5, app: large.scrolls, floor: small.scrolls, detail })
  recordRuns({ name: 'register load 10k vs raw IndexedDB read page', target: 1.2, app: large.loads, floor: large.raws, detail })
  // A diagnostic, not the target: the same loads against a bare page reading only the narrow store.
  recordRuns({
    name: 'register load 10k vs narrow-store raw read page (diagnostic)',
    target: 1.2,
    app: large.loads,
    floor: large.narrows,
    detail: `not the issue's measure: the floor reads registerRows, sectors and the organisations' count, as the app's early read does; medians app ${median(large.loads).toFixed(0)} ms, narrow page ${median(large.narrows).toFixed(0)} ms, full-tables page ${median(large.raws).toFixed(0)} ms`,
  })
  // Printed beside the load above, which stays the measure: this is the path a person takes.
  recordRuns({
    name: 'register 10k in a running app: click to rows vs in-page raw read',
    target: 1.2,
    app: large.clicks,
    floor: large.inAppRaws,
    detail: 'from a click on Virksomheter on the settled overview (not the issue\'s measure: that is the load from navigation start above)',
  })
  recordLongTask('longest task: typing in the register filter at 10k', large.longestTyping)
  expect(large.loadMs).toBeGreaterThan(0)
  // Two page loads and a settled overview per in-app pair: on a loaded machine this outlasts 10 minutes.
}, 1_200_000)
