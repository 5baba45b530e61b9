/** Scores a plan (made by hand or automatically) and lists the soft rules it leaves unmet. */
import { Board, type Collector } from './board'
import type { Assignment, PlanEvaluation, SeatGuest, SeatingRules, SeatTable } from './types'

export function guestIndexOf(guests: readonly SeatGuest[]): Map<string, number> {
  return new Map(guests.map((g, i) => [g.id, i]))
}

/** Full evaluation of the board's current placement. */
export function evaluateBoard(board: Board): PlanEvaluation {
  const c: Collector = { max: 0, unmet: [] }
  const score = board.totalScore(c)
  // Only as many tables can have a host as there are hosts: cap the rule's maximum there.
  const weight = board.rules.weights.hostsSpread
  if (weight > 0 && board.hostCount > 0) {
    const occupied = c.unmet.filter((u) => u.rule === 'hostsSpread').length + countHostedTables(board)
    const reachable = Math.min(board.hostCount, occupied)
    c.max -= (occupied - reachable) * weight
    if (countHostedTables(board) >= reachable) c.unmet = c.unmet.filter((u) => u.rule !== 'hostsSpread')
  }
  return { score, maxScore: c.max, unmet: c.unmet, violations: hardViolations(board) }
}

function countHostedTables(board: Board): number {
  let count = 0
  for (let t = 0; t < board.tables.length; t++) {
    const slots = board.tableSlots(t)
    const hosts = slots.filter((s) => board.guestHost[board.at[s]!]).length
    if (hosts > 0 && hosts < slots.length) count++
  }
  return count
}

function hardViolations(board: Board): string[] {
  const out: string[] = []
  board.guests.forEach((g, i) => {
    const slot = board.slotOf[i]!
    if (g.isCommissioner && slot >= 0 && board.slotTable[slot] !== 0) out.push(`${g.name} (byråden) skal sitte ved ${board.tables[0]?.name ?? 'bord 1'}.`)
  })
  return out
}

export function evaluatePlan(
  guests: readonly SeatGuest[],
  tables: readonly SeatTable[],
  rules: SeatingRules,
  assignment: Assignment,
): PlanEvaluation {
  const board = new Board(guests, tables, rules)
  board.loadAssignment(assignment, guestIndexOf(guests))
  return evaluateBoard(board)
}
