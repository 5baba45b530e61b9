/**
 * The pieces of an Internet message that must be exact for Outlook and every mail parser to read a
 * draft alike: RFC 2047 encoded-words for non-ASCII header text, RFC 5322 folding with CRLF, RFC 2045
 * quoted-printable and base64 bodies, and addresses that cannot smuggle a header or a second recipient.
 * Everything produced here is 7-bit ASCII.
 */
import { domainToASCII } from 'node:url'

export const CRLF = '\r\n'
/**
 * RFC 2047 keeps a header line that holds encoded-words within 76 characters (RFC 5322 allows 78);
 * only a single unbreakable word may run past it.
 */
const MAX_LINE = 76
/** 39 UTF-8 bytes are 52 base64 characters: a 64-character encoded-word, which fits after "Subject: ". */
const MAX_WORD_BYTES = 39

export type Mailbox = { name: string; address: string }

export class InvalidAddressError extends Error {
  constructor(readonly address: string) {
    super(`ugyldig e-postadresse: «${address}»`)
    this.name = 'InvalidAddressError'
  }
}

/** Header text on one line: line breaks, tabs and other control characters become single spaces. */
export function headerText(value: string): string {
  return value.normalize('NFC').replace(/[\s\p{Cc}]+/gu, ' ').trim()
}

/** Text that a header cannot carry as it is: anything outside printable ASCII, or what looks like an encoded-word. */
export const needsEncoding = (text: string): boolean => /[^\x20-\x7e]/.test(text) || text.includes('=?')

/** RFC 2047 B-encoded words, never splitting a character between two words. */
export function encodedWords(text: string): string[] {
  const chunks: string[] = []
  let chunk = ''
  for (const char of text) {
    if (Buffer.byteLength(chunk + char) > MAX_WORD_BYTES) {
      chunks.push(chunk)
      chunk = ''
    }
    chunk += char
  }
  chunks.push(chunk)
  return chunks.map((c) => `=?UTF-8?B?${Buffer.from(c).toString('base64')}?=`)
}

/** Free text (a subject) as header tokens: plain words, or encoded-words when it needs them. */
export function textTokens(value: string): string[] {
  const text = headerText(value)
  return needsEncoding(text) ? encodedWords(text) : text.split(' ')
}

/**
 * `Name: token token …`, folded before a token that would pass 76 characters. Unfolding removes
 * only the CRLF, so plain words keep their space, and the space between two encoded-words is
 * dropped by the decoder (RFC 2047, 6.2).
 */
export function foldHeader(name: string, tokens: readonly string[]): string {
  let out = `${name}:`
  let lineLength = out.length
  for (const token of tokens) {
    if (lineLength + 1 + token.length > MAX_LINE && lineLength > name.length + 1) {
      out += `${CRLF} ${token}`
      lineLength = 1 + token.length
    } else {
      out += ` ${token}`
      lineLength += 1 + token.length
    }
  }
  return out
}

const LOCAL_PART = /^[\w!#$%&'*+/=?^`{|}~-]+(\.[\w!#$%&'*+/=?^`{|}~-]+)*$/
const DOMAIN_LABEL = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/

/**
 * `kari@bærum.no` → `kari@xn--brum-roa.no`: the domain in its ASCII form, the local part as typed
 * if it is a plain dot-atom. Anything else (spaces, quotes, brackets, line breaks, a second `@`,
 * letters outside ASCII before the `@`) throws, so an address is always exactly one mailbox.
 */
export function normaliseAddress(address: string): string {
  const at = address.lastIndexOf('@')
  const local = address.slice(0, at)
  if (at < 1 || local.length > 64 || !LOCAL_PART.test(local)) throw new InvalidAddressError(address)
  const typed = address.slice(at + 1)
  // Letters of any script, digits, dots and hyphens only: the URL parser behind `domainToASCII`
  // would silently drop line breaks and decode %-escapes, turning a wrong address into another.
  if (!/^[\p{L}\p{M}\p{N}.-]+$/u.test(typed)) throw new InvalidAddressError(address)
  const domain = domainToASCII(typed)
  const labels = domain.split('.')
  const valid = domain.length <= 253 && labels.length > 1 && labels.every((l) => l.length <= 63 && DOMAIN_LABEL.test(l))
  if (!valid) throw new InvalidAddressError(address)
  return `${local}@${domain}`
}

/** A display name that may stand as it is; anything else is encoded (always valid in a phrase). */
const PLAIN_NAME = /^[A-Za-z0-9 -]+$/

/** `Kari Nordmann <kari@firma.no>`, `=?UTF-8?B?…?= <…>`, or the bare address when there is no name. */
export function mailboxTokens(mailbox: Mailbox): string[] {
  const address = `<${normaliseAddress(mailbox.address)}>`
  const name = headerText(mailbox.name)
  if (!name) return [address]
  const nameTokens = PLAIN_NAME.test(name) ? name.split(' ') : encodedWords(name)
  return [...nameTokens, address]
}

/** RFC 2045 quoted-printable of UTF-8 text: CRLF line breaks, lines of at most 76 characters. */
export function quotedPrintable(text: string): string {
  return text.split(/\r\n|\r|\n/).map(encodeLine).join(CRLF)
}

function encodeLine(line: string): string {
  const bytes = Buffer.from(line)
  let out = ''
  let current = ''
  bytes.forEach((byte, i) => {
    const whitespace = byte === 0x20 || byte === 0x09
    // Whitespace at the end of a line would be stripped in transit, so it is encoded there.
    const literal = (byte >= 0x21 && byte <= 0x7e && byte !== 0x3d) || (whitespace && i < bytes.length - 1)
    const token = literal ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`
    // 75 plus the soft break's "=" is 76.
    if (current.length + token.length > 75) {
      out += `${current}=${CRLF}`
      current = ''
    }
    current += token
  })
  return out + current
}

/** Base64 in lines of 76 characters, as RFC 2045 asks. */
export function base64Lines(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64').replace(/.{76}(?=.)/g, `$&${CRLF}`)
}

/** `Wed, 05 May 2027 08:00:00 +0000` (RFC 5322 date-time, in UTC). */
export const mailDate = (date: Date): string => date.toUTCString().replace('GMT', '+0000')
