/**
 * The floor plan drawn on one landscape A4 for the table-plan PDF: every table with every seat
 * and its number, and the name and organisation of whoever sits there, scaled to fit the page.
 */
import { rgb, type PDFPage } from 'pdf-lib'
import type { LunchDocument } from '../../../shared/channels/lunches'
import type { PdfDocument } from '../core/document'
import { mm } from '../core/document'

type Table = Extract<LunchDocument, { kind: 'tablePlan' }>['tables'][number]
type Seat = { x: number; y: number; labelX: number; labelY: number; anchor: 'start' | 'middle' | 'end' }
type Box = { table: Table; width: number; height: number; draw: (page: PDFPage, left: number, top: number, scale: number) => void }

const LINE = rgb(0.45, 0.52, 0.68)
const FILL = rgb(0.93, 0.95, 0.98)
const GUEST = rgb(0.85, 0.94, 0.9)
const NAME = 10
const ORG = 8
const SEAT_R = 11
const DIET = rgb(0.85, 0.42, 0.05)
export const DIET_MARK = 'K'
export const DIET_LEGEND = 'har meldt kost- eller allergibehov (se kjøkkenlisten)'

const short = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

/** Seat positions in a box with its top-left corner at (0,0), y growing downwards. */
function seatsOf(table: Table): { seats: Seat[]; width: number; height: number; radius: number; rect: { w: number; h: number } | null } {
  const n = table.seatCount
  if (table.shape === 'round') {
    const radius = Math.max(32, n * 6)
    const ring = radius + 17
    const width = 2 * (ring + 160)
    const height = 2 * (ring + 34) + 18
    const cx = width / 2
    const cy = 18 + (height - 18) / 2
    const seats = Array.from({ length: n }, (_, i) => {
      const a = -Math.PI / 2 + (2 * Math.PI * i) / n
      const [cos, sin] = [Math.cos(a), Math.sin(a)]
      const x = cx + ring * cos
      const y = cy + ring * sin
      if (Math.abs(cos) < 0.3) return { x, y, labelX: x, labelY: sin < 0 ? y - 26 : y + 22, anchor: 'middle' as const }
      return { x, y, labelX: x + (cos > 0 ? 16 : -16), labelY: y - 1, anchor: cos > 0 ? ('start' as const) : ('end' as const) }
    })
    return { seats, width, height, radius, rect: null }
  }
  const perSide = Math.ceil(n / 2)
  const spacing = 150
  const w = perSide * spacing - 16
  const width = w + 30
  const height = 170
  const cy = 18 + (height - 18) / 2
  const seats = Array.from({ length: n }, (_, i) => {
    const top = i < perSide
    const x = 15 + spacing / 2 - 8 + (top ? i : i - perSide) * spacing
    const y = top ? cy - 38 : cy + 38
    return { x, y, labelX: x, labelY: top ? y - 26 : y + 22, anchor: 'middle' as const }
  })
  return { seats, width, height, radius: 0, rect: { w, h: 40 } }
}

/** The mark for a guest with dietary needs: an orange dot with a white "K" (kost), legible in grey print too. */
function drawDietMark(doc: PdfDocument, page: PDFPage, x: number, y: number, k: number): void {
  page.drawCircle({ x, y, size: 5 * k, color: DIET, borderColor: rgb(1, 1, 1), borderWidth: 0.8 * k })
  doc.drawText(page, DIET_MARK, x - doc.width(DIET_MARK, { font: 'bold', size: 6.5 * k }) / 2, y - 2.3 * k, { font: 'bold', size: 6.5 * k, color: rgb(1, 1, 1) })
}

function boxOf(doc: PdfDocument, table: Table): Box {
  const geo = seatsOf(table)
  const bySeat = new Map(table.seats.map((s) => [s.seat, s]))
  const draw = (page: PDFPage, left: number, top: number, k: number) => {
    const X = (x: number) => left + x * k
    const Y = (y: number) => top - y * k
    const title = `${table.name} (${table.seats.length}/${table.seatCount})`
    doc.drawText(page, title, X(geo.width / 2) - doc.width(title, { font: 'bold', size: 12 * k }) / 2, Y(12), { font: 'bold', size: 12 * k })
    const cx = geo.width / 2
    const cy = 18 + (geo.height - 18) / 2
    if (geo.rect) page.drawRectangle({ x: X(cx - geo.rect.w / 2), y: Y(cy + geo.rect.h / 2), width: geo.rect.w * k, height: geo.rect.h * k, color: FILL, borderColor: LINE, borderWidth: 1 })
    else page.drawCircle({ x: X(cx), y: Y(cy), size: geo.radius * k, color: FILL, borderColor: LINE, borderWidth: 1 })
    geo.seats.forEach((seat, i) => {
      const guest = bySeat.get(i + 1)
      page.drawCircle({ x: X(seat.x), y: Y(seat.y), size: SEAT_R * k, color: guest ? GUEST : rgb(1, 1, 1), borderColor: LINE, borderWidth: 0.8 })
      const number = String(i + 1)
      doc.drawText(page, number, X(seat.x) - doc.width(number, { font: 'bold', size: 8 * k }) / 2, Y(seat.y + 3), { font: 'bold', size: 8 * k })
      if (!guest) return
      if (guest.diet?.trim()) drawDietMark(doc, page, X(seat.x + SEAT_R * 0.85), Y(seat.y - SEAT_R * 0.85), k)
      const lines: [string, number, 'bold' | 'regular'][] = [
        [short(guest.name, 22), NAME, 'bold'],
        [short(guest.organisation, 28), ORG, 'regular'],
      ]
      lines.forEach(([text, size, font], row) => {
        if (!text) return
        const width = doc.width(text, { font, size: size * k })
        const x = seat.anchor === 'start' ? X(seat.labelX) : seat.anchor === 'end' ? X(seat.labelX) - width : X(seat.labelX) - width / 2
        doc.drawText(page, text, x, Y(seat.labelY + row * 11), { font, size: size * k, color: font === 'regular' ? rgb(0.35, 0.38, 0.42) : undefined })
      })
    })
  }
  return { table, width: geo.width, height: geo.height, draw }
}

/** Lays the tables out in rows and draws them on one landscape page, scaled to fit. */
export function addFloorDrawing(doc: PdfDocument, tables: readonly Table[], heading: string): void {
  const page = doc.addPage([841.89, 595.28])
  const margin = mm(12)
  doc.drawText(page, heading, margin, 595.28 - margin - 14, { font: 'bold', size: 16, color: rgb(0.12, 0.26, 0.67) })
  if (tables.some((t) => t.seats.some((s) => s.diet?.trim()))) {
    drawDietMark(doc, page, margin + 5, mm(6) + 2.5, 1)
    doc.drawText(page, DIET_LEGEND, margin + 13, mm(6), { size: 8, color: rgb(0.35, 0.38, 0.42) })
  }
  const boxes = tables.map((t) => boxOf(doc, t))
  const availW = 841.89 - 2 * margin
  const availH = 595.28 - 2 * margin - 30
  // Try row widths until the drawing fits the page; keep the largest scale.
  let best = { scale: 0, rows: [] as Box[][] }
  for (let rowWidth = 400; rowWidth <= 2400; rowWidth += 100) {
    const rows: Box[][] = [[]]
    let used = 0
    for (const b of boxes) {
      if (used > 0 && used + b.width > rowWidth) {
        rows.push([])
        used = 0
      }
      rows.at(-1)!.push(b)
      used += b.width + 24
    }
    const width = Math.max(...rows.map((r) => r.reduce((s, b) => s + b.width + 24, -24)))
    const height = rows.reduce((s, r) => s + Math.max(...r.map((b) => b.height)) + 12, -12)
    const scale = Math.min(availW / width, availH / height, 1.2)
    if (scale > best.scale) best = { scale, rows }
  }
  let top = 595.28 - margin - 30
  for (const row of best.rows) {
    const rowWidth = row.reduce((s, b) => s + b.width + 24, -24) * best.scale
    let left = margin + (availW - rowWidth) / 2
    for (const b of row) {
      b.draw(page, left, top, best.scale)
      left += (b.width + 24) * best.scale
    }
    top -= (Math.max(...row.map((b) => b.height)) + 12) * best.scale
  }
}
