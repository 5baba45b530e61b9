/**
 * The log of personal invitations, reminders and calendar files made for an event. The app writes
 * drafts; it cannot know what was sent, so the log says "utkast laget", never "sendt".
 */
import type { BaseRecord, Iso } from '../record'

export type InvitationLogKind = 'invitation' | 'reminder' | 'calendar' | 'cancellation'

export const INVITATION_LOG_KINDS = ['invitation', 'reminder', 'calendar', 'cancellation'] as const satisfies readonly InvitationLogKind[]

/** The log's "Hva" column. */
export const INVITATION_LOG_LABELS: Record<InvitationLogKind, string> = {
  invitation: 'Invitasjon – utkast laget',
  reminder: 'Påminnelse – utkast laget',
  calendar: 'Kalenderfil laget',
  cancellation: 'Avlysning (kalenderfil) laget',
}

/** The calendar file a line made or attached: its SEQUENCE and the version of the event it describes. */
export type IssuedCalendar = { sequence: number; fingerprint: string }

export type InvitationLogEntry = BaseRecord & {
  eventId: string
  at: Iso
  kind: InvitationLogKind
  /** The draft's recipient; null for a calendar file saved on its own. */
  registrationId: string | null
  personId: string | null
  /** As written into the draft (a later change of name leaves the log as it was). */
  recipientName: string
  organisationName: string
  email: string
  /** The `.eml` or `.ics` file's name, e.g. "Kari Nordmann (Grønn Energi AS).eml". */
  fileName: string
  /** The calendar file made or attached; null for a draft without one. */
  calendar: IssuedCalendar | null
  /** Who made it on this laptop. */
  userName: string
}
