/**
 * What an event form holds, its Norwegian labels and its checks. Pure: the form and the
 * repository both validate with it, so nothing invalid is ever saved.
 */
import type { EventKind, MeetingEvent, RegistrationStatus } from './types'
import { formatDate, parseNorwegianDate } from '../../lib/dates'
import { requiredError } from '../../lib/validation'
import { EVENT_KINDS } from './labels'

export const DEFAULT_PLACE = 'Oslo rådhus'

/** The fields a user edits; the date as typed (28.11.2026), times as typed (09.00). */
export type EventForm = {
  kind: EventKind
  title: string
  date: string
  startTime: string
  endTime: string
  place: string
  room: string
  capacity: string
  notes: string
}

export type EventInput = Pick<MeetingEvent, 'kind' | 'title' | 'date' | 'startTime' | 'endTime' | 'place' | 'room' | 'capacity' | 'notes'>
export type EventErrors = Partial<Record<keyof EventForm, string>>

export const emptyEventForm = (): EventForm => ({
  kind: 'nettverksmote',
  title: '',
  date: '',
  startTime: '',
  endTime: '',
  place: DEFAULT_PLACE,
  room: '',
  capacity: '',
  notes: '',
})

export function formFromEvent(event: EventInput): EventForm {
  return {
    kind: event.kind,
    title: event.title,
    date: formatDate(event.date),
    startTime: event.startTime.replace(':', '.'),
    endTime: event.endTime.replace(':', '.'),
    place: event.place,
    room: event.room,
    capacity: event.capacity === null ? '' : String(event.capacity),
    notes: event.notes,
  }
}

/** `9`, `0900`, `09.00`, `9:00` → `09:00`; empty stays empty; null when not a time. */
export function parseTime(value: string): string | null {
  const v = value.trim()
  if (!v) return ''
  const m = /^(\d{1,2})(?:[.:]?(\d{2}))?$/.exec(v)
  if (!m) return null
  const hours = Number(m[1])
  const minutes = Number(m[2] ?? '0')
  if (hours > 23 || minutes > 59) return null
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}

/** The form checked and converted, or the Norwegian message for each bad field. */
export function parseEventForm(form: EventForm): { ok: true; input: EventInput } | { ok: false; errors: EventErrors } {
  const errors: EventErrors = {}
  const title = form.title.trim()
  const titleProblem = requiredError(title, 'Tittel')
  if (titleProblem) errors.title = titleProblem
  const date = parseNorwegianDate(form.date)
  if (!date) errors.date = form.date.trim() ? 'Skriv datoen som dd.mm.åååå (eksempel: 28.11.2026).' : 'Dato må fylles ut.'
  const startTime = parseTime(form.startTime)
  const endTime = parseTime(form.endTime)
  if (startTime === null) errors.startTime = 'Skriv klokkeslettet som tt.mm (eksempel: 09.00).'
  if (endTime === null) errors.endTime = 'Skriv klokkeslettet som tt.mm (eksempel: 11.30).'
  else if (endTime && !startTime) errors.startTime = 'Fyll inn når arrangementet starter.'
  else if (startTime && endTime && endTime <= startTime) errors.endTime = 'Sluttid må være etter starttid.'
  const place = form.place.trim()
  const placeProblem = requiredError(place, 'Sted')
  if (placeProblem) errors.place = placeProblem
  let capacity: number | null = null
  if (form.capacity.trim()) {
    const n = Number(form.capacity.trim())
    if (!Number.isInteger(n) || n < 1 || n > 100_000) errors.capacity = 'Kapasitet må være et helt tall større enn 0, eller tomt for ubegrenset.'
    else capacity = n
  }
  if (!EVENT_KINDS.includes(form.kind)) errors.kind = 'Velg en type arrangement.'
  if (Object.keys(errors).length > 0 || !date) return { ok: false, errors }
  return {
    ok: true,
    input: { kind: form.kind, title, date, startTime: startTime ?? '', endTime: endTime ?? '', place, room: form.room.trim(), capacity, notes: form.notes.trim() },
  }
}

/** "kl. 09.00–11.30", "kl. 09.00", or empty. */
export function formatTimeRange(startTime: string, endTime: string): string {
  if (!startTime) return ''
  const start = startTime.replace(':', '.')
  return endTime ? `kl. ${start}–${endTime.replace(':', '.')}` : `kl. ${start}`
}

/** "Oslo rådhus, Festsalen". */
export const formatPlace = (event: Pick<MeetingEvent, 'place' | 'room'>): string =>
  event.room ? `${event.place}, ${event.room}` : event.place

/** Statuses that take a seat: capacity counts these. */
export const SEAT_STATUSES: readonly RegistrationStatus[] = ['pameldt', 'mott']
