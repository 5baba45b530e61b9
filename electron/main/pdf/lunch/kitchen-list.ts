/**
 * The kitchen list (kjøkkenliste) for a signing lunch: first the totals per need, then every table
 * with its guest count and the guests who need something. Health data: the document says so in
 * its footer, and nothing here logs or keeps it; progress labels name tables only.
 */
import { rgb } from 'pdf-lib'
import type { KitchenGuest, KitchenListModel } from '../../../shared/channels/kitchen'
import { PdfDocument, mm } from '../core/document'
import { Flow } from '../core/layout'
import type { JobProgress } from '../worker/job-types'
import { row } from './lists'

const GREY = rgb(0.4, 0.42, 0.46)
const ACCENT = rgb(0.12, 0.26, 0.67)
export const NO_TABLE = 'Uten bord'

export const kitchenHeading = (title: string): string => `Kjøkkenliste — ${title}`

const hasNote = (g: KitchenGuest) => g.note.trim() !== ''
const hasNeeds = (g: KitchenGuest) => g.needs.some((n) => n.trim()) || hasNote(g)
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
const needsText = (g: KitchenGuest) => [g.needs.map((n) => n.trim()).filter(Boolean).join(', '), g.note.trim()].filter(Boolean).join('. ')

export type TableGroup = { table: string; guests: KitchenGuest[] }

/** Tables in natural order ("Bord 2" before "Bord 10"), guests not seated last. */
export function groupByTable(guests: readonly KitchenGuest[]): TableGroup[] {
  const groups = new Map<string, KitchenGuest[]>()
  for (const guest of guests) {
    const table = guest.table.trim() || NO_TABLE
    groups.set(table, [...(groups.get(table) ?? []), guest])
  }
  const collator = new Intl.Collator('nb', { numeric: true, sensitivity: 'base' })
  return [...groups]
    .map(([table, list]) => ({ table, guests: list }))
    .sort((a, b) => Number(a.table === NO_TABLE) - Number(b.table === NO_TABLE) || collator.compare(a.table, b.table))
}

export type NeedTotal = { need: string; count: number; tables: string[] }

/** The row for free-text notes, after the named needs: the kitchen reads them per table. */
export const NOTE_TOTAL = 'Egen merknad (se per bord)'
const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('nb') + text.slice(1)

/** Each need once (compared without case), with how many guests have it and at which tables. */
export function needTotals(groups: readonly TableGroup[]): NeedTotal[] {
  const totals = new Map<string, NeedTotal>()
  for (const { table, guests } of groups) {
    for (const guest of guests) {
      const seen = new Set<string>()
      for (const need of guest.needs.map((n) => n.trim()).filter(Boolean)) {
        const key = need.toLocaleLowerCase('nb')
        if (seen.has(key)) continue
        seen.add(key)
        const total = totals.get(key) ?? { need, count: 0, tables: [] }
        total.count += 1
        if (!total.tables.includes(table)) total.tables.push(table)
        totals.set(key, total)
      }
    }
  }
  const sorted = [...totals.values()].sort((a, b) => b.count - a.count || a.need.localeCompare(b.need, 'nb'))
  const noted = groups.filter((g) => g.guests.some(hasNote))
  const notes = noted.reduce((sum, g) => sum + g.guests.filter(hasNote).length, 0)
  return notes ? [...sorted, { need: NOTE_TOTAL, count: notes, tables: noted.map((g) => g.table) }] : sorted
}

export async function renderKitchenList(model: KitchenListModel, progress: JobProgress = () => {}): Promise<{ bytes: Uint8Array; pageCount: number }> {
  const heading = kitchenHeading(model.title)
  const doc = await PdfDocument.create({ title: heading, author: 'Oslo kommune' })
  const flow = new Flow(doc, { margins: { top: mm(20), right: mm(18), bottom: mm(22), left: mm(18) } })
  flow.paragraph(heading, { font: 'bold', size: 18, spaceAfter: 2, color: ACCENT })
  if (model.subtitle) flow.paragraph(model.subtitle, { size: 10, color: GREY, spaceAfter: 4 })
  const withNeeds = model.guests.filter(hasNeeds).length
  flow.paragraph(`${count(model.guests.length, 'gjest', 'gjester')}, ${withNeeds} med spesielle behov.`, { size: 11, spaceAfter: 10 })

  const groups = groupByTable(model.guests)
  const totals = needTotals(groups)
  flow.paragraph('Samlet', { font: 'bold', size: 13, spaceAfter: 3, keepWithNext: 40 })
  if (totals.length === 0) flow.paragraph('Ingen gjester har meldt spesielle behov.', { size: 10.5, spaceAfter: 6 })
  else {
    row(flow, doc, ['Behov', 'Antall', 'Bord'], [0.4, 0.12, 0.48], true)
    for (const t of totals) row(flow, doc, [capitalised(t.need), String(t.count), t.tables.join(', ')], [0.4, 0.12, 0.48])
  }

  flow.paragraph('Per bord', { font: 'bold', size: 13, spaceBefore: 12, spaceAfter: 3, keepWithNext: 40 })
  groups.forEach(({ table, guests }, i) => {
    const needing = guests.filter(hasNeeds)
    const summary = needing.length ? `${needing.length} med behov` : 'ingen spesielle behov'
    flow.paragraph(`${table} — ${count(guests.length, 'gjest', 'gjester')}, ${summary}`, {
      font: 'bold',
      size: 11.5,
      spaceBefore: 8,
      spaceAfter: 2,
      keepWithNext: needing.length ? 40 : 0,
    })
    if (needing.length) {
      row(flow, doc, ['Navn', 'Virksomhet', 'Behov'], [0.28, 0.28, 0.44], true)
      for (const g of needing) row(flow, doc, [g.name, g.organisation, needsText(g)], [0.28, 0.28, 0.44])
    }
    progress(i + 1, groups.length, table)
  })

  flow.finish(({ page, index, count: pages, size }) => {
    doc.drawText(page, heading, flow.left, mm(13), { size: 8, color: GREY })
    doc.drawText(page, 'Inneholder helseopplysninger: del ikke videre, og makuler listen etter lunsjen.', flow.left, mm(9), { size: 8, color: GREY })
    const text = `Side ${index + 1} av ${pages}`
    doc.drawText(page, text, size[0] - flow.margins.right - doc.width(text, { size: 8 }), mm(13), { size: 8, color: GREY })
  })
  return { bytes: await doc.save(), pageCount: doc.pdf.getPageCount() }
}
