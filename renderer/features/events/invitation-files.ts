/**
 * Personal invitations as Outlook drafts and the event's calendar file: the requests main gets
 * (pure builders, tested), and the actions that send them and write the log.
 */
import type { CalendarEvent, CalendarKind } from '../../../electron/shared/channels/calendar'
import type { InvitationDraftsRequest, InvitationRecipient } from '../../../electron/shared/channels/invitations'
import type { MeetingEvent, Person, RegistrationStatus } from '../../db/models'
import type { RosterEntry } from '../../db/repositories/registrations-repo'
import { issuedCalendars, logInvitationFiles } from '../../db/repositories/invitation-log-repo'
import { loadSettings } from '../../db/repositories/settings-repo'
import { calendarFingerprint, nextCalendarSequence } from '../../domain/event/calendar-sequence'
import { formatPlace, formatTimeRange } from '../../domain/event/event-form'
import { formatDate, formatDateInWords } from '../../lib/dates'
import { desktop, hostErrorMessage } from '../../lib/desktop'

export type DraftKind = 'invitation' | 'reminder'
export type RecipientGroup = 'invitert' | 'pameldt' | 'begge'

export const RECIPIENT_GROUP_LABELS: Record<RecipientGroup, string> = {
  invitert: 'Inviterte som ikke har svart',
  pameldt: 'Påmeldte',
  begge: 'Inviterte og påmeldte',
}

const GROUP_STATUSES: Record<RecipientGroup, readonly RegistrationStatus[]> = {
  invitert: ['invitert'],
  pameldt: ['pameldt'],
  begge: ['invitert', 'pameldt'],
}

/** `personIds`: registration id → person id, so the log knows whom "Slett for godt" concerns. */
export type Recipients = { recipients: InvitationRecipient[]; personIds: Record<string, string>; withoutEmail: string[] }

/** The registrations of a group with what the drafts are filled with; those without an address are named apart. */
export function draftRecipients(roster: readonly RosterEntry[], people: readonly Person[], group: RecipientGroup): Recipients {
  const byId = new Map(people.map((p) => [p.id, p]))
  const recipients: InvitationRecipient[] = []
  const withoutEmail: string[] = []
  const personIds: Record<string, string> = {}
  for (const entry of roster) {
    if (!GROUP_STATUSES[group].includes(entry.registration.status)) continue
    const person = byId.get(entry.registration.personId)
    const email = (person?.email ?? entry.personEmail).trim()
    if (!email) {
      withoutEmail.push(`${entry.personName} (${entry.organisationName})`)
      continue
    }
    recipients.push({ id: entry.registration.id, name: entry.personName, title: person?.title ?? '', organisation: entry.organisationName, email })
    personIds[entry.registration.id] = entry.registration.personId
  }
  return { recipients, personIds, withoutEmail }
}

export function defaultSubject(event: MeetingEvent, kind: DraftKind): string {
  return `${kind === 'reminder' ? 'Påminnelse' : 'Invitasjon'}: ${event.title} ${formatDate(event.date)}`
}

export function defaultBody(event: MeetingEvent, kind: DraftKind, signature: string): string {
  const when = `${formatDateInWords(event.date)} ${formatTimeRange(event.startTime, event.endTime)}`.trim()
  const where = formatPlace(event)
  const opening =
    kind === 'reminder'
      ? `Vi minner om ${event.title} ${when}${where ? `, ${where}` : ''}.`
      : `Vi har gleden av å invitere {virksomhet} ved deg til ${event.title} ${when}${where ? `, ${where}` : ''}.`
  return `Kjære {fornavn},\n\n${opening}\n\nKalenderinvitasjonen ligger ved.\n\nVennlig hilsen\n${signature}\n`
}

/** Calendar files need a start and an end time. */
export const canMakeCalendar = (event: MeetingEvent): boolean => /^\d{2}:\d{2}$/.test(event.startTime) && /^\d{2}:\d{2}$/.test(event.endTime) && event.endTime > event.startTime

export function calendarEvent(event: MeetingEvent, sequence: number, organizer: CalendarEvent['organizer']): CalendarEvent {
  return {
    eventId: event.id,
    title: event.title,
    date: event.date,
    startTime: event.startTime,
    endTime: event.endTime,
    location: formatPlace(event),
    description: event.notes,
    sequence,
    organizer,
  }
}

export const calendarKindOf = (event: MeetingEvent): CalendarKind => (event.cancelledAt ? 'cancellation' : 'invitation')

/** The event's calendar request with the next SEQUENCE (raised after any change since the last file). */
async function calendarRequest(event: MeetingEvent) {
  const settings = await loadSettings()
  const sequence = nextCalendarSequence(event, await issuedCalendars(event.id))
  const request = { event: calendarEvent(event, sequence, { name: settings.secretariatName, email: settings.secretariatEmail }), kind: calendarKindOf(event) }
  return { request, issued: { sequence, fingerprint: calendarFingerprint(event) } }
}

export type ActionOutcome = { ok: true; message: string } | { ok: false; message: string | null }

const failed = (result: { ok: false; error: Parameters<typeof hostErrorMessage>[0]['error']; detail?: string }): ActionOutcome => ({
  ok: false,
  message: result.error === 'cancelled' ? null : hostErrorMessage(result),
})

export type DraftsInput = { kind: DraftKind; subject: string; body: string; attachCalendar: boolean } & Pick<Recipients, 'recipients' | 'personIds'>

/** Writes one draft per recipient into a folder the user picks, then logs each as "utkast laget". */
export async function makeDrafts(event: MeetingEvent, input: DraftsInput): Promise<ActionOutcome> {
  const calendar = input.attachCalendar && canMakeCalendar(event) ? await calendarRequest(event) : null
  const request: InvitationDraftsRequest = { from: null, subject: input.subject, body: input.body, recipients: input.recipients, calendar: calendar?.request ?? null }
  const result = await desktop().writeInvitationDrafts(request)
  if (!result.ok) return failed(result)
  const byId = new Map(input.recipients.map((r) => [r.id, r]))
  const lines = result.data.drafts.map((draft) => {
    const r = byId.get(draft.recipientId)
    return { registrationId: draft.recipientId, personId: input.personIds[draft.recipientId] ?? null, recipientName: r?.name ?? '', organisationName: r?.organisation ?? '', email: r?.email ?? '', fileName: draft.name }
  })
  await logInvitationFiles(event.id, input.kind, lines, calendar?.issued ?? null)
  const n = result.data.drafts.length
  return { ok: true, message: `${n} utkast laget i ${result.data.folder}. Åpne dem i Outlook, se over og send.` }
}

/** Saves the event's calendar file (a cancellation when the event is cancelled) and logs it. */
export async function makeCalendarFile(event: MeetingEvent): Promise<ActionOutcome> {
  const { request, issued } = await calendarRequest(event)
  const result = await desktop().writeCalendarFile(request)
  if (!result.ok) return failed(result)
  const line = { registrationId: null, personId: null, recipientName: '', organisationName: '', email: '', fileName: result.data.name }
  await logInvitationFiles(event.id, request.kind === 'cancellation' ? 'cancellation' : 'calendar', [line], issued)
  return { ok: true, message: `${request.kind === 'cancellation' ? 'Avlysningen' : 'Kalenderfilen'} er lagret som ${result.data.name}.` }
}
