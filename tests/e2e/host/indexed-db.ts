/**
 * Test set-up and inspection straight in the app's IndexedDB (the app must have opened it once), as
 * another feature's screens or another laptop's import would have written it. Nothing here reloads
 * the page: a test that wants the app to read the rows reloads or navigates itself.
 */
import type { Page } from '@playwright/test'

/** A row of any store: `name` where the store has one (organisations, people). */
export type StoredRow = { id: string; [key: string]: unknown }

/** An organisation row as the export writes it (ids are UUIDs, as the import demands); a member since 01.03.2026. */
export const exportedOrganisation = (n: number, name: string, updatedAt = '2026-11-01T10:00:00.000Z') => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt,
  deletedAt: null,
  name,
  orgNumber: '974760673',
  status: 'medlem',
  tier: 'medlem',
  signedDate: '2026-03-01',
})

/** Runs in the page: puts each store's rows, all in one transaction, and resolves when it has committed. */
async function putInPage(data: Record<string, readonly object[] | undefined>): Promise<void> {
  const stores = Object.keys(data).filter((store) => (data[store]?.length ?? 0) > 0)
  if (stores.length === 0) return
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('nfk-sekretariat')
    open.addEventListener('success', () => resolve(open.result))
    open.addEventListener('error', () => reject(open.error))
  })
  const tx = db.transaction(stores, 'readwrite')
  for (const store of stores) for (const row of data[store]!) tx.objectStore(store).put(row)
  await new Promise<void>((resolve, reject) => {
    tx.addEventListener('complete', () => resolve())
    tx.addEventListener('error', () => reject(tx.error))
  })
  db.close()
}

/** Puts the rows of several stores (by store name) in one transaction, and resolves when it has committed. */
export async function putStores(page: Page, rows: Record<string, readonly object[] | undefined>): Promise<void> {
  await page.evaluate(putInPage, rows)
}

/** Puts the rows into one store in one transaction, and resolves when it has committed. */
export async function putRows(page: Page, rows: readonly StoredRow[], store = 'organisations'): Promise<void> {
  await putStores(page, { [store]: rows })
}

/** How many rows a store holds, deleted ones included. */
export async function countRows(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (storeName) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('nfk-sekretariat')
        open.addEventListener('error', () => reject(open.error))
        open.addEventListener('success', () => {
          const request = open.result.transaction(storeName).objectStore(storeName).count()
          request.addEventListener('error', () => reject(request.error))
          request.addEventListener('success', () => {
            open.result.close()
            resolve(request.result)
          })
        })
      }),
    store,
  )
}

/** Runs in the page: every row of a store as stored, or (`json`) those rows as one JSON text made in the page. */
async function readInPage({ store, json }: { store: string; json: boolean }): Promise<unknown[] | string> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('nfk-sekretariat')
    open.addEventListener('success', () => resolve(open.result))
    open.addEventListener('error', () => reject(open.error))
  })
  const rows = await new Promise<unknown[]>((resolve, reject) => {
    const request = db.transaction(store).objectStore(store).getAll()
    request.addEventListener('success', () => resolve(request.result as unknown[]))
    request.addEventListener('error', () => reject(request.error))
  })
  db.close()
  return json ? JSON.stringify(rows) : rows
}

/** Every row of a store as stored, deleted and erased rows included. */
export async function rowsIn<T = StoredRow>(page: Page, store: string): Promise<T[]> {
  return (await page.evaluate(readInPage, { store, json: false })) as T[]
}

/** The `name` of every row in a store (organisations or people), sorted, deleted and erased rows included. */
export async function namesIn(page: Page, store = 'organisations'): Promise<string[]> {
  return (await rowsIn<{ name: string }>(page, store)).map((r) => r.name).sort()
}

/** Every row of a store as stored, as one JSON text: for asserting that a value is gone from it. */
export async function storedText(page: Page, store: string): Promise<string> {
  return (await page.evaluate(readInPage, { store, json: true })) as string
}
