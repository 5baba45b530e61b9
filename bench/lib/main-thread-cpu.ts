/**
 * The page's main-thread CPU time over a span, from a Chromium trace: the thread time of the
 * renderer main thread's top-level tasks. Unlike wall time it barely moves when other processes
 * share the cores, so a change in the page's own work shows through the noise (issue 17).
 */
import type { BrowserContext, Page } from '@playwright/test'

type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string } }

const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask'])

/** Runs `span` with tracing on and returns the milliseconds of CPU the page's main thread spent meanwhile. */
export async function mainThreadCpuDuring(context: BrowserContext, page: Page, span: () => Promise<unknown>): Promise<number> {
  const cdp = await context.newCDPSession(page)
  const events: TraceEvent[] = []
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])))
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
  await cdp.send('Tracing.start', { categories: 'toplevel,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' })
  await span()
  await cdp.send('Tracing.end')
  await complete
  await cdp.detach()
  // Each renderer process has a CrRendererMain thread; the page's is the one that did the work.
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  return Math.max(0, ...mains.map((main) => topLevelCpu(events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && TASKS.has(e.name)))))
}

/** Thread time of tasks not nested in an earlier one (a task may run inside another's trace span). */
function topLevelCpu(tasks: TraceEvent[]): number {
  let end = -Infinity
  let cpu = 0
  for (const task of [...tasks].sort((a, b) => a.ts - b.ts)) {
    if (task.ts >= end) cpu += task.tdur ?? 0
    end = Math.max(end, task.ts + (task.dur ?? 0))
  }
  return cpu / 1000
}
