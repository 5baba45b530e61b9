import { describe, expect, it } from 'vitest'
import { cleanAddresses, mailtoBatches, planMailto } from '../../../../renderer/lib/mailto'

const many = (n: number) => Array.from({ length: n }, (_, i) => `deltaker.nummer${i}@virksomhet${i % 7}.no`)

describe('mailtoBatches', () => {
  it('puts every invitee in Bcc of links that each stay under 1,800 characters', () => {
    const addresses = many(200)
    const links = mailtoBatches(addresses, { subject: 'Invitasjon til nettverksmøte 3. juni' })
    expect(links.length).toBeGreaterThan(1)
    for (const link of links) {
      expect(link.length).toBeLessThanOrEqual(1_800)
      expect(link.startsWith('mailto:?bcc=')).toBe(true)
    }
    const back = links.flatMap((l) => decodeURIComponent(new URL(l).searchParams.get('bcc') ?? '').split(','))
    expect(back).toEqual(addresses)
  })

  it('encodes addresses and the subject so no raw space, plus or ampersand reaches the link', () => {
    const [link] = mailtoBatches(['ola+nfk@firma.no'], { subject: 'Møte & lunsj' })
    expect(link).toBe('mailto:?bcc=ola%2Bnfk@firma.no&subject=M%C3%B8te%20%26%20lunsj')
  })

  it('drops blanks, duplicates ignoring case, and reports what is not an address', () => {
    const plan = planMailto([' kari@firma.no ', 'KARI@firma.no', '', 'ikke en adresse', 'ola@firma.no'])
    expect(plan.recipients).toEqual(['kari@firma.no', 'ola@firma.no'])
    expect(plan.rejected).toEqual(['ikke en adresse'])
    expect(cleanAddresses(['a@b.no;c@d.no']).rejected).toEqual(['a@b.no;c@d.no'])
  })

  it('makes plain To links when Bcc is off, and none at all for no recipients', () => {
    expect(mailtoBatches(['kari@firma.no', 'ola@firma.no'], { bcc: false })).toEqual(['mailto:kari@firma.no,ola@firma.no'])
    expect(mailtoBatches([])).toEqual([])
  })

  it('honours a smaller limit', () => {
    const links = mailtoBatches(many(30), { maxLength: 300 })
    expect(links.every((l) => l.length <= 300)).toBe(true)
    expect(links.length).toBeGreaterThan(3)
  })
})
