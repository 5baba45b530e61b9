/**
 * A batch of personal invitations as draft messages, each filled with its recipient's name and
 * organisation, with the event's calendar file attached when asked. Pure: files are written by
 * the host handler.
 */
import type { InvitationDraftsRequest } from '../../shared/channels/invitations'
import { fillInvitation } from '../../shared/invitation-template'
import { buildIcs } from '../calendar/ics'
import { safeFileName } from '../files/file-names'
import { composeDraft, type DraftAttachment } from './eml'
import { normaliseAddress } from './mime'

export type ComposedDraft = { recipientId: string; fileName: string; text: string }

/** A recipient whose address cannot be written; the message names the person. */
export class RecipientAddressError extends Error {
  constructor(name: string, address: string) {
    super(`Ugyldig e-postadresse for ${name}: «${address}»`)
    this.name = 'RecipientAddressError'
  }
}

function checkAddress(who: string, address: string): void {
  try {
    normaliseAddress(address)
  } catch {
    throw new RecipientAddressError(who, address)
  }
}

export function draftFileName(name: string, organisation: string): string {
  const base = organisation.trim() ? `${name} (${organisation})` : name
  return safeFileName(base, { extension: 'eml', fallback: 'Invitasjon' })
}

function calendarAttachment(request: InvitationDraftsRequest, now: Date): DraftAttachment | null {
  if (!request.calendar) return null
  checkAddress('arrangøren i kalenderfilen', request.calendar.event.organizer.email)
  const cancel = request.calendar.kind === 'cancellation'
  return {
    fileName: cancel ? 'avlysning.ics' : 'invitasjon.ics',
    contentType: `text/calendar; charset=utf-8; method=${cancel ? 'CANCEL' : 'REQUEST'}`,
    bytes: new TextEncoder().encode(buildIcs(request.calendar.event, request.calendar.kind, now)),
  }
}

/** Every draft of the batch, or a throw before any is made (a bad address, a bad calendar event). */
export function composeInvitationDrafts(request: InvitationDraftsRequest, now: Date): ComposedDraft[] {
  const from = request.from ? { name: request.from.name, address: request.from.email } : null
  if (from) checkAddress('avsenderen', from.address)
  const attachment = calendarAttachment(request, now)
  return request.recipients.map((recipient) => {
    checkAddress(recipient.name, recipient.email)
    const text = composeDraft({
      from,
      to: { name: recipient.name, address: recipient.email },
      subject: fillInvitation(request.subject, recipient),
      body: fillInvitation(request.body, recipient),
      date: now,
      attachment,
    })
    return { recipientId: recipient.id, fileName: draftFileName(recipient.name, recipient.organisation), text }
  })
}
