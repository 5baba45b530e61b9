/** Where notices lie against the page: beside it, never over a control. */
import type { Locator, Page } from '@playwright/test'
import { expect } from '../fixtures'

type Box = { x: number; y: number; width: number; height: number }

const overlap = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox()
  if (!b) throw new Error('not rendered')
  return b
}

/** True when a click in the middle of `locator` would land on it, not on something lying over it. */
async function reachable(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect()
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)
    return hit !== null && (hit === el || el.contains(hit))
  })
}

/** `control` and the notice `shown` do not overlap, both take a click, and the notice is inside the window. */
export async function expectApart(page: Page, control: Locator, shown: Locator): Promise<void> {
  const controlBox = await box(control)
  const noticeBox = await box(shown)
  expect(overlap(controlBox, noticeBox), `notice ${JSON.stringify(noticeBox)} over control ${JSON.stringify(controlBox)}`).toBe(false)
  expect(await reachable(control)).toBe(true)
  expect(await reachable(shown)).toBe(true)
  const viewport = page.viewportSize()
  expect(viewport && noticeBox.y + noticeBox.height <= viewport.height).toBe(true)
}
