/**
 * Which backups stay: the newest 14, the last of each of the last 30 days and the last of each of
 * the last 12 months (days and months as Oslo's calendar has them). Automatic backups (daily, on
 * close) and deliberate ones (manual, before import, before upgrade) are chosen apart, so a run of
 * restarts never pushes out the copy someone made on purpose, nor the other way round.
 */
import type { BackupReason } from '../../shared/channels/backup'

export const KEEP_NEWEST = 14
export const KEEP_DAYS = 30
export const KEEP_MONTHS = 12

export type Candidate = { name: string; at: string; reason: BackupReason }

const AUTOMATIC: ReadonlySet<BackupReason> = new Set(['daily', 'close'])

// Oslo's offset from UTC is whole hours, so one answer serves a whole UTC hour; rotation asks often.
const dayOfHour = new Map<number, string>()

/** `YYYY-MM-DD` of an instant in Oslo, whatever time zone the laptop is set to. */
export function dayInOslo(at: Date): string {
  const hour = Math.floor(at.getTime() / 3_600_000)
  let day = dayOfHour.get(hour)
  if (day === undefined) {
    day = at.toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' })
    dayOfHour.set(hour, day)
  }
  return day
}

/** Today and the days before it in Oslo, `count` in all, as `YYYY-MM-DD`. */
function lastDays(now: Date, count: number): Set<string> {
  const [year = 0, month = 1, day = 1] = dayInOslo(now).split('-').map(Number)
  return new Set(Array.from({ length: count }, (_, i) => new Date(Date.UTC(year, month - 1, day - i)).toISOString().slice(0, 10)))
}

/** This month and the months before it in Oslo, `count` in all, as `YYYY-MM`. */
function lastMonths(now: Date, count: number): Set<string> {
  const [year = 0, month = 1] = dayInOslo(now).split('-').map(Number)
  return new Set(Array.from({ length: count }, (_, i) => new Date(Date.UTC(year, month - 1 - i, 1)).toISOString().slice(0, 7)))
}

// Names in one folder are unique, so a tie in time is broken by name alone.
const newestFirst = (a: Candidate, b: Candidate) => Date.parse(b.at) - Date.parse(a.at) || (a.name < b.name ? 1 : -1)

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
  const days = lastDays(now, KEEP_DAYS)
  const months = lastMonths(now, KEEP_MONTHS)
  const automatic = backups.filter((b) => AUTOMATIC.has(b.reason))
  const deliberate = backups.filter((b) => !AUTOMATIC.has(b.reason))
  return new Set([...keptOfGroup(automatic, days, months), ...keptOfGroup(deliberate, days, months)])
}
