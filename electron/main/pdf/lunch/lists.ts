/** The lunch's printed lists: the table plan, the alphabetical guest list, and the agenda with the speaking order. */
import { rgb } from 'pdf-lib'
import type { LunchDocument } from '../../../shared/channels/lunches'
import { PdfDocument, mm } from '../core/document'
import { Flow } from '../core/layout'
import { wrapText } from '../core/text'
import { addFloorDrawing } from './floor-drawing'

type Header = LunchDocument['header']
const GREY = rgb(0.4, 0.42, 0.46)
const RULE = rgb(0.82, 0.84, 0.88)
const ACCENT = rgb(0.12, 0.26, 0.67)
const SIZE = 10.5
export const DIET_HEADING = 'Kost og allergier'

function start(doc: PdfDocument, heading: string, header: Header): Flow {
  const flow = new Flow(doc, { margins: { top: mm(20), right: mm(18), bottom: mm(20), left: mm(18) } })
  flow.paragraph(heading, { font: 'bold', size: 20, spaceAfter: 2, color: ACCENT })
  flow.paragraph(header.title, { font: 'bold', size: 12, spaceAfter: 1 })
  flow.paragraph(header.subtitle, { size: 10, color: GREY, spaceAfter: 12 })
  return flow
}

function footer(flow: Flow, doc: PdfDocument, label: string): void {
  flow.finish(({ page, index, count, size }) => {
    doc.drawText(page, label, flow.left, mm(10), { size: 8, color: GREY })
    const text = `Side ${index + 1} av ${count}`
    doc.drawText(page, text, size[0] - flow.margins.right - doc.width(text, { size: 8 }), mm(10), { size: 8, color: GREY })
  })
}

/** One row of columns; each cell wraps in its column and the row is kept on one page. */
export function row(flow: Flow, doc: PdfDocument, cells: string[], widths: number[], bold = false): void {
  const font = bold ? 'bold' : 'regular'
  const lineHeight = SIZE * 1.35
  const columns = widths.map((w) => w * flow.width)
  const wrapped = cells.map((c, i) => wrapText(c, doc.metrics(font), SIZE, columns[i]! - mm(2)))
  const height = Math.max(...wrapped.map((l) => l.length)) * lineHeight + mm(2.2)
  flow.block(height, (page, top) => {
    let x = flow.left
    wrapped.forEach((lines, i) => {
      lines.forEach((line, k) => doc.drawText(page, line, x, top - SIZE - k * lineHeight, { font, size: SIZE, color: bold ? GREY : undefined }))
      x += columns[i]!
    })
    page.drawLine({ start: { x: flow.left, y: top - height + mm(0.8) }, end: { x: flow.left + flow.width, y: top - height + mm(0.8) }, thickness: 0.5, color: RULE })
  })
}

export async function renderTablePlan(input: Extract<LunchDocument, { kind: 'tablePlan' }>): Promise<PdfDocument> {
  const doc = await PdfDocument.create({ title: `Bordplan – ${input.header.title}`, author: 'Oslo kommune' })
  // First the drawing to lay on the table, then every table with its guests' titles.
  addFloorDrawing(doc, input.tables, `Bordplan – ${input.header.title}`)
  const flow = start(doc, 'Bordplan', input.header)
  // The diet column only when some guest has one: a plan without diets prints as before.
  const withDiet = input.tables.some((t) => t.seats.some((s) => s.diet?.trim()))
  const widths = withDiet ? [0.08, 0.24, 0.2, 0.24, 0.24] : [0.08, 0.32, 0.3, 0.3]
  const heads = withDiet ? ['Plass', 'Navn', 'Tittel', 'Virksomhet', DIET_HEADING] : ['Plass', 'Navn', 'Tittel', 'Virksomhet']
  for (const table of input.tables) {
    flow.paragraph(`${table.name} (${table.seats.length} ${table.seats.length === 1 ? 'gjest' : 'gjester'})`, {
      font: 'bold',
      size: 13,
      spaceBefore: 10,
      spaceAfter: 3,
      keepWithNext: SIZE * 4,
    })
    row(flow, doc, heads, widths, true)
    for (const s of table.seats) {
      const cells = [String(s.seat), s.name, s.title, s.organisation]
      row(flow, doc, withDiet ? [...cells, s.diet?.trim() ?? ''] : cells, widths)
    }
  }
  footer(flow, doc, `Bordplan – ${input.header.title}`)
  return doc
}

export async function renderGuestList(input: Extract<LunchDocument, { kind: 'guestList' }>): Promise<PdfDocument> {
  const doc = await PdfDocument.create({ title: `Gjesteliste – ${input.header.title}`, author: 'Oslo kommune' })
  const flow = start(doc, 'Gjesteliste', input.header)
  const widths = [0.3, 0.27, 0.3, 0.13]
  row(flow, doc, ['Navn', 'Tittel', 'Virksomhet', 'Bord'], widths, true)
  for (const g of input.guests) row(flow, doc, [g.name, g.title, g.organisation, g.table], widths)
  footer(flow, doc, `Gjesteliste – ${input.header.title}`)
  return doc
}

export async function renderAgenda(input: Extract<LunchDocument, { kind: 'agenda' }>): Promise<PdfDocument> {
  const doc = await PdfDocument.create({ title: `Program – ${input.header.title}`, author: 'Oslo kommune' })
  const flow = start(doc, 'Program og taleliste', input.header)
  const widths = [0.2, 0.5, 0.3]
  row(flow, doc, ['Tid', 'Post', ''], widths, true)
  for (const item of input.items) row(flow, doc, [item.time, item.text, item.detail], widths)
  footer(flow, doc, `Program – ${input.header.title}`)
  return doc
}
