/**
 * Personal invitations as Outlook drafts: the renderer sends the text with its fields
 * (`{fornavn}`, `{navn}`, `{tittel}`, `{virksomhet}`, see `../invitation-template`) and the
 * recipients; main fills each draft, asks once for a folder and writes one `.eml` per recipient.
 */
import { z } from 'zod'
import { calendarRequest } from './calendar'
import { defineChannel } from './define'
import { emailAddress, mailbox, singleLine } from './mail-fields'

export const invitationRecipient = z
  .object({
    /** The renderer's own key (e.g. the registration's id), returned with the draft made for it. */
    id: z.string().min(1).max(100),
    name: singleLine(200).min(1),
    title: singleLine(200),
    organisation: singleLine(300),
    email: emailAddress,
  })
  .strict()
export type InvitationRecipient = z.infer<typeof invitationRecipient>

export const invitationDraftsRequest = z
  .object({
    /** Null: Outlook uses the account that opens the draft. */
    from: mailbox.nullable(),
    /** May hold the fields, e.g. "Invitasjon til nettverksmøte, {virksomhet}". */
    subject: singleLine(300).min(1),
    body: z.string().max(20_000),
    recipients: z
      .array(invitationRecipient)
      .min(1)
      .max(1_000)
      .refine((list) => new Set(list.map((r) => r.id)).size === list.length, 'to mottakere har samme id'),
    /** The event's calendar file, attached to every draft; null for none. */
    calendar: calendarRequest.nullable(),
  })
  .strict()
export type InvitationDraftsRequest = z.infer<typeof invitationDraftsRequest>

export type InvitationDraft = {
  recipientId: string
  /** The file's name, e.g. "Kari Nordmann (Grønn Energi AS).eml", for the log's "utkast laget". */
  name: string
  path: string
}
export type InvitationDraftsResult = {
  /** The folder the user picked. */
  folder: string
  /** One per recipient, in the order sent. */
  drafts: InvitationDraft[]
}

export const invitationsChannels = {
  /**
   * One `.eml` draft (X-Unsent: 1) per recipient into a folder the user picks once. All or nothing:
   * if one file cannot be written, those already written in this batch are removed again.
   */
  writeInvitationDrafts: defineChannel<InvitationDraftsResult>()(invitationDraftsRequest),
}
