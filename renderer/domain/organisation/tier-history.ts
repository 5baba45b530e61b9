/**
 * The organisation's tier through time. Each change of tier is kept with its date, so the partner
 * track (fees, Klimapartnere reporting) can tell when an organisation became or stopped being a partner.
 */
import type { DateOnly } from '../record'
import { TIER_LABELS } from './labels'
import type { Tier } from './types'

export type TierChange = { date: DateOnly; from: Tier; to: Tier }

/** The history with a change appended when the tier differs; unchanged otherwise. */
export function withTierChange(history: readonly TierChange[] | undefined, from: Tier, to: Tier, date: DateOnly): TierChange[] {
  const kept = [...(history ?? [])]
  if (from === to) return kept
  return [...kept, { date, from, to }].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

/** The tier on a date: before the first recorded change, the tier it changed from. */
export function tierOn(current: Tier, history: readonly TierChange[] | undefined, date: DateOnly): Tier {
  const changes = history ?? []
  if (changes.length === 0) return current
  const last = changes.filter((c) => c.date <= date).at(-1)
  return last ? last.to : changes[0]!.from
}

/** "Medlem → Partner". */
export const tierChangeText = (change: TierChange): string => `${TIER_LABELS[change.from]} → ${TIER_LABELS[change.to]}`
