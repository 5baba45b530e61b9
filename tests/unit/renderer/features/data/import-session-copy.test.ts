/** The import hands its worker a copy of the file made in slices: the same bytes, and the page keeps its own. */
import { expect, it } from 'vitest'
import { copyInSlices } from '../../../../../renderer/features/data/import-session'

it('copies a file of several slices exactly, into bytes of its own', async () => {
  const bytes = Uint8Array.from({ length: 9 * 1024 * 1024 + 17 }, (_, i) => (i * 31) % 251)
  const copy = await copyInSlices(bytes)
  expect(copy.length).toBe(bytes.length)
  expect(Buffer.compare(copy, bytes)).toBe(0)
  copy[0] = 255
  copy[copy.length - 1] = 255
  expect(bytes[0]).toBe(0)
  expect(bytes[bytes.length - 1]).toBe(((bytes.length - 1) * 31) % 251)
})
