/**
 * Membership periods from the dated status events: a period starts when an organisation becomes
 * medlem and ends when it is utmeldt. Rejoining starts a new period. The current status is the
 * latest event.
 */
import type { PipelineStatus, StatusEvent } from './types'
import type { DateOnly } from '../record'

export type Period = { from: DateOnly; to: DateOnly | null }
type EventLike = Pick<StatusEvent, 'status' | 'date'> & { createdAt?: string }

/** Pipeline order: the last resort for two events of one day recorded in the same millisecond. */
const STEP: Record<PipelineStatus, number> = { soker: 0, godkjent: 1, invitert: 2, medlem: 3, utmeldt: 4, avslatt: 4 }

/** Events in the order they happened; same-day events keep the order they were recorded in. */
export function sortEvents<T extends EventLike>(events: readonly T[]): T[] {
  return [...events].sort(
    (a, b) => a.date.localeCompare(b.date) || (a.createdAt ?? '').localeCompare(b.createdAt ?? '') || STEP[a.status] - STEP[b.status],
  )
}

export function currentStatus(events: readonly EventLike[]): PipelineStatus | null {
  return sortEvents(events).at(-1)?.status ?? null
}

export function membershipPeriods(events: readonly EventLike[]): Period[] {
  const periods: Period[] = []
  let open: Period | null = null
  for (const event of sortEvents(events)) {
    if (event.status === 'medlem' && !open) {
      open = { from: event.date, to: null }
      periods.push(open)
    } else if ((event.status === 'utmeldt' || event.status === 'avslatt') && open) {
      open.to = event.date
      open = null
    }
  }
  return periods
}

/** True when some period overlaps [from, to] (inclusive, `YYYY-MM-DD`). */
export function isMemberDuring(periods: readonly Period[], from: DateOnly, to: DateOnly): boolean {
  return periods.some((p) => p.from <= to && (p.to === null || p.to >= from))
}

/** Member at some point in the calendar year: joined before its end, not left before its start. */
export function isMemberInYear(periods: readonly Period[], year: number): boolean {
  return isMemberDuring(periods, `${year}-01-01`, `${year}-12-31`)
}

/** The date the organisation (last) became a member, if it is one now. */
export function joinedDate(periods: readonly Period[]): DateOnly | null {
  const last = periods.at(-1)
  return last && last.to === null ? last.from : null
}
