/**
 * The reply to each decided applicant as an Outlook draft, through the same draft writer as the
 * event invitations: approved, an invitation to the next signing lunch; rejected, the reason.
 * One draft per organisation, to its climate contact (else its top leader).
 */
import type { RequestOf } from '../../../electron/shared/ipc-contract'
import type { Applicant, Decision } from '../../db/repositories/applications-repo'
import type { Settings } from '../../domain/settings/settings'
import { formatDateInWords } from '../../lib/dates'

export type ReplyRequest = RequestOf<'writeInvitationDrafts'>

function recipientOf(applicant: Applicant) {
  const withMail = applicant.people.filter((p) => p.email.trim())
  return withMail.find((p) => p.roles.includes('klimakontakt')) ?? withMail.find((p) => p.roles.includes('toppleder')) ?? withMail[0] ?? null
}

/** Applicants no draft can be made for (nobody with an e-mail address), by name. */
export const withoutAddress = (applicants: readonly Applicant[]): string[] => applicants.filter((a) => !recipientOf(a)).map((a) => a.organisation.name)

export function replyDrafts(decision: Decision, reason: string, applicants: readonly Applicant[], settings: Settings, nextLunch: { date: string; startTime: string } | null): ReplyRequest | null {
  const recipients = applicants.flatMap((a) => {
    const person = recipientOf(a)
    return person ? [{ id: a.organisation.id, name: person.name, title: person.title, organisation: a.organisation.name, email: person.email.trim() }] : []
  })
  if (recipients.length === 0) return null
  const greeting = 'Hei {fornavn},\n\nTakk for søknaden fra {virksomhet} om å bli med i Næring for klima.'
  const closing = `\n\nVennlig hilsen\n${settings.secretariatName}${settings.secretariatEmail ? `\n${settings.secretariatEmail}` : ''}`
  const lunch = nextLunch
    ? `Vi inviterer til signering av klimakontrakten på signeringslunsj i Oslo rådhus ${formatDateInWords(nextLunch.date)}${nextLunch.startTime ? ` kl. ${nextLunch.startTime}` : ''}.`
    : 'Vi inviterer til signering av klimakontrakten på neste signeringslunsj i Oslo rådhus, og kommer tilbake med dato.'
  const body =
    decision === 'godkjent'
      ? `${greeting} Søknaden er godkjent.\n\n${lunch} Klimakontrakten signeres av toppleder eller toppleders stedfortreder.${closing}`
      : `${greeting} Vi har dessverre ikke kunnet godkjenne søknaden.\n\nBegrunnelse: ${reason.trim()}\n\nTa gjerne kontakt om dere har spørsmål.${closing}`
  return {
    from: settings.secretariatEmail ? { name: settings.secretariatName, email: settings.secretariatEmail } : null,
    subject: decision === 'godkjent' ? 'Søknaden er godkjent – invitasjon til signeringslunsj, {virksomhet}' : 'Svar på søknaden til Næring for klima, {virksomhet}',
    body,
    recipients,
    calendar: null,
  }
}
