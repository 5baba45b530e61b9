/**
 * A first start is a profile with no database yet: only then does the question show alone, before
 * the shell. Asked of IndexedDB's list (fake-indexeddb here), never by opening the database.
 */
import { afterEach, expect, it, vi } from 'vitest'
import { isFirstStart } from '../../../../renderer/app/first-start'

afterEach(() => vi.restoreAllMocks())

let counter = 0
const uniqueName = () => `first-start-${Date.now()}-${counter++}`

function createDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 10)
    request.addEventListener('success', () => {
      request.result.close()
      resolve()
    })
    request.addEventListener('error', () => reject(request.error))
  })
}

it('is a first start when no database of that name exists, and not once one does', async () => {
  const name = uniqueName()
  expect(await isFirstStart(name)).toBe(true)
  await createDatabase(name)
  expect(await isFirstStart(name)).toBe(false)
})

it('asks without creating the database', async () => {
  const name = uniqueName()
  await isFirstStart(name)
  expect((await indexedDB.databases()).some((d) => d.name === name)).toBe(false)
})

it('starts the whole app when the list cannot be read: its shell asks if the database has no name', async () => {
  vi.spyOn(indexedDB, 'databases').mockRejectedValue(new DOMException('denied', 'SecurityError'))
  expect(await isFirstStart(uniqueName())).toBe(false)
})
