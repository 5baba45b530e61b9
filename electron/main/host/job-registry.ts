/**
 * Jobs the page can cancel, by the id it gave them. A cancel may arrive before the job's request
 * (both cross the bridge on their own): it is remembered, and the job starts cancelled.
 */
const REMEMBERED = 100

export class JobRegistry {
  private readonly running = new Map<string, AbortController>()
  private readonly early: string[] = []

  /** The signal of a starting job; `done` forgets it. */
  start(jobId: string | undefined): { signal: AbortSignal; done: () => void } {
    const controller = new AbortController()
    if (!jobId) return { signal: controller.signal, done: () => {} }
    const at = this.early.indexOf(jobId)
    if (at >= 0) {
      this.early.splice(at, 1)
      controller.abort()
    }
    this.running.set(jobId, controller)
    return { signal: controller.signal, done: () => this.running.delete(jobId) }
  }

  cancel(jobId: string): boolean {
    const running = this.running.get(jobId)
    if (running) {
      running.abort()
      return true
    }
    this.early.push(jobId)
    if (this.early.length > REMEMBERED) this.early.shift()
    return false
  }
}
