import { describe, expect, it } from 'vitest'
import { checkMailto } from '../../../electron/main/host/open-external'
import { mailtoBatches } from '../../../renderer/lib/mailto'

describe('mailto batches and the main-process guard', () => {
  it('makes only links the openExternal guard lets through, even with awkward names and text', () => {
    const addresses = Array.from({ length: 300 }, (_, i) => `påmeldt.${i}+nfk@bølgen-énergi.no`)
    const links = mailtoBatches(addresses, { subject: 'Invitasjon: "Klima & ledelse" <3. juni>', body: 'Hei!\nVelkommen.' })
    expect(links.length).toBeGreaterThan(5)
    for (const link of links) expect(checkMailto(link)).toBeNull()
  })
})
