import { describe, expect, it } from 'vitest'
import { checkMailto, MAX_MAILTO_LENGTH } from '../../../electron/main/host/open-external'
import { mailtoBatches } from '../../../renderer/lib/mailto'

describe('mailto batches and the main-process guard', () => {
  it('makes only links the openExternal guard lets through, even with awkward names and text', () => {
    const addresses = Array.from({ length: 300 }, (_, i) => `påmeldt.${i}+nfk@bølgen-énergi.no`)
    const links = mailtoBatches(addresses, { subject: 'Invitasjon: "Klima & ledelse" <3. juni>', body: 'Hei!\nVelkommen.' })
    expect(links.length).toBeGreaterThan(5)
    for (const link of links) expect(checkMailto(link)).toBeNull()
    const direct = mailtoBatches(['a@b.no'], { bcc: false, subject: 'Hei', body: 'Tekst' })
    expect(direct).toEqual(['mailto:a@b.no?subject=Hei&body=Tekst'])
    expect(checkMailto(direct[0]!)).toBeNull()
  })
})

describe('checkMailto', () => {
  it('lets through to, cc, bcc, subject and body in any letter case, and a link with no fields', () => {
    for (const url of [
      'mailto:nfk@oslo.kommune.no',
      'MAILTO:nfk@oslo.kommune.no',
      'mailto:?to=a@b.no&cc=c@d.no&bcc=e@f.no&subject=Hei&body=Tekst',
      'mailto:a@b.no?SUBJECT=Hei&Body=x&CC=c@d.no&To=g@h.no&bCc=e@f.no',
      'mailto:?b%63c=a@b.no',
      'mailto:?bcc',
    ]) {
      expect(checkMailto(url), url).toBeNull()
    }
  })

  it('refuses every other header field, however it is spelt', () => {
    for (const url of [
      'mailto:a@b.no?attach=C:%5Cnfk%5Cmedlemmer.json',
      'mailto:a@b.no?subject=Hei&attachment=%2Fetc%2Fpasswd',
      'mailto:?bcc=a@b.no&ATTACH=x',
      'mailto:?%61ttach=x',
      'mailto:?from=sjef@oslo.kommune.no',
      'mailto:?in-reply-to=%3Cx@y%3E',
      'mailto:?x-mailer=nfk',
      'mailto:?subjectx=Hei',
      'mailto:?=a@b.no',
      'mailto:?bcc=a@b.no&',
      'mailto:?bcc=a@b.no&&subject=x',
    ]) {
      expect(checkMailto(url), url).toMatch(/^feltet «.*» er ikke tillatt i e-postlenker$/)
    }
    expect(checkMailto('mailto:?attach=x')).toBe('feltet «attach» er ikke tillatt i e-postlenker')
    expect(checkMailto('mailto:?bcc=a@b.no&ATTACH=C:%5Cx')).toBe('feltet «ATTACH» er ikke tillatt i e-postlenker')
    // A long name is quoted only in part, so the message stays readable.
    expect(checkMailto(`mailto:?${'x'.repeat(60)}=1`)).toBe(`feltet «${'x'.repeat(40)}» er ikke tillatt i e-postlenker`)
  })

  it('refuses a field name with a malformed percent-escape instead of throwing', () => {
    expect(checkMailto('mailto:?%E0%A4%A=x')).toBe('lenken har et feltnavn med ugyldig prosentkoding')
    expect(checkMailto('mailto:?bcc=a@b.no&%ZZ=x')).toBe('lenken har et feltnavn med ugyldig prosentkoding')
  })

  it('refuses a second ?, a fragment, and characters that are not encoded', () => {
    for (const url of ['mailto:?bcc=a@b.no?attach=x', 'mailto:a@b.no#?attach=x', 'mailto:a b@c.no', 'mailto:<a@b.no>', 'mailto:"a"@b.no', 'mailto:a@b.no\n']) {
      expect(checkMailto(url), url).toBe('lenken inneholder tegn som ikke er kodet')
    }
  })

  it('refuses other schemes and links over the length limit, and allows one at the limit', () => {
    expect(checkMailto('https://example.com/?mailto:')).toBe('bare mailto:-lenker kan åpnes')
    expect(checkMailto(' mailto:a@b.no')).toBe('bare mailto:-lenker kan åpnes')
    const at = `mailto:?bcc=${'a'.repeat(MAX_MAILTO_LENGTH - 'mailto:?bcc='.length)}`
    expect(at).toHaveLength(MAX_MAILTO_LENGTH)
    expect(checkMailto(at)).toBeNull()
    expect(checkMailto(`${at}a`)).toBe(`lenken er lengre enn ${MAX_MAILTO_LENGTH} tegn`)
  })
})
