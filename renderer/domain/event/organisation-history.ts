/** An organisation's events grouped by year, newest first, with who attended. Pure. */
import type { MeetingEvent, Registration } from './types'

export type HistoryRow = { event: MeetingEvent; registered: boolean; attendees: string[] }
export type HistoryYear = { year: number; attended: number; rows: HistoryRow[] }

export function organisationHistory(
  organisationId: string,
  events: readonly MeetingEvent[],
  registrations: readonly Registration[],
  nameOf: (personId: string) => string = () => '',
): HistoryYear[] {
  const byYear = new Map<number, HistoryRow[]>()
  for (const event of [...events].sort((a, b) => b.date.localeCompare(a.date))) {
    const mine = registrations.filter((r) => r.eventId === event.id && r.organisationId === organisationId && !r.deletedAt)
    const attendees = mine.filter((r) => r.status === 'mott').map((r) => nameOf(r.personId) || 'én person')
    const year = Number(event.date.slice(0, 4))
    byYear.set(year, [...(byYear.get(year) ?? []), { event, registered: mine.length > 0, attendees }])
  }
  return [...byYear.entries()].map(([year, rows]) => ({
    year,
    attended: rows.filter((r) => r.attendees.length > 0 && !r.event.cancelledAt).length,
    rows,
  }))
}
