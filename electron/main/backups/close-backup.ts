/**
 * The last backup when the app closes: main asks the page (an event), waits for its answer with a
 * time limit, and records a failure so the next start reports it. Plain Node: Electron's shell
 * only calls `run` from its close handler.
 */
export type CloseOutcome = 'ok' | 'failed' | 'timeout'
type Answer = { ok: boolean; message?: string | undefined }

export class CloseBackup {
  private pending: ((answer: Answer) => void) | null = null

  constructor(
    private readonly ask: () => void,
    private readonly recordFailure: (message: string) => Promise<void>,
    private readonly timeoutMs = 20_000,
  ) {}

  /** Resolves once the page answered or the time ran out; never rejects. */
  async run(): Promise<CloseOutcome> {
    let settle: (answer: Answer | null) => void = () => {}
    const answer = new Promise<Answer | null>((resolve) => {
      settle = resolve
      this.pending = resolve
      setTimeout(() => resolve(null), this.timeoutMs)
    })
    try {
      this.ask()
    } catch {
      settle({ ok: false, message: 'siden svarte ikke' })
    }
    const result = await answer
    this.pending = null
    if (result?.ok) return 'ok'
    const seconds = Math.ceil(this.timeoutMs / 1000)
    const message = result ? (result.message ?? 'ukjent feil') : `ingen svar innen ${seconds} ${seconds === 1 ? 'sekund' : 'sekunder'}`
    await this.recordFailure(message).catch(() => {})
    return result ? 'failed' : 'timeout'
  }

  /** The page's answer; false when nobody asked. */
  answer(ok: boolean, message?: string): boolean {
    if (!this.pending) return false
    this.pending({ ok, message })
    return true
  }
}
