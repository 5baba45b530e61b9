import { writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BADGE, BADGES_PER_PAGE, badgeOrigins, renderNameBadges } from '../../../../electron/main/pdf/badges/name-badges'
import { NOTE_TOTAL, NO_TABLE, groupByTable, needTotals, renderKitchenList } from '../../../../electron/main/pdf/lunch/kitchen-list'
import { DIET_LEGEND, DIET_MARK } from '../../../../electron/main/pdf/lunch/floor-drawing'
import { renderLunchDocument } from '../../../../electron/main/pdf/lunch/render-lunch-document'
import type { KitchenGuest } from '../../../../electron/shared/channels/kitchen'
import { extractText } from './read-pdf'

const people = [
  { name: 'Máret Ŋuorra', title: 'Daglig leder', organisation: 'Čáhcegáttis AS' },
  { name: 'Małgorzata Wąsowska', title: 'Klimasjef', organisation: 'Łódź Logistikk AS' },
  { name: 'Kristin Margrethe Østby-Haugenstad Johannessen', title: 'Leder for bærekraft og samfunnsansvar', organisation: 'Aktieselskabet Østlandske Fjernvarme- og Kuldeforsyning Holding' },
]

const flat = (text: string) => text.replace(/\s+/g, ' ')

describe('name badges', () => {
  it('prints name, title and organisation with Sami and Polish letters, ten badges per A4', async () => {
    const badges = Array.from({ length: 11 }, (_, i) => people[i % 3]!)
    const { bytes, pageCount } = await renderNameBadges({ eventLine: 'Nettverksmøte 12.03.2027', badges })
    expect(BADGES_PER_PAGE).toBe(10)
    expect(pageCount).toBe(2)
    const pdf = await extractText(bytes)
    expect(pdf.details[0]!.width).toBeLessThan(pdf.details[0]!.height)
    for (const text of ['Máret Ŋuorra', 'Čáhcegáttis AS', 'Małgorzata Wąsowska', 'Łódź Logistikk AS', 'Klimasjef', 'Nettverksmøte 12.03.2027']) {
      expect(pdf.pages[0]).toContain(text)
    }
    expect(pdf.pages[1]).toContain('Małgorzata Wąsowska')
    if (process.env.SAVE_PDF) writeFileSync(process.env.SAVE_PDF.replace('.pdf', '-badges.pdf'), bytes)
  })

  it('keeps every line of a long name and organisation inside its badge', async () => {
    const { bytes } = await renderNameBadges({ eventLine: 'Nettverksmøte', badges: [people[2]!] })
    const pdf = await extractText(bytes)
    const { x, y } = badgeOrigins()[0]!
    const inside = pdf.details[0]!.items.filter((i) => i.y > y && i.y < y + BADGE.height)
    expect(inside.length).toBeGreaterThan(3)
    for (const item of inside) {
      expect(item.x).toBeGreaterThanOrEqual(x)
      expect(item.x + item.width).toBeLessThanOrEqual(x + BADGE.width)
    }
    expect(flat(pdf.all)).toContain('Kristin Margrethe')
    expect(flat(pdf.all)).toContain('Fjernvarme')
  })

  it('cuts text that cannot fit even at the smallest size with "…" rather than running off the badge', async () => {
    const { bytes } = await renderNameBadges({ eventLine: '', badges: [{ name: 'Åse '.repeat(40).trim(), title: '', organisation: '' }] })
    const pdf = await extractText(bytes)
    expect(pdf.all).toContain('…')
    expect(pdf.all).toContain('Næring for klima')
  })

  it('refuses a character the font cannot print', async () => {
    await expect(renderNameBadges({ eventLine: '', badges: [{ name: 'Kari 🙂', title: '', organisation: '' }] })).rejects.toThrow(/U\+1F642/)
  })
})

const guest = (name: string, table: string, needs: string[] = [], note = '', organisation = 'Grønn AS'): KitchenGuest => ({ name, organisation, table, needs, note })

const guests: KitchenGuest[] = [
  guest('Máret Ŋuorra', 'Bord 10', ['Vegetar'], '', 'Čáhcegáttis AS'),
  guest('Małgorzata Wąsowska', 'Bord 2', ['Glutenfri', 'nøtteallergi'], 'Alvorlig: ingen spor av nøtter', 'Łódź Logistikk AS'),
  guest('Per Berg', 'Bord 2'),
  guest('Aisha Khan', 'Bord 2', ['vegetar']),
  guest('Ola Nordmann', ''),
  guest('Kari Nordmann', 'Bord 10', [], 'Laktoseintoleranse'),
]

describe('the kitchen list', () => {
  it('groups tables in natural order, guests not seated last', () => {
    expect(groupByTable(guests).map((g) => [g.table, g.guests.length])).toEqual([
      ['Bord 2', 3],
      ['Bord 10', 2],
      [NO_TABLE, 1],
    ])
  })

  it('counts each need once per guest, without regard to case, with its tables', () => {
    expect(needTotals(groupByTable(guests))).toEqual([
      { need: 'vegetar', count: 2, tables: ['Bord 2', 'Bord 10'] },
      { need: 'Glutenfri', count: 1, tables: ['Bord 2'] },
      { need: 'nøtteallergi', count: 1, tables: ['Bord 2'] },
      { need: NOTE_TOTAL, count: 2, tables: ['Bord 2', 'Bord 10'] },
    ])
    expect(needTotals(groupByTable([guest('A', 'Bord 1', ['Vegetar', 'vegetar ', ' ']), guest('B', 'Bord 1', ['  '])]))).toEqual([
      { need: 'Vegetar', count: 1, tables: ['Bord 1'] },
    ])
  })

  it('prints the heading, the totals and each table with its guests and their needs', async () => {
    const { bytes } = await renderKitchenList({ title: 'Signeringslunsj 10.06.2027', subtitle: 'Kl. 11.30–13.00, Oslo rådhus, Festsalen', guests })
    const pdf = await extractText(bytes)
    const text = flat(pdf.all)
    expect(pdf.pages[0]!.split('\n')[0]).toBe('Kjøkkenliste — Signeringslunsj 10.06.2027')
    expect(text).toContain('6 gjester, 4 med spesielle behov.')
    expect(text).toContain('Vegetar 2 Bord 2, Bord 10')
    expect(text).toContain('Egen merknad (se per bord) 2 Bord 2, Bord 10')
    expect(text).toContain('Bord 2 — 3 gjester, 2 med behov')
    expect(text).toContain('Małgorzata Wąsowska Łódź Logistikk AS Glutenfri, nøtteallergi. Alvorlig: ingen spor av nøtter')
    expect(text).toContain('Máret Ŋuorra Čáhcegáttis AS Vegetar')
    expect(text).toContain('Kari Nordmann Grønn AS Laktoseintoleranse')
    expect(text).toContain('Uten bord — 1 gjest, ingen spesielle behov')
    // Guests without needs are counted, not listed.
    expect(text).not.toContain('Per Berg')
    expect(text.indexOf('Bord 2 —')).toBeLessThan(text.indexOf('Bord 10 —'))
    expect(text).toContain('Inneholder helseopplysninger')
    expect(text).toContain('Side 1 av 1')
    if (process.env.SAVE_PDF) writeFileSync(process.env.SAVE_PDF.replace('.pdf', '-kitchen.pdf'), bytes)
  })

  it('says so when nobody has needs', async () => {
    const { bytes } = await renderKitchenList({ title: 'Signeringslunsj 10.06.2027', subtitle: '', guests: [guest('Per Berg', 'Bord 1')] })
    const text = flat((await extractText(bytes)).all)
    expect(text).toContain('1 gjest, 0 med spesielle behov.')
    expect(text).toContain('Ingen gjester har meldt spesielle behov.')
    expect(text).toContain('Bord 1 — 1 gjest, ingen spesielle behov')
  })

  it('names its progress by table only, never by guest or need', async () => {
    const labels: string[] = []
    await renderKitchenList({ title: 'Signeringslunsj', subtitle: '', guests }, (_done, _total, label) => labels.push(label))
    expect(labels).toEqual(['Bord 2', 'Bord 10', NO_TABLE])
  })
})

const header = { title: 'Signeringslunsj 10. juni 2027', subtitle: 'Kl. 11.30–13.00, Oslo rådhus' }
const seat = (n: number, name: string, diet?: string) => ({ seat: n, name, title: 'Daglig leder', organisation: 'Grønn AS', ...(diet === undefined ? {} : { diet }) })

describe('the table plan with diets', () => {

  it('marks guests with a diet on the drawing, explains the mark, and lists the diet per guest', async () => {
    const { bytes } = await renderLunchDocument({
      kind: 'tablePlan',
      header,
      tables: [{ name: 'Bord 1', shape: 'round', seatCount: 6, seats: [seat(1, 'Máret Ŋuorra', 'Vegetar'), seat(2, 'Per Berg'), seat(3, 'Małgorzata Wąsowska', 'Nøtteallergi')] }],
    })
    const pdf = await extractText(bytes)
    expect(pdf.details[0]!.items.filter((i) => i.text === DIET_MARK)).toHaveLength(3) // two guests and the legend
    expect(pdf.pages[0]).toContain(DIET_LEGEND)
    const list = flat(pdf.pages[1]!)
    expect(list).toContain('Kost og allergier')
    expect(list).toContain('Máret Ŋuorra Daglig leder Grønn AS Vegetar')
    expect(list).toContain('Małgorzata Wąsowska Daglig leder Grønn AS Nøtteallergi')
    if (process.env.SAVE_PDF) writeFileSync(process.env.SAVE_PDF.replace('.pdf', '-plan-diet.pdf'), bytes)
  })

  it('prints as before when no guest has a diet', async () => {
    const { bytes } = await renderLunchDocument({ kind: 'tablePlan', header, tables: [{ name: 'Bord 1', shape: 'rect', seatCount: 4, seats: [seat(1, 'Per Berg'), seat(2, 'Kari', ' ')] }] })
    const pdf = await extractText(bytes)
    expect(pdf.details[0]!.items.some((i) => i.text === DIET_MARK)).toBe(false)
    expect(pdf.all).not.toContain(DIET_LEGEND)
    expect(pdf.all).not.toContain('Kost og allergier')
  })
})
