/**
 * Writes seed records straight into the page's IndexedDB (the app must have opened it once),
 * then reloads so the app reads them. Used by e2e tests and benchmarks for realistic data.
 */
import type { Page } from '@playwright/test'
import type { SeedData } from '../../fixtures/seed-organisations'
import { putStores } from './indexed-db'

export async function seedInPage(page: Page, data: SeedData): Promise<void> {
  await putStores(page, { organisations: data.organisations, people: data.people, statusEvents: data.statusEvents })
  await page.reload()
}
