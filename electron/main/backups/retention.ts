/**
 * Which backups stay: the newest 14, the last of each of the last 30 days and the last of each of
 * the last 12 months (days and months as Oslo's calendar has them). Automatic backups (daily, on
 * close) and deliberate ones (manual, before import, before upgrade) are chosen apart, so a run of
 * restarts never pushes out the copy someone made on purpose.
 */
import type { BackupReason } from '../../shared/channels/backup'

export const KEEP_NEWEST = 14
export const KEEP_DAYS = 30
export const KEEP_MONTHS = 12

export type Candidate = { name: string; at: string; reason: BackupReason }

const AUTOMATIC: ReadonlySet<BackupReason> = new Set(['daily', 'close'])

const osloDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' })

// Oslo's offset from UTC is whole hours, so one answer serves a whole UTC hour; rotation asks often.
const dayOfHour = new Map<number, string>()

/** `YYYY-MM-DD` of an instant in Oslo. */
export function dayInOslo(at: Date): string {
  const hour = Math.floor(at.getTime() / 3_600_000)
  let day = dayOfHour.get(hour)
  if (day === undefined) {
    const parts = osloDay.formatToParts(at)
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
    day = `${part('year')}-${part('month')}-${part('day')}`
    if (dayOfHour.size > 50_000) dayOfHour.clear()
    dayOfHour.set(hour, day)
  }
  return day
}

/** The calendar keys of today and the days (or months) before it, `count` in all. */
function lastKeys(now: Date, count: number, unit: 'day' | 'month'): Set<string> {
  const [year = 0, month = 1, day = 1] = dayInOslo(now).split('-').map(Number)
  const keys = new Set<string>()
  for (let i = 0; i < count; i++) {
    const date = unit === 'day' ? new Date(Date.UTC(year, month - 1, day - i)) : new Date(Date.UTC(year, month - 1 - i, 1))
    keys.add(date.toISOString().slice(0, unit === 'day' ? 10 : 7))
  }
  return keys
}

const newestFirst = (a: Candidate, b: Candidate) => Date.parse(b.at) - Date.parse(a.at) || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0)

function keptOfGroup(group: Candidate[], days: Set<string>, months: Set<string>): string[] {
  const sorted = group.toSorted(newestFirst)
  const kept = sorted.slice(0, KEEP_NEWEST).map((b) => b.name)
  const seenDays = new Set<string>()
  const seenMonths = new Set<string>()
  for (const backup of sorted) {
    const day = dayInOslo(new Date(backup.at))
    const month = day.slice(0, 7)
    if (days.has(day) && !seenDays.has(day)) {
      seenDays.add(day)
      kept.push(backup.name)
    }
    if (months.has(month) && !seenMonths.has(month)) {
      seenMonths.add(month)
      kept.push(backup.name)
    }
  }
  return kept
}

/** The names to keep out of one laptop's verified backups in one folder; the rest may be deleted. */
export function chooseKept(backups: readonly Candidate[], now: Date): Set<string> {
  const days = lastKeys(now, KEEP_DAYS, 'day')
  const months = lastKeys(now, KEEP_MONTHS, 'month')
  const automatic = backups.filter((b) => AUTOMATIC.has(b.reason))
  const deliberate = backups.filter((b) => !AUTOMATIC.has(b.reason))
  return new Set([...keptOfGroup(automatic, days, months), ...keptOfGroup(deliberate, days, months)])
}
