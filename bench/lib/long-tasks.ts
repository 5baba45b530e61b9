/**
 * "Nothing freezes the window": a `longtask` PerformanceObserver on the page records every task on
 * its main thread over 50 ms; the bench reports the longest one seen while an action ran.
 */
import type { Page } from '@playwright/test'

type LongTaskWindow = { __longTasks?: { start: number; duration: number }[] }

/** Starts recording long tasks in the page (call once per document, after it loaded). */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as LongTaskWindow
    if (w.__longTasks) return
    const tasks: { start: number; duration: number }[] = []
    w.__longTasks = tasks
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'longtask', buffered: true })
  })
}

/** Runs the action and returns the longest main-thread task of the page meanwhile (0 when none went over 50 ms). */
export async function longestTaskDuring(page: Page, action: () => Promise<unknown>): Promise<number> {
  await observeLongTasks(page)
  const from = await page.evaluate(() => performance.now())
  await action()
  // The observer reports after the task ended: let one more task run before reading.
  return page.evaluate(async (since) => {
    await new Promise((resolve) => setTimeout(resolve, 50))
    const tasks = (window as unknown as LongTaskWindow).__longTasks ?? []
    return tasks.filter((t) => t.start + t.duration >= since).reduce((longest, t) => Math.max(longest, t.duration), 0)
  }, from)
}
