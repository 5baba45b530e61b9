/** Shapes of the seating core: plain data, no database, no React. */
export type TableShape = 'round' | 'rect'

export type SeatTable = { id: string; name: string; shape: TableShape; seats: number }

/** Anyone who takes a seat: an organisation's guest or a host. */
export type SeatGuest = {
  id: string
  name: string
  /** Empty for hosts. */
  organisationId: string
  /** Empty for hosts and for guests whose sector is unknown. */
  sector: string
  isHost: boolean
  isCommissioner: boolean
  /** A guest's person (guests are matched across lunches by person). */
  personId?: string
  /** A host's: the people they sat at a table with at earlier lunches (hosts matched by folded name). */
  metPersonIds?: readonly string[]
}

/** `tableId:seatIndex`, seat indices from 0. */
export type SeatKey = string
/** Seat → guest id; a seat missing from the map is empty. */
export type Assignment = Record<SeatKey, string>

export type RuleKey = 'hostsSpread' | 'organisationGrouping' | 'sectorsMixed' | 'sectorsNotAdjacent' | 'colleaguesAdjacent' | 'hostsMeetNew'
export type OrganisationMode = 'together' | 'apart'

/** Soft rules: a weight of 0 switches a rule off. */
export type SeatingRules = {
  weights: Record<RuleKey, number>
  organisationMode: OrganisationMode
}

export const RULE_KEYS: readonly RuleKey[] = ['hostsSpread', 'organisationGrouping', 'sectorsMixed', 'sectorsNotAdjacent', 'colleaguesAdjacent', 'hostsMeetNew']

export const defaultRules = (): SeatingRules => ({
  weights: { hostsSpread: 3, organisationGrouping: 2, sectorsMixed: 2, sectorsNotAdjacent: 1, colleaguesAdjacent: 1, hostsMeetNew: 2 },
  organisationMode: 'together',
})

/** A soft rule not met, with the seats it concerns. */
export type UnmetRule = { rule: RuleKey; seats: SeatKey[]; message: string }

export type PlanEvaluation = {
  score: number
  /** The score if every instance of every switched-on rule were met. */
  maxScore: number
  unmet: UnmetRule[]
  /** Hard rules broken by the plan as it stands (hand-made plans can break them). */
  violations: string[]
}

export type AutoSeatResult = PlanEvaluation & {
  assignment: Assignment
  /** Guests who found no seat. */
  unseated: string[]
  /** Why the input cannot be seated completely, in Norwegian; empty when it can. */
  impossible: string[]
}

/**
 * Rules stored before a rule existed get its default weight, so an older plan reads the same way
 * everywhere (the panel, the score, the search).
 */
export function withRuleDefaults(rules: { weights: Partial<Record<RuleKey, number>>; organisationMode: OrganisationMode }): SeatingRules {
  return { ...rules, weights: { ...defaultRules().weights, ...rules.weights } }
}

export const seatKey = (tableId: string, seat: number): SeatKey => `${tableId}:${seat}`

export function parseSeatKey(key: SeatKey): { tableId: string; seat: number } {
  const at = key.lastIndexOf(':')
  return { tableId: key.slice(0, at), seat: Number(key.slice(at + 1)) }
}

/**
 * Seats next to `seat`. Round tables: the ring. Rectangular tables: seats 0..⌈n/2⌉-1 along one
 * long side, the rest along the other, neighbours along the same side (as the floor plan draws).
 */
export function neighbourSeats(table: SeatTable, seat: number): number[] {
  const n = table.seats
  if (n < 2) return []
  if (table.shape === 'round') {
    if (n === 2) return [1 - seat]
    return [(seat - 1 + n) % n, (seat + 1) % n]
  }
  const top = Math.ceil(n / 2)
  const [from, to] = seat < top ? [0, top - 1] : [top, n - 1]
  return [seat - 1, seat + 1].filter((s) => s >= from && s <= to)
}
