/** Automatic seating in a Web Worker where there is one (the app), in-thread otherwise (unit tests). */
import { autoSeat, type AutoSeatOptions } from './auto-seat'
import type { AutoSeatResult, SeatGuest, SeatingRules, SeatTable } from './types'

export type AutoSeatJob = { guests: SeatGuest[]; tables: SeatTable[]; rules: SeatingRules; options: AutoSeatOptions }

export function runAutoSeat(job: AutoSeatJob): Promise<AutoSeatResult> {
  const inThread = () => autoSeat(job.guests, job.tables, job.rules, job.options)
  if (typeof Worker === 'undefined') return Promise.resolve(inThread())
  return new Promise((resolve) => {
    let worker: Worker
    try {
      worker = new Worker(new URL('./auto-seat.worker.ts', import.meta.url), { type: 'module' })
    } catch {
      resolve(inThread())
      return
    }
    worker.addEventListener('message', (event: MessageEvent<AutoSeatResult>) => {
      worker.terminate()
      resolve(event.data)
    })
    // A worker that cannot start must not cost the user the result: seat in-thread instead.
    worker.addEventListener('error', () => {
      worker.terminate()
      resolve(inThread())
    })
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a Worker, not a window: no target origin
    worker.postMessage(job)
  })
}
