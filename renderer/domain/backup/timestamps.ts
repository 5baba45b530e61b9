/**
 * Dates and timestamps as an import accepts them. A date is a real calendar date (no 30 February,
 * no month 13, no year 0). A timestamp is an instant, stored in UTC as `toISOString()` writes it;
 * older files with a local offset (`+02:00`) are converted on read, so stored timestamps compare
 * correctly as text too. Comparisons in the planner still go through `instant`.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:Z|([+-])(\d{2}):(\d{2}))$/
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false
  const days = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number)
  return day <= days
}

/** `YYYY-MM-DD` naming a day that exists. */
export function isRealDate(value: unknown): boolean {
  if (typeof value !== 'string') return false
  const m = DATE.exec(value)
  return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))
}

/** The same instant as `toISOString()` writes it (UTC, milliseconds), or null when it is no real instant. */
export function toUtcTimestamp(value: string): string | null {
  const m = TIMESTAMP.exec(value)
  if (!m) return null
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number, number]
  if (!isCalendarDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null
  const offsetHours = Number(m[9] ?? 0)
  const offsetMinutes = Number(m[10] ?? 0)
  if (offsetHours > 23 || offsetMinutes > 59) return null
  const millis = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3))
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const at = new Date(0)
  at.setUTCFullYear(year, month - 1, day)
  at.setUTCHours(hour, minute, second, millis)
  const sign = m[8] === '-' ? -1 : 1
  const utc = new Date(at.getTime() - sign * (offsetHours * 60 + offsetMinutes) * 60_000)
  const year2 = utc.getUTCFullYear()
  // An offset can push the first or last day over the edge of the years a timestamp may name.
  return year2 >= 1 && year2 <= 9999 ? utc.toISOString() : null
}

/** A timestamp in UTC exactly as the app writes it. */
export function isUtcTimestamp(value: unknown): boolean {
  return typeof value === 'string' && toUtcTimestamp(value) === value
}

/** Cheap pre-check before the regular expression: most strings in a file are not timestamps. */
export function looksLikeTimestamp(value: string): boolean {
  return value.length >= 20 && value.length <= 35 && value.charCodeAt(10) === 84 /* T */ && value.charCodeAt(4) === 45 /* - */
}

/** Milliseconds since 1970 for comparing; a missing or unreadable stamp is older than every real one. */
export function instant(value: unknown): number {
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms
}
