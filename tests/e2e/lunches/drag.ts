/**
 * A mouse drag as a person makes it: press, move in steps, wait until the page says what is under
 * the pointer, release.
 *
 * - dnd-kit drops on the target it last rendered, and under load the last move may not have been
 *   rendered when the release comes; a person waits for the seat to light up, this waits for the
 *   same moment told in the live region.
 * - After a drop dnd-kit swallows every click for 50 ms, so that the click ending the drag does
 *   nothing. A person never clicks again that fast, a test does: the drag ends here only once the
 *   page takes clicks again.
 */
import { expect, type Locator, type Page } from '@playwright/test'

export async function dragWithMouse(page: Page, from: Locator, to: Locator, heard: { region: Locator; over: string }): Promise<void> {
  await from.scrollIntoViewIfNeeded()
  const a = (await from.boundingBox())!
  const b = (await to.boundingBox())!
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2)
  await page.mouse.down()
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 })
  await expect(heard.region).toHaveText(heard.over)
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
