/**
 * An unsent draft as an `.eml` file. `X-Unsent: 1` makes Outlook open it as a new message ready to
 * send from the user's own account, so the app never sends mail itself and never learns whether it
 * was sent. Plain text in UTF-8 (quoted-printable); an optional attachment (the event's `.ics`).
 */
import { CRLF, base64Lines, foldHeader, mailDate, mailboxTokens, quotedPrintable, textTokens, type Mailbox } from './mime'

export type DraftAttachment = {
  /** ASCII only, e.g. `invitasjon.ics`: no encoding needed in the header. */
  fileName: string
  /** e.g. `text/calendar; method=REQUEST` */
  contentType: string
  bytes: Uint8Array
}

export type DraftMail = {
  /** Left out, Outlook sends from the account that opens the draft. */
  from: Mailbox | null
  to: Mailbox
  subject: string
  body: string
  date: Date
  attachment: DraftAttachment | null
}

/**
 * Safe as a boundary because neither encoding can produce it: quoted-printable writes "=" as "=3D",
 * and base64 has "=" only as padding at the end of its last line.
 */
export const BOUNDARY = '=_nfk-sekretariat_utkast'

const ASCII_FILE_NAME = /^[\w.-]+$/
const TEXT_PART = ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable']

/** The whole message, CRLF line endings, 7-bit ASCII. Throws `InvalidAddressError` for a bad address. */
export function composeDraft(mail: DraftMail): string {
  const headers = ['X-Unsent: 1', `Date: ${mailDate(mail.date)}`]
  if (mail.from) headers.push(foldHeader('From', mailboxTokens(mail.from)))
  headers.push(foldHeader('To', mailboxTokens(mail.to)), foldHeader('Subject', textTokens(mail.subject)), 'MIME-Version: 1.0')
  const body = quotedPrintable(mail.body)
  const { attachment } = mail
  if (!attachment) return [...headers, ...TEXT_PART, '', body, ''].join(CRLF)
  if (!ASCII_FILE_NAME.test(attachment.fileName)) throw new Error(`vedleggsnavnet må være ASCII: ${attachment.fileName}`)
  return [
    ...headers,
    `Content-Type: multipart/mixed; boundary="${BOUNDARY}"`,
    '',
    `--${BOUNDARY}`,
    ...TEXT_PART,
    '',
    body,
    `--${BOUNDARY}`,
    foldHeader('Content-Type', `${attachment.contentType}; name="${attachment.fileName}"`.split(' ')),
    foldHeader('Content-Disposition', ['attachment;', `filename="${attachment.fileName}"`]),
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(attachment.bytes),
    `--${BOUNDARY}--`,
    '',
  ].join(CRLF)
}
