import { defaultRules, type RuleKey, type SeatGuest, type SeatingRules, type SeatTable } from '../../../../../renderer/domain/seating'

export const guest = (id: string, organisationId: string, sector: string): SeatGuest => ({
  id,
  name: id,
  organisationId,
  sector,
  isHost: false,
  isCommissioner: false,
})
export const host = (id: string, isCommissioner = false): SeatGuest => ({ id, name: id, organisationId: '', sector: '', isHost: true, isCommissioner })
export const round = (id: string, seats: number): SeatTable => ({ id, name: `Bord ${id}`, shape: 'round', seats })
export const rect = (id: string, seats: number): SeatTable => ({ id, name: `Bord ${id}`, shape: 'rect', seats })

/** Only the named rule switched on. */
export function only(rule: RuleKey, weight = 1, mode: SeatingRules['organisationMode'] = 'together'): SeatingRules {
  const rules = defaultRules()
  for (const key of Object.keys(rules.weights) as RuleKey[]) rules.weights[key] = key === rule ? weight : 0
  rules.organisationMode = mode
  return rules
}

export const tableOf = (assignment: Record<string, string>, guestId: string): string | undefined =>
  Object.entries(assignment).find(([, g]) => g === guestId)?.[0].split(':')[0]
