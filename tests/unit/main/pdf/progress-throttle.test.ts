import { describe, expect, it } from 'vitest'
import { throttledProgress, WORKER_PROGRESS_EVERY_MS } from '../../../../electron/main/pdf/worker/progress-throttle'

/** Runs `total` steps on a clock that moves `stepMs` per step; returns the counts that were posted. */
function posted(total: number, stepMs: number): number[] {
  let clock = 1_000
  const seen: number[] = []
  const progress = throttledProgress((done) => seen.push(done), () => clock)
  for (let done = 1; done <= total; done++) {
    progress(done, total, `Virksomhet ${done}`)
    clock += stepMs
  }
  return seen
}

describe('the PDF worker’s progress', () => {
  it('posts the first and the last count of a fast batch, not one per contract', () => {
    expect(posted(130, 1)).toEqual([1, 51, 101, 130])
    expect(posted(130, 0)).toEqual([1, 130])
  })

  it('posts every count when each step takes longer than the interval, so a slow job still shows each one', () => {
    expect(posted(5, WORKER_PROGRESS_EVERY_MS)).toEqual([1, 2, 3, 4, 5])
  })

  it('passes the total and the label through unchanged', () => {
    const seen: string[] = []
    const progress = throttledProgress((done, total, label) => seen.push(`${done}/${total} ${label}`), () => 0)
    progress(1, 2, 'Bygg AS')
    progress(2, 2, 'Vann AS')
    expect(seen).toEqual(['1/2 Bygg AS', '2/2 Vann AS'])
  })
})
