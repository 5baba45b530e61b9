/**
 * The calendar file's SEQUENCE: calendars replace an event only by a file with a higher SEQUENCE
 * and the same UID. Each file made is logged with the event's fingerprint; a new file repeats the
 * last SEQUENCE while the event is unchanged and raises it by one after any change (a
 * cancellation is a change).
 */
import type { MeetingEvent } from './types'
import type { IssuedCalendar } from './invitation-log'

type CalendarFields = Pick<MeetingEvent, 'title' | 'date' | 'startTime' | 'endTime' | 'place' | 'room' | 'notes' | 'cancelledAt'>

/** What a calendar file shows of the event; any difference is a change. */
export function calendarFingerprint(event: CalendarFields): string {
  return JSON.stringify([event.title, event.date, event.startTime, event.endTime, event.place, event.room, event.notes, event.cancelledAt !== null])
}

export function nextCalendarSequence(event: CalendarFields, issued: readonly IssuedCalendar[]): number {
  const last = issued.reduce<IssuedCalendar | null>((best, i) => (best === null || i.sequence > best.sequence ? i : best), null)
  // A cancellation must follow an invitation (SEQUENCE above 0), even when no file was made before.
  if (last === null) return event.cancelledAt !== null ? 1 : 0
  return last.fingerprint === calendarFingerprint(event) ? last.sequence : last.sequence + 1
}
