/**
 * The worker's progress, thinned at the source. Main shows at most about ten counts a second
 * (host/pdf-output.ts), yet a count per contract was 130 messages for a batch, each one copied
 * across threads and waking main's event loop while the user waits: measured, about 50 ms of CPU
 * per 130-contract batch (bench/contracts-page.bench.ts). The first and the last count always go.
 */
import type { JobProgress } from './job-types'

export const WORKER_PROGRESS_EVERY_MS = 50

export function throttledProgress(post: JobProgress, now: () => number = () => performance.now()): JobProgress {
  let last = -Infinity
  return (done, total, label) => {
    const at = now()
    if (done > 1 && done < total && at - last < WORKER_PROGRESS_EVERY_MS) return
    last = at
    post(done, total, label)
  }
}
