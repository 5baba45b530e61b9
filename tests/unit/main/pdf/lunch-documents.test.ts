import { writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CARD, cardOrigins } from '../../../../electron/main/pdf/lunch/place-cards'
import { renderLunchDocument } from '../../../../electron/main/pdf/lunch/render-lunch-document'
import { extractText } from './read-pdf'

const header = { title: 'Signeringslunsj 3. desember 2026', subtitle: 'Kl. 11.30–13.00, Oslo rådhus, Festsalen' }
const LONG = 'Aktieselskabet Østlandske Fjernvarme- og Kuldeforsyning Holding'

describe('place cards', () => {
  it('prints six folded cards per A4, each name on both faces, the back face upside down above the fold', async () => {
    const cards = Array.from({ length: 7 }, (_, i) => ({ name: `Gjest ${i + 1} Nordmann`, organisation: 'Grønn Energi AS' }))
    const { bytes, pageCount } = await renderLunchDocument({ kind: 'placeCards', header, cards })
    expect(pageCount).toBe(2)
    const pdf = await extractText(bytes)
    const first = cardOrigins()[0]!
    const items = pdf.details[0]!.items.filter((i) => i.text === 'Gjest 1 Nordmann')
    expect(items).toHaveLength(2)
    const fold = first.y + CARD.height / 2
    const [lower, upper] = [...items].sort((a, b) => a.y - b.y)
    expect(lower!.y).toBeLessThan(fold)
    expect(upper!.y).toBeGreaterThan(fold)
    // Upside down: the drawn text's origin is at its right end, so it sits right of the upright copy's start.
    expect(upper!.x).toBeGreaterThan(lower!.x + lower!.width / 2)
    expect(pdf.pages[1]).toContain('Gjest 7 Nordmann')
    if (process.env.SAVE_PDF) writeFileSync(process.env.SAVE_PDF, bytes)
  })

  it('shrinks or wraps a long name so it stays inside the card', async () => {
    const { bytes } = await renderLunchDocument({ kind: 'placeCards', header, cards: [{ name: 'Kristin Margrethe Østby-Haugenstad Johannessen', organisation: LONG }] })
    const pdf = await extractText(bytes)
    const { x } = cardOrigins()[0]!
    const upright = pdf.details[0]!.items.filter((i) => i.y < cardOrigins()[0]!.y + CARD.height / 2)
    expect(upright.length).toBeGreaterThan(1)
    for (const item of upright) {
      expect(item.x).toBeGreaterThanOrEqual(x)
      expect(item.x + item.width).toBeLessThanOrEqual(x + CARD.width)
    }
    expect(pdf.all.replace(/\s+/g, ' ')).toContain('Kristin Margrethe')
  })

  it('refuses a character the font cannot print instead of leaving a blank', async () => {
    await expect(renderLunchDocument({ kind: 'placeCards', header, cards: [{ name: 'Kari 🙂', organisation: '' }] })).rejects.toThrow(/U\+1F642/)
  })
})

describe('lunch lists', () => {
  it('prints the table plan with each table and its guests', async () => {
    const { bytes } = await renderLunchDocument({
      kind: 'tablePlan',
      header,
      tables: [
        { name: 'Bord 1', shape: 'round', seatCount: 8, seats: [{ seat: 1, name: 'Marit Vea', title: 'byråd for miljø og samferdsel', organisation: 'Oslo kommune' }] },
        { name: 'Bord 2', shape: 'rect', seatCount: 6, seats: [{ seat: 3, name: 'Per Berg', title: 'Daglig leder', organisation: 'Byggmester Berg AS' }] },
      ],
    })
    const { all, details } = await extractText(bytes)
    // Page 1: the floor drawing, landscape, with every table and the names at their seats.
    expect(details[0]!.width).toBeGreaterThan(details[0]!.height)
    expect(details[0]!.text).toContain('Bord 1 (1/8)')
    expect(details[0]!.text).toContain('Per Berg')
    expect(all).toMatch(/Bord 1 \(1 gjest\)/)
    expect(all).toContain('Byggmester Berg AS')
    expect(all).toContain('Side 1 av 1')
    if (process.env.SAVE_PDF) writeFileSync(process.env.SAVE_PDF.replace('.pdf', '-plan.pdf'), bytes)
  })

  it('prints the guest list and the agenda', async () => {
    const list = await extractText(
      (await renderLunchDocument({ kind: 'guestList', header, guests: [{ name: 'Aisha Khan', title: 'Daglig leder', organisation: 'Sykkelbud Oslo', table: 'Bord 2' }] })).bytes,
    )
    expect(list.all).toContain('Aisha Khan')
    const agenda = await extractText(
      (await renderLunchDocument({ kind: 'agenda', header, items: [{ time: '12.00–12.05', text: 'Sykkelbud Oslo', detail: '5 minutter' }] })).bytes,
    )
    expect(agenda.all).toContain('12.00–12.05')
  })
})
