/** The plain floor: guests dealt round the tables in order, no rules considered. */
import type { Assignment, SeatGuest, SeatTable } from './types'
import { seatKey } from './types'

export function roundRobinSeat(guests: readonly SeatGuest[], tables: readonly SeatTable[]): Assignment {
  const out: Assignment = {}
  const next = tables.map(() => 0)
  let t = 0
  for (const guest of guests) {
    let tries = 0
    while (tries < tables.length && next[t % tables.length]! >= tables[t % tables.length]!.seats) {
      t++
      tries++
    }
    if (tries === tables.length) break
    const i = t % tables.length
    out[seatKey(tables[i]!.id, next[i]!)] = guest.id
    next[i]!++
    t++
  }
  return out
}
