/**
 * Automatic seating: fills the unlocked seats so that the weighted soft rules are met as far as
 * it can, never breaking a hard rule (one guest per seat, locked seats kept, the commissioner at
 * the first table). Greedy start plus swap hill-climbing from a few seeded starts: deterministic,
 * not exhaustive.
 */
import { Board } from './board'
import { evaluateBoard, guestIndexOf } from './evaluate'
import type { Assignment, AutoSeatResult, SeatGuest, SeatingRules, SeatKey, SeatTable } from './types'
import { mulberry32 } from '../../lib/prng'

export type AutoSeatOptions = {
  /** Seats whose current guest stays put (or that stay empty). */
  locked?: readonly SeatKey[]
  /** The plan as it stands; only its locked seats are kept. */
  current?: Assignment
}

export function autoSeat(
  guests: readonly SeatGuest[],
  tables: readonly SeatTable[],
  rules: SeatingRules,
  options: AutoSeatOptions = {},
): AutoSeatResult {
  const board = new Board(guests, tables, rules)
  const index = guestIndexOf(guests)
  const lockedSlots = new Set<number>()
  const lockedKeys = new Set(options.locked ?? [])
  for (let slot = 0; slot < board.slotCount; slot++) {
    const key = board.key(slot)
    if (!lockedKeys.has(key)) continue
    lockedSlots.add(slot)
    const g = index.get(options.current?.[key] ?? '')
    if (g !== undefined && board.slotOf[g] === -1) board.place(g, slot)
  }
  const impossible: string[] = []
  const free: number[] = []
  for (let slot = 0; slot < board.slotCount; slot++) if (!lockedSlots.has(slot)) free.push(slot)

  // Who still needs a seat: the commissioner first, hosts next, then guests in input order.
  const waiting = guests
    .map((_, i) => i)
    .filter((i) => board.slotOf[i] === -1)
    .sort((a, b) => rank(guests[a]!) - rank(guests[b]!))
  const commissioner = waiting.find((i) => guests[i]!.isCommissioner)
  const firstTableFree = free.filter((s) => board.slotTable[s] === 0)
  let commissionerSlot = -1
  if (commissioner !== undefined) {
    if (tables.length === 0 || firstTableFree.length === 0) {
      impossible.push(`Ingen ledig plass ved ${tables[0]?.name ?? 'bord 1'} til byråden.`)
    } else commissionerSlot = firstTableFree[0]!
  }
  const others = waiting.filter((i) => i !== commissioner)
  const movable = free.filter((s) => s !== commissionerSlot)
  const seatable = others.slice(0, movable.length)
  const unseated = others.slice(movable.length)
  if (commissioner !== undefined && commissionerSlot < 0) unseated.unshift(commissioner)
  if (unseated.length > 0)
    impossible.push(`${unseated.length} ${unseated.length === 1 ? 'person får' : 'personer får'} ikke plass: det er ${free.length} ledige plasser til ${waiting.length} personer.`)
  if (commissionerSlot >= 0) board.place(commissioner!, commissionerSlot)

  const commissionerIndex = commissioner ?? -1
  const canSwap = (a: number, b: number): boolean => {
    if (commissionerIndex < 0 || board.slotOf[commissionerIndex] === -1) return true
    const ga = board.at[a]
    const gb = board.at[b]
    if (ga === commissionerIndex) return board.slotTable[b] === 0
    if (gb === commissionerIndex) return board.slotTable[a] === 0
    return true
  }
  const searchSlots = commissionerSlot >= 0 ? [commissionerSlot, ...movable] : movable

  const restarts = Math.max(1, Math.min(40, Math.ceil(60_000 / Math.max(1, searchSlots.length ** 2))))
  const random = mulberry32(0x5eed)
  let best: Int32Array | null = null
  let bestScore = -Infinity
  for (let round = 0; round < restarts; round++) {
    // The commissioner may have moved within table 1 during the last climb: clear and re-seat.
    for (const s of searchSlots) {
      const g = board.at[s]!
      if (g >= 0) board.slotOf[g] = -1
      board.at[s] = -1
    }
    if (commissionerSlot >= 0) board.place(commissioner!, commissionerSlot)
    const order = round === 0 ? startingOrder(board, seatable, movable) : shuffled(movable, random)
    seatable.forEach((g, i) => board.place(g, order[i]!))
    const score = climb(board, searchSlots, canSwap)
    if (score > bestScore) {
      bestScore = score
      best = board.at.slice()
    }
  }
  if (best) {
    board.at.set(best)
    board.slotOf.fill(-1)
    best.forEach((g, s) => {
      if (g >= 0) board.slotOf[g] = s
    })
  }
  return {
    ...evaluateBoard(board),
    assignment: board.toAssignment(),
    unseated: unseated.map((i) => guests[i]!.id),
    impossible,
  }
}

function rank(g: SeatGuest): number {
  return g.isCommissioner ? 0 : g.isHost ? 1 : 2
}

/** First start: hosts spread one per table, then guests dealt round the tables. */
function startingOrder(board: Board, seatable: number[], movable: number[]): number[] {
  const byTable = new Map<number, number[]>()
  for (const s of movable) {
    const t = board.slotTable[s]!
    const list = byTable.get(t) ?? []
    list.push(s)
    byTable.set(t, list)
  }
  const queues = [...byTable.values()]
  const out: number[] = []
  let t = 0
  while (out.length < seatable.length && queues.some((q) => q.length > 0)) {
    const q = queues[t % queues.length]!
    if (q.length > 0) out.push(q.shift()!)
    t++
  }
  return out
}

function shuffled(items: number[], random: () => number): number[] {
  const out = items.slice()
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

/** Local score around two slots: their tables and their guests' organisations. */
function localScore(board: Board, a: number, b: number): number {
  const ta = board.slotTable[a]!
  const tb = board.slotTable[b]!
  let score = board.tableScore(ta) + (tb !== ta ? board.tableScore(tb) : 0)
  const ga = board.at[a]!
  const gb = board.at[b]!
  const oa = ga >= 0 ? board.guestOrg[ga]! : -1
  const ob = gb >= 0 ? board.guestOrg[gb]! : -1
  if (oa >= 0) score += board.orgScore(oa)
  if (ob >= 0 && ob !== oa) score += board.orgScore(ob)
  return score
}

/** Swap hill-climbing, first improvement, until no swap helps; returns the total score. */
function climb(board: Board, slots: number[], canSwap: (a: number, b: number) => boolean): number {
  let improved = true
  let passes = 0
  while (improved && passes < 50) {
    improved = false
    passes++
    for (let i = 0; i < slots.length; i++) {
      for (let j = i + 1; j < slots.length; j++) {
        const a = slots[i]!
        const b = slots[j]!
        if (board.at[a]! < 0 && board.at[b]! < 0) continue
        if (!canSwap(a, b)) continue
        const before = localScore(board, a, b)
        board.swap(a, b)
        if (localScore(board, a, b) > before) improved = true
        else board.swap(a, b)
      }
    }
  }
  return board.totalScore()
}
