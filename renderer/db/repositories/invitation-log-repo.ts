/** The log of invitation drafts, reminders and calendar files made for an event. */
import type { InvitationLogEntry, InvitationLogKind } from '../models'
import type { IssuedCalendar } from '../../domain/event/invitation-log'
import { db } from '../db'
import { audit, getDevice, newRecord, nowIso } from './base'

export type LoggedRecipient = {
  registrationId: string | null
  personId: string | null
  recipientName: string
  organisationName: string
  email: string
  fileName: string
}

/** Adds one line per draft (or one for a calendar file), all stamped with the same time. */
export async function logInvitationFiles(eventId: string, kind: InvitationLogKind, lines: readonly LoggedRecipient[], calendar: IssuedCalendar | null): Promise<InvitationLogEntry[]> {
  const d = db()
  return d.transaction('rw', [d.invitationLog, d.auditLog, d.device], async () => {
    const { userName } = await getDevice()
    const at = nowIso()
    const entries: InvitationLogEntry[] = lines.map((line) => newRecord({ ...line, eventId, at, kind, calendar, userName }))
    await d.invitationLog.bulkAdd(entries)
    await audit('events', eventId, 'update', `${entries.length} ${kind === 'calendar' || kind === 'cancellation' ? 'kalenderfil' : 'utkast'} laget`)
    return entries
  })
}

/** The event's log, newest first (read only). */
export async function listInvitationLog(eventId: string): Promise<InvitationLogEntry[]> {
  const rows = (await db().invitationLog.where('eventId').equals(eventId).toArray()).filter((r) => !r.deletedAt)
  return rows.sort((a, b) => b.at.localeCompare(a.at) || a.recipientName.localeCompare(b.recipientName, 'nb'))
}

/** Every calendar file made for the event so far, for the next SEQUENCE (read only). */
export async function issuedCalendars(eventId: string): Promise<IssuedCalendar[]> {
  return (await listInvitationLog(eventId)).flatMap((r) => (r.calendar ? [r.calendar] : []))
}

/**
 * "Slett for godt": the person's lines keep their date and kind but lose name, address and file
 * name. Call inside the erasure's transaction (with `invitationLog`).
 */
export async function eraseFromInvitationLog(personId: string, label: string): Promise<void> {
  const d = db()
  const rows = await d.invitationLog.where('personId').equals(personId).toArray()
  await d.invitationLog.bulkPut(rows.map((r) => ({ ...r, recipientName: label, email: '', fileName: '', updatedAt: nowIso() })))
}
