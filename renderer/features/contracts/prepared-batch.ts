/**
 * The batch page builds the contract models (and what recording them reads) ahead, while the person
 * chooses, so "Lag klimakontrakter" only has to send them: the click no longer waits for the reads
 * and the checks, and nothing reads the database while main renders.
 *
 * A build is kept with the requests it was made for and the stamp of the inputs taken before its
 * reads (`contractInputsStamp`). It is used only when both still match at the click; any committed
 * change to organisations, people, templates or logos, or other requests, means a fresh build.
 * After such a change the page's current choice is built again in idle time.
 *
 * A finished build is also sent to main ahead (`prepareContracts`), which answers with a token: the
 * click then sends the token instead of 130 models, so neither the bridge nor main's checks of them
 * are in the wait. The token comes with the build it was made for, so a build that no longer counts
 * takes its token with it; main holds only the latest preparation, and the click sends the models
 * when main no longer holds them (contract-job.ts).
 */
import { contractInputsStamp, watchContractInputs } from '../../db/repositories/contract-inputs'
import { buildContractModels, readsForRecord, type ContractRequest, type RecordReads, type TemplateInUse } from '../../db/repositories/contracts-repo'
import type { ContractModel } from '../../../electron/shared/channels/contracts'
import { desktop, hasDesktop } from '../../lib/desktop'
import type { Outcome } from '../../lib/result'

/**
 * `token`: main holds these very models under it (prepared ahead), once it has answered;
 * `tokenComing`: main's answer while the models are on their way to it (undefined if it refused).
 */
export type BuiltBatch = { models: ContractModel[]; templates: TemplateInUse[]; reads: RecordReads; token?: string; tokenComing?: Promise<string | undefined> }

type Entry = { key: string; stamp: string; built: Promise<Outcome<BuiltBatch> | null>; settled?: Outcome<BuiltBatch> | null }

/** How long the choice must rest before it is built (ticking 130 boxes builds once, not 130 times). */
export const PREPARE_DELAY_MS = 150

const keyOf = (requests: ContractRequest[]) => JSON.stringify(requests)

/** Builds from the database now: the models and the reads, together. */
export async function buildBatch(requests: ContractRequest[]): Promise<Outcome<BuiltBatch>> {
  const [building, reads] = await Promise.all([buildContractModels(requests), readsForRecord(requests)])
  return building.ok ? { ok: true, data: { ...building.data, reads } } : building
}

export class BatchPreparer {
  private entry: Entry | null = null
  private wanted: { key: string; requests: ContractRequest[] } | null = null
  private timer: ReturnType<typeof setTimeout> | undefined

  constructor(private readonly delayMs = PREPARE_DELAY_MS) {}

  /**
   * While the page shows the form: a change to the inputs makes the kept build useless, so the
   * current choice is built again. Returns the stop (the kept build and the choice go with it).
   */
  start(): () => void {
    const stopWatching = watchContractInputs(() => {
      if (this.wanted) this.schedule()
    })
    return () => {
      stopWatching()
      clearTimeout(this.timer)
      this.wanted = null
      this.entry = null
    }
  }

  /** The person's choice now; built after it rests (an empty choice builds nothing). */
  choose(requests: ContractRequest[]): void {
    if (requests.length === 0) {
      this.wanted = null
      clearTimeout(this.timer)
      return
    }
    const key = keyOf(requests)
    if (this.wanted?.key === key) return
    this.wanted = { key, requests }
    // Built for this choice already, from the data as it is: nothing to do.
    if (this.entry?.key === key && this.entry.stamp === contractInputsStamp()) return
    this.schedule()
  }

  /**
   * The finished build for these requests, at once (no await): the click then sends it in its own
   * task, before React re-renders the form. Undefined while none has finished; null as in `take`.
   */
  ready(requests: ContractRequest[]): Outcome<BuiltBatch> | null | undefined {
    const entry = this.entry
    if (!entry || entry.settled === undefined) return undefined
    return entry.stamp === contractInputsStamp() && entry.key === keyOf(requests) ? entry.settled : null
  }

  /**
   * The build for exactly these requests from the data as it is now, or null when there is none
   * (never built, other requests, or the data changed since its reads began). A build still running
   * is waited for; a build that failed counts as none.
   */
  async take(requests: ContractRequest[]): Promise<Outcome<BuiltBatch> | null> {
    const entry = this.entry
    if (!entry || entry.stamp !== contractInputsStamp() || entry.key !== keyOf(requests)) return null
    const built = await entry.built
    // The data may have changed while the build ran: then it is not used either.
    return entry.stamp === contractInputsStamp() ? built : null
  }

  /**
   * The click's build when none was ready: the one under way for these requests, or one started now
   * (the choice's rest is not waited for). Like any build it goes to main ahead, so the models cross
   * to main once, and are checked there once, even when the timer would have built them meanwhile.
   */
  async now(requests: ContractRequest[]): Promise<Outcome<BuiltBatch> | null> {
    const key = keyOf(requests)
    if (this.entry?.key !== key || this.entry.stamp !== contractInputsStamp()) {
      if (this.wanted?.key === key) clearTimeout(this.timer)
      this.begin(key, requests)
    }
    return this.take(requests)
  }

  private schedule(): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => this.prepare(), this.delayMs)
  }

  private prepare(): void {
    const wanted = this.wanted
    if (!wanted) return
    if (this.entry?.key === wanted.key && this.entry.stamp === contractInputsStamp()) return
    this.begin(wanted.key, wanted.requests)
  }

  private begin(key: string, requests: ContractRequest[]): void {
    const entry: Entry = { key, stamp: contractInputsStamp(), built: buildBatch(requests).catch(() => null) }
    void entry.built.then((settled) => {
      entry.settled = settled
      if (settled?.ok) this.sendAhead(entry, settled.data)
    })
    this.entry = entry
  }

  /** Main holds the models of the current build, so the click can name them by token. */
  private sendAhead(entry: Entry, built: BuiltBatch): void {
    if (this.entry !== entry || !hasDesktop()) return
    // The build carries its token: whoever holds this build may name its models by it.
    built.tokenComing = desktop()
      .prepareContracts({ contracts: built.models })
      .then((answer) => (built.token = answer.ok ? answer.data.token : undefined))
      .catch(() => undefined)
  }
}
