/**
 * Playwright fixtures: every test gets a fresh TestHost wired to the page through
 * `exposeBinding` (the stand-in for Electron IPC), and an axe check helper.
 */
import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'
import { connectHost as wireHost } from './host/connect'
import type { SeedData } from '../fixtures/seed-organisations'
import { seedInPage } from './host/seed-in-page'
import { TestHost } from './host/test-host'
import { RegisterPage } from './pages/register-page'
import { WelcomeDialog } from './pages/shell'

export type Fixtures = { host: TestHost; app: Page }

/**
 * Every test starts on 28.11.2026 at 10.00 in Oslo, and the page's time runs on from there: dates in
 * the tests ("upcoming" events, lunches ahead, this year's reports) mean the same on any day the
 * suite runs. Not a frozen clock: stamps written one after another still differ.
 */
export const E2E_START = new Date('2026-11-28T09:00:00Z')

export const test = base.extend<Fixtures>({
  host: async ({}, use) => {
    const host = new TestHost(E2E_START)
    await use(host)
    host.dispose()
  },
  app: async ({ page, host }, use) => {
    await connectHost(page, host)
    await use(page)
  },
})

/**
 * Wires a page to a test host (the stand-in for Electron's IPC and preload) after installing the e2e
 * clock; a second laptop gets its own page and host. The bridge itself is host/connect's, which the
 * page benchmarks share without the clock.
 */
export async function connectHost(page: Page, host: TestHost): Promise<void> {
  await page.clock.install({ time: E2E_START })
  await wireHost(page, host)
}

/** Opens the app; on first start answers the name question so pages are reachable. */
export async function openApp(page: Page, userName = 'Kari Nordmann'): Promise<void> {
  await page.goto('/')
  const welcome = new WelcomeDialog(page)
  await expect(welcome.root).toBeVisible()
  await welcome.answer(userName)
  await expect(welcome.root).toBeHidden()
}

/** Opens the app on the register and writes these organisations (with their people and status steps) in; the page has read them. */
export async function openRegisterWith(page: Page, data: SeedData): Promise<RegisterPage> {
  await openApp(page)
  const register = new RegisterPage(page)
  await register.open()
  await seedInPage(page, data)
  return register
}

/** No serious or critical accessibility violations on the page as it stands. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze()
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([])
}

export { expect }
// The notice helpers live with the rest of the window's shared parts; specs have always found them here.
export { notice, notices } from './pages/shell'
