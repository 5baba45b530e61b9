/** Pure changes to a seating plan; each returns a new plan or a Norwegian refusal. */
import type { LunchTable, SeatingPlanData } from '../../../db/models'
import { parseSeatKey } from '../../../domain/seating/types'

export type PlanChange = { ok: true; plan: SeatingPlanData; summary: string } | { ok: false; message: string }

export const seatOfGuest = (plan: SeatingPlanData, guestId: string): string | undefined =>
  Object.entries(plan.assignment).find(([, g]) => g === guestId)?.[0]

export function seatLabel(plan: SeatingPlanData, key: string): string {
  const { tableId, seat } = parseSeatKey(key)
  const table = plan.tables.find((t) => t.id === tableId)
  return `${table?.name ?? 'Bord'}, plass ${seat + 1}`
}

/** Puts a guest on a seat; a guest already there swaps to the mover's old seat (or is unseated). */
export function moveGuest(plan: SeatingPlanData, guestId: string, to: string): PlanChange {
  const from = seatOfGuest(plan, guestId)
  if (from === to) return { ok: false, message: 'Gjesten sitter allerede der.' }
  if (plan.locked.includes(to)) return { ok: false, message: `${seatLabel(plan, to)} er låst.` }
  if (from && plan.locked.includes(from)) return { ok: false, message: `${seatLabel(plan, from)} er låst. Lås opp plassen først.` }
  const assignment = { ...plan.assignment }
  const other = assignment[to]
  delete assignment[from ?? '']
  assignment[to] = guestId
  if (other && from) assignment[from] = other
  const summary = other ? (from ? 'Byttet plass' : 'Plassert, og den som satt der ble flyttet til ikke plassert') : 'Plassert'
  return { ok: true, plan: { ...plan, assignment }, summary }
}

export function unseatGuest(plan: SeatingPlanData, guestId: string): PlanChange {
  const from = seatOfGuest(plan, guestId)
  if (!from) return { ok: false, message: 'Gjesten har ingen plass.' }
  if (plan.locked.includes(from)) return { ok: false, message: `${seatLabel(plan, from)} er låst.` }
  const assignment = { ...plan.assignment }
  delete assignment[from]
  return { ok: true, plan: { ...plan, assignment }, summary: 'Flyttet til ikke plassert' }
}

export function toggleLock(plan: SeatingPlanData, key: string): PlanChange {
  const locked = plan.locked.includes(key) ? plan.locked.filter((k) => k !== key) : [...plan.locked, key]
  return { ok: true, plan: { ...plan, locked }, summary: locked.length > plan.locked.length ? 'Plass låst' : 'Plass låst opp' }
}

export function addTable(plan: SeatingPlanData, table: Omit<LunchTable, 'id'>, id: string): PlanChange {
  return { ok: true, plan: { ...plan, tables: [...plan.tables, { ...table, id }] }, summary: `${table.name} lagt til` }
}

/** Removes a table; its guests become unseated and its locks go. */
export function removeTable(plan: SeatingPlanData, tableId: string): PlanChange {
  const keep = (key: string) => parseSeatKey(key).tableId !== tableId
  return {
    ok: true,
    plan: {
      ...plan,
      tables: plan.tables.filter((t) => t.id !== tableId),
      assignment: Object.fromEntries(Object.entries(plan.assignment).filter(([k]) => keep(k))),
      locked: plan.locked.filter(keep),
    },
    summary: 'Bord fjernet',
  }
}

/** Changes a table's seat count; guests on seats that disappear become unseated. */
export function resizeTable(plan: SeatingPlanData, tableId: string, seats: number): PlanChange {
  const keep = (key: string) => {
    const p = parseSeatKey(key)
    return p.tableId !== tableId || p.seat < seats
  }
  return {
    ok: true,
    plan: {
      ...plan,
      tables: plan.tables.map((t) => (t.id === tableId ? { ...t, seats } : t)),
      assignment: Object.fromEntries(Object.entries(plan.assignment).filter(([k]) => keep(k))),
      locked: plan.locked.filter(keep),
    },
    summary: 'Antall plasser endret',
  }
}
