/** Drafts read back by a real mail parser (postal-mime), as Outlook or any mail program would. */
import PostalMime from 'postal-mime'
import { describe, expect, it } from 'vitest'
import { BOUNDARY, composeDraft, type DraftMail } from '../../../../electron/main/mail/eml'
import { InvalidAddressError } from '../../../../electron/main/mail/mime'

const mail = (overrides: Partial<DraftMail> = {}): DraftMail => ({
  from: { name: 'Næring for klima', address: 'nfk@kli.oslo.kommune.no' },
  to: { name: 'Måret Ŋuorra', address: 'maret@cahcegattis.no' },
  subject: 'Invitasjon til nettverksmøte på Tøyen',
  body: 'Kjære Máret,\n\nVelkommen til møte om klimakrav i innkjøp.\n\nHilsen sekretariatet',
  date: new Date('2027-05-05T08:00:00Z'),
  attachment: null,
  ...overrides,
})

const lines = (text: string) => text.split('\r\n')

describe('an .eml draft', () => {
  it('opens as an unsent draft: X-Unsent: 1 is the first header line', async () => {
    const text = composeDraft(mail())
    expect(lines(text)[0]).toBe('X-Unsent: 1')
    const parsed = await PostalMime.parse(text)
    expect(parsed.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1')
  })

  it('carries a UTF-8 subject, names and body that a mail parser reads back exactly', async () => {
    const parsed = await PostalMime.parse(composeDraft(mail()))
    expect(parsed.subject).toBe('Invitasjon til nettverksmøte på Tøyen')
    expect(parsed.from).toEqual({ name: 'Næring for klima', address: 'nfk@kli.oslo.kommune.no' })
    expect(parsed.to).toEqual([{ name: 'Måret Ŋuorra', address: 'maret@cahcegattis.no' }])
    expect(parsed.date).toBe('2027-05-05T08:00:00.000Z')
    expect(parsed.text?.replace(/\r?\n$/, '')).toBe('Kjære Máret,\n\nVelkommen til møte om klimakrav i innkjøp.\n\nHilsen sekretariatet')
    expect(parsed.attachments).toEqual([])
  })

  it('is 7-bit ASCII with CRLF line endings, lines of at most 76 characters and the MIME headers', () => {
    const text = composeDraft(mail({ subject: 'Invitasjon til nettverksmøte på Tøyen – klimakrav i innkjøp, Čáhcegáttis og Łódź'.repeat(2) }))
    expect(text).toMatch(/^[\x20-\x7e\r\n]*$/)
    expect(text).not.toMatch(/\r(?!\n)|(?<!\r)\n/)
    for (const line of lines(text)) expect(line.length).toBeLessThanOrEqual(76)
    expect(lines(text)).toEqual(
      expect.arrayContaining(['MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable']),
    )
    // The headers end at the first empty line, and the body follows it.
    const blank = lines(text).indexOf('')
    expect(lines(text).slice(0, blank).some((l) => l.startsWith('Subject: =?UTF-8?B?'))).toBe(true)
    expect(lines(text)[blank + 1]).toBe('Kj=C3=A6re M=C3=A1ret,')
    expect(text.endsWith('Hilsen sekretariatet\r\n')).toBe(true)
  })

  it('leaves out From when there is no sender, so Outlook uses the account that opens it', async () => {
    const text = composeDraft(mail({ from: null }))
    expect(text).not.toMatch(/^From:/m)
    expect((await PostalMime.parse(text)).to?.[0]?.address).toBe('maret@cahcegattis.no')
    expect(lines(text).slice(0, 3)).toEqual(['X-Unsent: 1', 'Date: Wed, 05 May 2027 08:00:00 +0000', expect.stringMatching(/^To: /)])
  })

  it('cannot be given an extra header or recipient through a name or the subject', async () => {
    const text = composeDraft(
      mail({
        to: { name: 'Kari\r\nBcc: ond@x.no', address: 'kari@firma.no' },
        subject: 'Hei\r\nBcc: ond@x.no\r\n\r\nannen tekst',
      }),
    )
    const parsed = await PostalMime.parse(text)
    expect(parsed.bcc).toBeUndefined()
    expect(parsed.headers.map((h) => h.key)).toEqual(['x-unsent', 'date', 'from', 'to', 'subject', 'mime-version', 'content-type', 'content-transfer-encoding'])
    expect(parsed.subject).toBe('Hei Bcc: ond@x.no annen tekst')
    expect(parsed.to).toEqual([{ name: 'Kari Bcc: ond@x.no', address: 'kari@firma.no' }])
  })

  it('refuses an address that is not exactly one mailbox', () => {
    expect(() => composeDraft(mail({ to: { name: 'Kari', address: 'kari@firma.no>, ond@x.no' } }))).toThrow(InvalidAddressError)
    expect(() => composeDraft(mail({ from: { name: 'NFK', address: 'nfk@kli\r\n.no' } }))).toThrow(InvalidAddressError)
  })

  it('attaches a calendar file as its own part, base64, with the text before it', async () => {
    const ics = 'BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nSUMMARY:Nettverksmøte\r\nEND:VCALENDAR\r\n'.repeat(3)
    const text = composeDraft(
      mail({ attachment: { fileName: 'invitasjon.ics', contentType: 'text/calendar; charset=utf-8; method=REQUEST', bytes: new TextEncoder().encode(ics) } }),
    )
    const all = lines(text)
    const at = (line: string) => all.indexOf(line)
    // The message headers end with an empty line, then the first part; each part's headers end the same way.
    expect(all.slice(at(`Content-Type: multipart/mixed; boundary="${BOUNDARY}"`) + 1, at(`Content-Type: multipart/mixed; boundary="${BOUNDARY}"`) + 3)).toEqual(['', `--${BOUNDARY}`])
    expect(all).toContain('Content-Disposition: attachment; filename="invitasjon.ics"')
    expect(all[at('Content-Transfer-Encoding: base64') + 1]).toBe('')
    expect(all[at('Content-Transfer-Encoding: quoted-printable') + 1]).toBe('')
    expect(text.endsWith(`\r\n--${BOUNDARY}--\r\n`)).toBe(true)
    for (const line of lines(text)) expect(line.length).toBeLessThanOrEqual(76)
    const parsed = await PostalMime.parse(text)
    expect(parsed.text?.replace(/\r?\n$/, '')).toContain('Hilsen sekretariatet')
    expect(parsed.attachments).toHaveLength(1)
    const [file] = parsed.attachments
    expect(file).toMatchObject({ filename: 'invitasjon.ics', mimeType: 'text/calendar', disposition: 'attachment', method: 'REQUEST' })
    // postal-mime hands calendar text back with LF endings; the bytes themselves are checked below.
    expect(new TextDecoder().decode(file!.content as Uint8Array)).toBe(ics.replace(/\r\n/g, '\n'))
    const part = text.split(`--${BOUNDARY}`)[2]!
    const base64 = part.slice(part.indexOf('\r\n\r\n') + 4)
    expect(Buffer.from(base64.replace(/\r\n/g, ''), 'base64').toString('utf8')).toBe(ics)
  })

  it('keeps the boundary out of the encoded parts whatever the text says', () => {
    const body = `--${BOUNDARY}\n--${BOUNDARY}--`
    const text = composeDraft(mail({ body, attachment: { fileName: 'a.ics', contentType: 'text/calendar', bytes: new TextEncoder().encode(body) } }))
    expect(lines(text).filter((l) => l.startsWith(`--${BOUNDARY}`))).toEqual([`--${BOUNDARY}`, `--${BOUNDARY}`, `--${BOUNDARY}--`])
  })

  it('refuses an attachment name that would need encoding', () => {
    const bytes = new Uint8Array([1])
    expect(() => composeDraft(mail({ attachment: { fileName: 'møte.ics', contentType: 'text/calendar', bytes } }))).toThrow('vedleggsnavnet må være ASCII: møte.ics')
    expect(() => composeDraft(mail({ attachment: { fileName: 'a"; x=".ics', contentType: 'text/calendar', bytes } }))).toThrow(/ASCII/)
  })
})
