/** Norwegian date formats: 28.11.2026, and "3. juni 2027" in words. */
const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember']

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/

export function isDateOnly(value: string): boolean {
  const m = DATE_ONLY.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

/** `2026-11-28` → `28.11.2026`; empty for null. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return ''
  const m = DATE_ONLY.exec(value.slice(0, 10))
  return m ? `${m[3]}.${m[2]}.${m[1]}` : ''
}

/** `28.11.2026` (also 28.11.26? no: four-digit years only) → `2026-11-28`, or null when invalid. */
export function parseNorwegianDate(value: string): string | null {
  const m = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(value)
  if (!m) return null
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`
  return isDateOnly(iso) ? iso : null
}

/** `2027-06-03` → `3. juni 2027`. */
export function formatDateInWords(value: string): string {
  const m = DATE_ONLY.exec(value)
  if (!m) return ''
  return `${Number(m[3])}. ${MONTHS[Number(m[2]) - 1]} ${m[1]}`
}

/**
 * Formatters with a time zone are slow to make (the zone's rules load each time), so each is made
 * once, at its first use, and kept (issue 17: the first screen called todayInOslo while starting).
 */
const once = (options: Intl.DateTimeFormatOptions, locale: string) => {
  let made: Intl.DateTimeFormat | undefined
  return () => (made ??= new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Oslo', ...options }))
}
const isoDayFormat = once({}, 'sv-SE')
const dayFormat = once({ day: '2-digit', month: '2-digit', year: 'numeric' }, 'nb-NO')
const timeFormat = once({ hour: '2-digit', minute: '2-digit' }, 'nb-NO')

/** Today in Oslo as `YYYY-MM-DD`. */
export function todayInOslo(now: Date = new Date()): string {
  return isoDayFormat().format(now)
}

/** A timestamp as "28.11.2026 kl. 14.05" in Oslo time. */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso)
  return `${dayFormat().format(d)} kl. ${timeFormat().format(d).replace(':', '.')}`
}
