import { mkdirSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { UnsupportedCharacterError } from '../../../../electron/main/pdf'
import { renderParticipantList } from '../../../../electron/main/pdf/participant-list/render-participant-list'
import type { ParticipantListModel } from '../../../../electron/shared/channels/events'
import { extractText } from './read-pdf'

const model = (organisations: ParticipantListModel['organisations']): ParticipantListModel => ({
  eventTitle: 'Nettverksmøte om mobilitet',
  dateLine: '3. juni 2027 kl. 09.00–11.30',
  place: 'Oslo rådhus, Festsalen',
  organisations,
})

/** Saved for looking at with pdftoppm; not part of any assertion. */
function keep(name: string, bytes: Uint8Array): void {
  mkdirSync('test-results', { recursive: true })
  writeFileSync(`test-results/${name}.pdf`, bytes)
}

describe('renderParticipantList', () => {
  it('prints organisations in Norwegian order with their people under each, and a signature column', async () => {
    const { bytes, pageCount } = await renderParticipantList(
      model([
        { name: 'Åsen Bygg AS', people: [{ name: 'Åge Ås', role: '' }] },
        { name: 'Zeta Energi AS', people: [{ name: 'Zara Lie', role: 'Toppleder' }] },
        { name: 'Ørsta Kraft', people: [{ name: 'Øyvind Berg', role: 'Stedfortreder' }, { name: 'Anne Aas', role: '' }] },
        { name: 'Bølgen Energi AS', people: [{ name: 'Máret Ánde', role: 'Klimakontakt' }] },
        { name: 'Tom AS', people: [] },
      ]),
    )
    keep('participant-list', bytes)
    expect(pageCount).toBe(1)
    const text = (await extractText(bytes)).all
    expect(text).toContain('Deltakerliste')
    expect(text).toContain('3. juni 2027 kl. 09.00–11.30 · Oslo rådhus, Festsalen')
    expect(text).toContain('5 personer fra 4 virksomheter')
    expect(text).toContain('Signatur')
    const order = ['Bølgen Energi AS', 'Máret Ánde', 'Zeta Energi AS', 'Ørsta Kraft', 'Anne Aas', 'Øyvind Berg', 'Åsen Bygg AS', 'Åge Ås'].map((s) => text.indexOf(s))
    expect(order.every((pos) => pos >= 0)).toBe(true)
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(text).not.toContain('Tom AS')
  })

  it('flows a long list over pages, repeating the column header and numbering the pages', async () => {
    const organisations = Array.from({ length: 40 }, (_, i) => ({
      name: `Virksomhet ${i + 1} AS`,
      people: Array.from({ length: 3 }, (_unused, j) => ({ name: `Person ${i + 1}-${j + 1}`, role: j === 0 ? 'Toppleder' : '' })),
    }))
    const { bytes, pageCount } = await renderParticipantList(model(organisations))
    keep('participant-list-long', bytes)
    expect(pageCount).toBeGreaterThan(3)
    const pages = (await extractText(bytes)).pages
    expect(pages).toHaveLength(pageCount)
    pages.forEach((page, i) => {
      expect(page).toContain('Signatur')
      expect(page).toContain(`Side ${i + 1} av ${pageCount}`)
    })
    // An organisation heading never ends a page alone: its first person is on the same page.
    for (const page of pages) {
      const lastHeading = page.match(/Virksomhet (\d+) AS/g)?.at(-1)
      if (lastHeading) expect(page).toContain(`Person ${lastHeading.match(/\d+/)?.[0]}-1`)
    }
  })

  it('refuses a character the font cannot print rather than leaving a blank', async () => {
    await expect(renderParticipantList(model([{ name: 'Emoji AS', people: [{ name: 'Kari 🙂', role: '' }] }]))).rejects.toBeInstanceOf(
      UnsupportedCharacterError,
    )
  })
})
