/** The batch page's filters and rows: pure, so the rules (who may be ticked, and why not) are unit tested. */
import { isLeaderRole, NO_LEADER_REASON, notLeaderWarning } from '../../domain/contract/signatory'
import type { Person, PipelineStatus, Tier } from '../../domain/organisation/types'
import type { BatchCandidate } from '../../db/repositories/contracts-repo'
import { pipelineStatusText, TIER_LABELS } from '../../domain/organisation/labels'

export type BatchFilter = { lunchId: string; status: PipelineStatus | ''; tier: Tier | '' }
export const NO_FILTER: BatchFilter = { lunchId: '', status: '', tier: '' }

/** The candidates the filters let through; `atLunch` holds the organisations at the filtered lunch. */
export function filterCandidates(candidates: readonly BatchCandidate[], filter: BatchFilter, atLunch: ReadonlySet<string> | null): BatchCandidate[] {
  return candidates.filter(
    ({ organisation }) =>
      (!filter.status || organisation.status === filter.status) &&
      (!filter.tier || organisation.tier === filter.tier) &&
      (!filter.lunchId || (atLunch?.has(organisation.id) ?? false)),
  )
}

/**
 * Where a row's organisation stands, said once: "Medlem", "Godkjent", "Partner", "Godkjent, partner".
 * A signed organisation is named by its tier (`pipelineStatusText`); before signing, the tier is
 * added only when it is partner, since the secretariat prints a different contract for partners.
 */
export function standingText(status: PipelineStatus, tier: Tier): string {
  const text = pipelineStatusText({ status, tier }, 'short')
  return tier === 'partner' && status !== 'medlem' ? `${text}, ${TIER_LABELS.partner.toLowerCase()}` : text
}

export type RowSigner = { person: Person | null; message: string | null; kind: 'reason' | 'warning' | null }

/** Who signs a row and what the row says about it: why it cannot be ticked, or the Lederforankring warning. */
export function rowSigner(candidate: BatchCandidate, chosenPersonId: string | undefined): RowSigner {
  const id = chosenPersonId ?? candidate.signatory?.id ?? ''
  const person = candidate.people.find((p) => p.id === id) ?? null
  if (!person) return { person: null, message: NO_LEADER_REASON, kind: 'reason' }
  if (!isLeaderRole(person.roles)) return { person, message: notLeaderWarning(person.name), kind: 'warning' }
  return { person, message: null, kind: null }
}

/** "Velg alle": every shown row that has someone to sign. */
export function selectAll(shown: readonly BatchCandidate[], chosen: ReadonlyMap<string, string>, selected: ReadonlySet<string>): Set<string> {
  const next = new Set(selected)
  for (const c of shown) if (rowSigner(c, chosen.get(c.organisation.id)).person) next.add(c.organisation.id)
  return next
}
