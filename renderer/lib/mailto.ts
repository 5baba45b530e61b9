/**
 * `mailto:` links for many recipients, split into batches. Windows' ShellExecute and Outlook cut
 * long links (main refuses any over 2,000 characters), so each link stays under `maxLength`.
 *
 *   const links = mailtoBatches(addresses, { bcc: true, subject: 'Invitasjon' })
 *   for (const url of links) await desktop().openExternal({ kind: 'mailto', url })
 *
 * Addresses are trimmed, de-duplicated (ignoring case) and percent-encoded; blanks and anything
 * that is not an e-mail address are left out (see `rejected` in `planMailto`).
 */
export type MailtoOptions = {
  /** Put the recipients in Bcc (the default), so invitees do not see each other. */
  bcc?: boolean
  subject?: string
  body?: string
  /** The longest link made; default 1,800 characters. */
  maxLength?: number
}

export type MailtoPlan = { links: string[]; recipients: string[]; rejected: string[] }

export const DEFAULT_MAILTO_LENGTH = 1_800

const ADDRESS = /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[^\s@<>"(),;:]{2,}$/

/** Percent-encodes an address but keeps `@` readable (RFC 6068 allows it). */
export function encodeAddress(address: string): string {
  return encodeURIComponent(address).replace(/%40/g, '@')
}

/** The unique, valid addresses in their first-seen order, and the ones left out. */
export function cleanAddresses(addresses: readonly string[]): { recipients: string[]; rejected: string[] } {
  const seen = new Set<string>()
  const recipients: string[] = []
  const rejected: string[] = []
  for (const raw of addresses) {
    const address = raw.normalize('NFC').trim()
    if (!address) continue
    if (!ADDRESS.test(address)) {
      rejected.push(address)
      continue
    }
    const key = address.toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    recipients.push(address)
  }
  return { recipients, rejected }
}

/** Splits the recipients into as few `mailto:` links as fit under the length limit. */
export function planMailto(addresses: readonly string[], options: MailtoOptions = {}): MailtoPlan {
  const { bcc = true, subject, body, maxLength = DEFAULT_MAILTO_LENGTH } = options
  const { recipients, rejected } = cleanAddresses(addresses)
  const extras = [
    subject ? `subject=${encodeURIComponent(subject)}` : '',
    body ? `body=${encodeURIComponent(body)}` : '',
  ].filter(Boolean)
  const link = (encoded: string[]): string => {
    const list = encoded.join(',')
    if (bcc) return `mailto:?${[`bcc=${list}`, ...extras].join('&')}`
    return `mailto:${list}${extras.length > 0 ? `?${extras.join('&')}` : ''}`
  }
  const links: string[] = []
  let batch: string[] = []
  for (const address of recipients) {
    const encoded = encodeAddress(address)
    if (link([encoded]).length > maxLength) throw new RangeError('Emne og tekst gjør e-postlenken for lang.')
    if (batch.length > 0 && link([...batch, encoded]).length > maxLength) {
      links.push(link(batch))
      batch = []
    }
    batch.push(encoded)
  }
  if (batch.length > 0) links.push(link(batch))
  return { links, recipients, rejected }
}

/** The links only; see `planMailto` for the cleaned and rejected addresses. */
export function mailtoBatches(addresses: readonly string[], options: MailtoOptions = {}): string[] {
  return planMailto(addresses, options).links
}
