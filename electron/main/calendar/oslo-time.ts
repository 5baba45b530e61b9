/**
 * Oslo wall-clock time to an instant, independent of the computer's own time zone. Meetings are
 * agreed in Oslo time; a calendar file carries UTC, so summer and winter time must come out right.
 */
const OSLO = 'Europe/Oslo'
const HOUR = 3_600_000
const DAY = 24 * HOUR

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: OSLO,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
})

/** Oslo's wall clock at an instant, read as if it were UTC (milliseconds). */
function wallClockAt(instant: number): number {
  const p = Object.fromEntries(parts.formatToParts(new Date(instant)).map((x) => [x.type, Number(x.value)]))
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!)
}

const offsetAt = (instant: number): number => wallClockAt(instant) - instant

/**
 * `2027-06-10`, `11:30` → 09:30 UTC. A time that happens twice (the autumn hour) is the first;
 * a time that never happens (the spring hour) moves forward by the gap, as calendars do.
 */
export function osloToUtc(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const [hh, mm] = time.split(':').map(Number) as [number, number]
  const wall = Date.UTC(y, m - 1, d, hh, mm)
  // The offsets in force a day either side cover every transition Oslo has (at most one a day).
  const before = offsetAt(wall - DAY)
  const after = offsetAt(wall + DAY)
  const candidates = [...new Set([before, after])].map((offset) => wall - offset).filter((t) => wallClockAt(t) === wall)
  if (candidates.length > 0) return new Date(Math.min(...candidates))
  return new Date(wall - before)
}
