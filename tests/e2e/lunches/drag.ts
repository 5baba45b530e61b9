/**
 * A mouse drag as a person makes it: press, move in steps, release. After a drop dnd-kit swallows
 * every click for 50 ms, so that the click ending the drag does nothing; a person never clicks
 * again that fast, but a test does. So the drag ends here only once the page takes clicks again.
 */
import { expect, type Locator, type Page } from '@playwright/test'

export async function dragWithMouse(page: Page, from: Locator, to: Locator): Promise<void> {
  await from.scrollIntoViewIfNeeded()
  const a = (await from.boundingBox())!
  const b = (await to.boundingBox())!
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2)
  await page.mouse.down()
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 })
  await page.mouse.up()
  await expect.poll(() => page.evaluate(clicksReachThePage), { message: 'clicks reach the page again after the drop' }).toBe(true)
}

/** Clicks a throwaway element outside the app and tells whether the click got to it. */
function clicksReachThePage(): boolean {
  const probe = document.createElement('span')
  let reached = false
  probe.addEventListener('click', () => {
    reached = true
  })
  document.body.append(probe)
  probe.click()
  probe.remove()
  return reached
}
