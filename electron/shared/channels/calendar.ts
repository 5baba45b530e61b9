/**
 * Calendar files for events: the renderer sends the event as the secretariat typed it (Oslo time),
 * main makes the `.ics` and saves it (output folder, or the save dialog).
 */
import { z } from 'zod'
import { defineChannel } from './define'
import { mailbox, singleLine } from './mail-fields'

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'dato må være ÅÅÅÅ-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'datoen finnes ikke')
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'klokkeslett må være TT:MM')

export const calendarEvent = z
  .object({
    /** The event's id; the calendar UID is `<eventId>@nfk-sekretariat`, the same in every file. */
    eventId: z.string().min(1).max(100).regex(/^[\w.-]+$/, 'ugyldig id'),
    title: singleLine(200).min(1),
    /** Oslo time, as on the event: `2027-06-10`, `11:30`, `13:00`. */
    date: isoDate,
    startTime: clock,
    endTime: clock,
    /** "Oslo rådhus, Festsalen" */
    location: singleLine(300),
    description: z.string().max(5_000),
    /** 0 for the first file; the renderer raises it after each change (a cancellation included). */
    sequence: z.number().int().min(0).max(1_000_000),
    /** Who replies go to: the secretariat. */
    organizer: mailbox,
  })
  .strict()
  .refine((e) => e.endTime > e.startTime, { message: 'sluttid må være etter starttid', path: ['endTime'] })
export type CalendarEvent = z.infer<typeof calendarEvent>

/** `invitation`: METHOD:REQUEST; `cancellation`: METHOD:CANCEL, STATUS:CANCELLED, same UID. */
export const calendarKind = z.enum(['invitation', 'cancellation'])
export type CalendarKind = z.infer<typeof calendarKind>

/** A cancellation follows at least one invitation, so its SEQUENCE is above 0. */
export const calendarRequest = z
  .object({ event: calendarEvent, kind: calendarKind })
  .strict()
  .refine((r) => r.kind === 'invitation' || r.event.sequence > 0, {
    message: 'en avlysning må ha høyere SEQUENCE enn invitasjonen (minst 1)',
    path: ['event', 'sequence'],
  })
export type CalendarRequest = z.infer<typeof calendarRequest>

export type CalendarFile = { path: string; name: string }

export const calendarChannels = {
  /** Writes the event's `.ics` (invitation or cancellation) to the output folder or through the save dialog. */
  writeCalendarFile: defineChannel<CalendarFile>()(calendarRequest),
}
