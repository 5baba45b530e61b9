/**
 * Writes seed records straight into the page's IndexedDB (the app must have opened it once),
 * then reloads so the app reads them. Used by e2e tests and benchmarks for realistic data.
 */
import type { Page } from '@playwright/test'
import type { SeedData } from '../../fixtures/seed-organisations'

export async function seedInPage(page: Page, data: SeedData): Promise<void> {
  await page.evaluate(async (seed) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('nfk-sekretariat')
      request.addEventListener('success', () => resolve(request.result))
      request.addEventListener('error', () => reject(request.error))
    })
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['organisations', 'people', 'statusEvents'], 'readwrite')
      for (const o of seed.organisations) tx.objectStore('organisations').put(o)
      for (const p of seed.people) tx.objectStore('people').put(p)
      for (const e of seed.statusEvents) tx.objectStore('statusEvents').put(e)
      tx.addEventListener('complete', () => resolve())
      tx.addEventListener('error', () => reject(tx.error))
    })
    db.close()
  }, data)
  await page.reload()
}
