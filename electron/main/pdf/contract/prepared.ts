/**
 * Contract models the batch page sent ahead of its click (`prepareContracts`), held for that click.
 * One preparation at a time, the latest (main serves one app window): a new one replaces it, so memory
 * stays bounded by one batch. It expires after a while unused, and its memory goes with it.
 */
import { randomUUID } from 'node:crypto'
import type { ContractModel } from '../../../shared/channels/contracts'

/** Long enough for a person to look over the choice before clicking; the page re-sends after a change anyway. */
export const PREPARED_CONTRACTS_TTL_MS = 10 * 60_000

type Held = { token: string; contracts: ContractModel[]; expires: ReturnType<typeof setTimeout> }

export class PreparedContracts {
  private held: Held | null = null

  constructor(
    private readonly ttlMs = PREPARED_CONTRACTS_TTL_MS,
    private readonly newToken: () => string = randomUUID,
  ) {}

  /** Holds these models (and forgets any held before); returns the token that names them. */
  prepare(contracts: ContractModel[]): string {
    this.clear()
    const held: Held = { token: this.newToken(), contracts, expires: setTimeout(() => this.held === held && this.clear(), this.ttlMs) }
    // A held batch never keeps the process (or a test run) alive.
    held.expires.unref?.()
    this.held = held
    return held.token
  }

  /** The models of this token; null once replaced, expired or never made. Several clicks may use one preparation. */
  models(token: string): ContractModel[] | null {
    return this.held?.token === token ? this.held.contracts : null
  }

  clear(): void {
    if (this.held) clearTimeout(this.held.expires)
    this.held = null
  }
}
