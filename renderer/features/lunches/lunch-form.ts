/** Checks of the lunch's own fields; Norwegian messages at the field. */
import { isDateOnly, parseNorwegianDate } from '../../lib/dates'
import { parseClock } from '../../domain/seating/speaking-order'

export type LunchFormValues = {
  date: string
  startTime: string
  endTime: string
  place: string
  room: string
}

export type LunchFormErrors = Partial<Record<keyof LunchFormValues, string>>

/** Accepts 28.11.2026 or 2026-11-28. */
export const parseDateInput = (value: string): string | null => (isDateOnly(value.trim()) ? value.trim() : parseNorwegianDate(value))

export function lunchFormErrors(v: LunchFormValues): LunchFormErrors {
  const errors: LunchFormErrors = {}
  if (!parseDateInput(v.date)) errors.date = 'Skriv datoen som dd.mm.åååå (eksempel: 03.12.2026).'
  const start = parseClock(v.startTime)
  const end = parseClock(v.endTime)
  if (start === null) errors.startTime = 'Skriv klokkeslettet som tt:mm (eksempel: 11:30).'
  if (end === null) errors.endTime = 'Skriv klokkeslettet som tt:mm (eksempel: 13:00).'
  else if (start !== null && end <= start) errors.endTime = 'Slutt må være etter start.'
  if (!v.place.trim()) errors.place = 'Sted må fylles ut.'
  return errors
}

export function wholeNumberError(value: string, min: number, max: number, what: string): string | null {
  const n = Number(value)
  return /^\d+$/.test(value.trim()) && n >= min && n <= max ? null : `${what} må være et helt tall fra ${min} til ${max}.`
}

/** `"11.30"` or `"11:30"` → `"11:30"`. */
export const normaliseClock = (value: string): string => value.trim().replace('.', ':').padStart(5, '0')
