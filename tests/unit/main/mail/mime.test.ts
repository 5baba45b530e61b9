import { describe, expect, it } from 'vitest'
import {
  InvalidAddressError,
  base64Lines,
  encodedWords,
  foldHeader,
  headerText,
  mailDate,
  mailboxTokens,
  needsEncoding,
  normaliseAddress,
  quotedPrintable,
  textTokens,
} from '../../../../electron/main/mail/mime'

/** Decodes RFC 2047 B-words the way a mail reader does, for checking our own output. */
const decodeWords = (words: string[]) =>
  words.map((w) => Buffer.from(/^=\?UTF-8\?B\?(.*)\?=$/.exec(w)![1]!, 'base64').toString('utf8')).join('')

/** A minimal quoted-printable decoder (RFC 2045 6.7), to read back what we wrote. */
const decodeQp = (text: string) =>
  Buffer.from(
    text
      .replace(/=\r\n/g, '')
      .split(/(=[0-9A-F]{2})/)
      .flatMap((part) => (/^=[0-9A-F]{2}$/.test(part) ? [Number.parseInt(part.slice(1), 16)] : [...Buffer.from(part, 'latin1')])),
  ).toString('utf8')

describe('header text', () => {
  it('puts a header value on one line: line breaks, tabs and control characters become one space', () => {
    expect(headerText('  Hei\r\nBcc: ond@x.no\t\u0000slutt  ')).toBe('Hei Bcc: ond@x.no slutt')
    expect(headerText('a\u2028b')).toBe('a b')
  })

  it('composes decomposed letters (å typed as a + ring) into one character', () => {
    expect(headerText('Ra\u030adhus')).toBe('Rådhus')
  })

  it('encodes only what a header cannot carry as it is', () => {
    expect(needsEncoding(' !Plain ~text}')).toBe(false)
    expect(needsEncoding('Tøyen')).toBe(true)
    expect(needsEncoding('a\u001fb')).toBe(true)
    expect(needsEncoding('a\u007fb')).toBe(true)
    expect(needsEncoding('looks =?like a word')).toBe(true)
    expect(needsEncoding('a = b ? c')).toBe(false)
  })
})

describe('encoded words', () => {
  it('encodes a short text as one UTF-8 B-word', () => {
    expect(encodedWords('Møte på Tøyen')).toEqual([`=?UTF-8?B?${Buffer.from('Møte på Tøyen').toString('base64')}?=`])
  })

  it('splits long text into words of at most 75 characters, never inside a character', () => {
    const text = 'Máret Ŋuorra, Čáhcegáttis – Małgorzata Wąsowska, Łódź – ærlig og åpen dialog om utslipp'.repeat(2)
    const words = encodedWords(text)
    expect(words.length).toBeGreaterThan(2)
    for (const word of words) {
      expect(word.length).toBeLessThanOrEqual(75)
      expect(decodeWords([word])).not.toContain('\ufffd')
    }
    expect(decodeWords(words)).toBe(text)
  })

  it('fills a word up to 39 bytes before starting the next, so it fits on a line after "Subject: "', () => {
    expect(encodedWords('a'.repeat(39))).toHaveLength(1)
    expect(encodedWords('a'.repeat(39))[0]).toHaveLength(64)
    expect(encodedWords('a'.repeat(40)).map((w) => decodeWords([w]))).toEqual(['a'.repeat(39), 'a'])
    expect(encodedWords('ø'.repeat(20)).map((w) => decodeWords([w]))).toEqual(['ø'.repeat(19), 'ø'])
  })

  it('turns a subject into plain words, or encoded words when it has letters beyond ASCII', () => {
    expect(textTokens(' Invitasjon  til\r\nmøte ')).toEqual(encodedWords('Invitasjon til møte'))
    expect(textTokens(' Invitation  to\r\nmeeting ')).toEqual(['Invitation', 'to', 'meeting'])
  })
})

describe('folding', () => {
  it('keeps every line within 76 characters, folding with CRLF and a space', () => {
    const words = 'Invitation to the network meeting of the climate network in the city hall of Oslo on the tenth of June'.split(' ')
    const header = foldHeader('Subject', words)
    const lines = header.split('\r\n')
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(76)
    for (const line of lines.slice(1)) expect(line).toMatch(/^ \S/)
    expect(header.replace(/\r\n/g, '')).toBe(`Subject: ${words.join(' ')}`)
    expect(header).not.toMatch(/\r(?!\n)|(?<!\r)\n/)
  })

  it('folds only when the next word would pass 76 characters', () => {
    expect(foldHeader('To', ['a', 'x'.repeat(70)])).toBe(`To: a ${'x'.repeat(70)}`)
    expect(foldHeader('To', ['a', 'x'.repeat(71)])).toBe(`To: a\r\n ${'x'.repeat(71)}`)
    expect(foldHeader('To', ['a', 'x'.repeat(71), 'b', 'c'])).toBe(`To: a\r\n ${'x'.repeat(71)} b c`)
    expect(foldHeader('To', ['a', 'x'.repeat(71), 'y'.repeat(4)])).toBe(`To: a\r\n ${'x'.repeat(71)}\r\n ${'y'.repeat(4)}`)
  })

  it('never leaves the header name alone on a line when the first word is long', () => {
    expect(foldHeader('Subject', ['x'.repeat(100), 'y'])).toBe(`Subject: ${'x'.repeat(100)}\r\n y`)
  })
})

describe('addresses', () => {
  it.each([
    ['kari@firma.no', 'kari@firma.no'],
    ['Kari.Nordmann+nfk@Firma.NO', 'Kari.Nordmann+nfk@firma.no'],
    ["o'brien_1@sub.firma-2.no", "o'brien_1@sub.firma-2.no"],
    ['post@bærum.no', 'post@xn--brum-voa.no'],
    [`${'k'.repeat(64)}@firma.no`, `${'k'.repeat(64)}@firma.no`],
    [`kari@${'d'.repeat(63)}.no`, `kari@${'d'.repeat(63)}.no`],
    ['a@b.c', 'a@b.c'],
    [`kari@${Array.from({ length: 3 }, () => 'd'.repeat(63)).join('.')}.${'e'.repeat(61)}`, `kari@${Array.from({ length: 3 }, () => 'd'.repeat(63)).join('.')}.${'e'.repeat(61)}`],
  ])('accepts %s as %s', (input, expected) => {
    expect(normaliseAddress(input)).toBe(expected)
  })

  it.each([
    '',
    'kari',
    'firma.no',
    '@firma.no',
    'kari@',
    'kari@firma',
    'kari@.no',
    'kari@firma.',
    'kari@firma..no',
    'kari@-firma.no',
    'kari@firma-.no',
    'kari@fir_ma.no',
    'ka ri@firma.no',
    'kari@fir ma.no',
    '"kari"@firma.no',
    'kari@firma.no\r\nBcc: ond@x.no',
    'kari@firma.no, per@firma.no',
    'kari@firma.no>',
    '<kari@firma.no',
    'åse@firma.no',
    '.kari@firma.no',
    'kari.@firma.no',
    'ka..ri@firma.no',
    'kari@[127.0.0.1]',
    'kari@fir%6Da.no',
    'kari@firma\r\n.no',
    'kari@firma.no\t',
    `${'k'.repeat(65)}@firma.no`,
    `kari@${'d'.repeat(64)}.no`,
    `kari@${Array.from({ length: 4 }, () => 'd'.repeat(63)).join('.')}.no`,
  ])('refuses %j', (input) => {
    expect(() => normaliseAddress(input)).toThrow(InvalidAddressError)
  })

  it('names the address it refused, in Norwegian', () => {
    expect(() => normaliseAddress('kari')).toThrow('ugyldig e-postadresse: «kari»')
    expect(() => normaliseAddress('kari')).toThrow(expect.objectContaining({ name: 'InvalidAddressError', address: 'kari' }))
  })

  it('writes a plain display name as it is, anything else encoded, and the address in angle brackets', () => {
    expect(mailboxTokens({ name: 'Per Berg', address: 'per@firma.no' })).toEqual(['Per', 'Berg', '<per@firma.no>'])
    expect(mailboxTokens({ name: 'Anne-Lise 2', address: 'a@b.no' })).toEqual(['Anne-Lise', '2', '<a@b.no>'])
    for (const name of ['Máret Ŋuorra', 'Berg, Per', 'Per "Sjefen" Berg', "O'Brien", 'Per <per@evil.no>']) {
      const tokens = mailboxTokens({ name, address: 'per@firma.no' })
      expect(decodeWords(tokens.slice(0, -1))).toBe(name)
      expect(tokens.at(-1)).toBe('<per@firma.no>')
    }
  })

  it('leaves out an empty or blank display name', () => {
    expect(mailboxTokens({ name: '', address: 'per@firma.no' })).toEqual(['<per@firma.no>'])
    expect(mailboxTokens({ name: ' \r\n ', address: 'per@firma.no' })).toEqual(['<per@firma.no>'])
  })

  it('puts the domain in ASCII form inside the brackets', () => {
    expect(mailboxTokens({ name: 'Per', address: 'per@bærum.no' })).toEqual(['Per', '<per@xn--brum-voa.no>'])
  })
})

describe('quoted-printable', () => {
  it('writes printable ASCII as it is and everything else as =XX', () => {
    expect(quotedPrintable('!a~ b')).toBe('!a~ b')
    expect(quotedPrintable('1 = 1')).toBe('1 =3D 1')
    expect(quotedPrintable('Kjære Åse')).toBe('Kj=C3=A6re =C3=85se')
    expect(quotedPrintable('a\u007fb\u0001')).toBe('a=7Fb=01')
  })

  it('encodes a space or tab at the end of a line, where transport would strip it', () => {
    expect(quotedPrintable('Hei \nsann\t')).toBe('Hei=20\r\nsann=09')
    expect(quotedPrintable('a \tb')).toBe('a \tb')
  })

  it('ends every line with CRLF, whatever the page used', () => {
    expect(quotedPrintable('a\nb\r\nc\rd\n')).toBe('a\r\nb\r\nc\r\nd\r\n')
  })

  it('breaks long lines with a soft break so no line passes 76 characters, and decodes to the text', () => {
    const text = 'Vi inviterer dere til nettverksmøte om klimakrav i innkjøp – en lang linje med æøå og = tegn. '.repeat(4)
    const encoded = quotedPrintable(text)
    for (const line of encoded.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76)
    expect(encoded).toContain('=\r\n')
    expect(decodeQp(encoded)).toBe(text)
  })

  it('keeps a line whole while it fits in 75 characters plus the soft break', () => {
    expect(quotedPrintable('x'.repeat(75))).toBe('x'.repeat(75))
    expect(quotedPrintable('x'.repeat(76))).toBe(`${'x'.repeat(75)}=\r\nx`)
    // An encoded byte is never split by a soft break, though a character's bytes may be.
    expect(quotedPrintable(`${'x'.repeat(72)}æ`)).toBe(`${'x'.repeat(72)}=C3=\r\n=A6`)
    expect(quotedPrintable(`${'x'.repeat(73)}æ`)).toBe(`${'x'.repeat(73)}=\r\n=C3=A6`)
  })
})

describe('base64 and dates', () => {
  it('writes base64 in lines of 76 characters, without a trailing line break', () => {
    expect(base64Lines(new Uint8Array(57).fill(65))).toBe(Buffer.alloc(57, 65).toString('base64'))
    const two = base64Lines(new Uint8Array(58).fill(65)).split('\r\n')
    expect(two.map((l) => l.length)).toEqual([76, 4])
    expect(Buffer.from(two.join(''), 'base64')).toEqual(Buffer.alloc(58, 65))
  })

  it('dates a message in RFC 5322 form, in UTC', () => {
    expect(mailDate(new Date('2027-05-05T08:09:10Z'))).toBe('Wed, 05 May 2027 08:09:10 +0000')
  })
})
