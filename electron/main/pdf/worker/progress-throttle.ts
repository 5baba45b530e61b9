/**
 * The worker's progress, thinned at the source. Main shows at most about ten counts a second
 * (host/pdf-output.ts), yet a count per contract was 130 messages for a batch, each one copied
 * across threads and waking main's event loop while the user waits: measured, about 50 ms of CPU
 * per 130-contract batch (bench/contracts-page.bench.ts). The first and the last count always go.
 *
 * A count also waits until the job has moved on by a twentieth: on a busy machine a batch takes
 * seconds, and at ten counts a second the page's updates (each a message through main and a render
 * of the bar) grew with the wait and took CPU from the render itself. Twenty steps still read as
 * progress ("84 av 130"); a short job still shows each count.
 */
import type { JobProgress } from './job-types'

export const WORKER_PROGRESS_EVERY_MS = 50
/** At most this many counts per job between the first and the last. */
export const WORKER_PROGRESS_STEPS = 20

export function throttledProgress(post: JobProgress, now: () => number = () => performance.now()): JobProgress {
  let last = -Infinity
  let lastDone = 0
  return (done, total, label) => {
    const at = now()
    const step = Math.ceil(total / WORKER_PROGRESS_STEPS)
    if (done > 1 && done < total && (at - last < WORKER_PROGRESS_EVERY_MS || done - lastDone < step)) return
    last = at
    lastDone = done
    post(done, total, label)
  }
}
