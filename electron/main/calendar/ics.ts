/**
 * An event's calendar file (`.ics`), made with the `ics` package. The UID is derived from the
 * event's id, so every file for one event is the same event to Outlook: a later file with a higher
 * SEQUENCE updates it, and a cancellation (METHOD:CANCEL, STATUS:CANCELLED) removes it.
 */
import { createEvent, type DateArray, type EventAttributes } from 'ics'
import type { CalendarEvent, CalendarKind } from '../../shared/channels/calendar'
import { normaliseAddress } from '../mail/mime'
import { osloToUtc } from './oslo-time'

export const PRODUCT_ID = '-//Oslo kommune//NFK Sekretariat//NO'
export const uidOf = (eventId: string): string => `${eventId}@nfk-sekretariat`

const utcArray = (date: Date): DateArray => [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()]

/** A quoted parameter value (the organiser's CN) may hold no double quote and no control character. */
const paramText = (text: string): string => text.replaceAll('"', "'").replace(/[\s\p{Cc}]+/gu, ' ').trim()

const CRLF = '\r\n'

/** RFC 5545 folds at 75 octets; `ics` folds at 75 characters, which æøå push past. Refold by bytes. */
export function foldOctets(ics: string): string {
  const unfolded = ics.replace(/\r\n[ \t]/g, '')
  return unfolded
    .split(CRLF)
    .map((line) => {
      const out: string[] = []
      let current = ''
      let bytes = 0
      for (const char of line) {
        const size = Buffer.byteLength(char)
        // Continuation lines start with a space, which counts towards their 75.
        if (bytes + size > (out.length === 0 ? 75 : 74)) {
          out.push(current)
          current = ''
          bytes = 0
        }
        current += char
        bytes += size
      }
      out.push(current)
      return out.join(`${CRLF} `)
    })
    .join(CRLF)
}

export class CalendarError extends Error {}

/** The `.ics` text for an event: METHOD:REQUEST, or METHOD:CANCEL with STATUS:CANCELLED. */
export function buildIcs(event: CalendarEvent, kind: CalendarKind, now: Date): string {
  const cancel = kind === 'cancellation'
  // DTSTAMP (when this file was made) is in the schema of `ics` but not in its types.
  const attributes: EventAttributes & { timestamp: number } = {
    productId: PRODUCT_ID,
    method: cancel ? 'CANCEL' : 'REQUEST',
    uid: uidOf(event.eventId),
    sequence: event.sequence,
    timestamp: now.getTime(),
    start: utcArray(osloToUtc(event.date, event.startTime)),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utcArray(osloToUtc(event.date, event.endTime)),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: event.title,
    description: event.description || undefined,
    location: event.location || undefined,
    status: cancel ? 'CANCELLED' : 'CONFIRMED',
    organizer: { name: paramText(event.organizer.name) || 'Næring for klima', email: normaliseAddress(event.organizer.email) },
  }
  const { error, value } = createEvent(attributes)
  if (error || !value) throw new CalendarError(error?.message ?? 'kalenderfilen ble tom')
  return foldOctets(value)
}
