/**
 * Place cards (bordkort): folded tent cards, six per A4, with cut marks at every corner and a
 * dashed fold line. Name and organisation are on both faces; the back face is drawn upside down,
 * so both read upright once the card is folded and stood on the table. Text shrinks to fit.
 */
import { concatTransformationMatrix, popGraphicsState, pushGraphicsState, rgb, type PDFPage } from 'pdf-lib'
import type { PlaceCard } from '../../../shared/channels/lunches'
import { A4, PdfDocument, mm } from '../core/document'
import { wrapText } from '../core/text'
import type { JobProgress } from '../worker/job-types'

export const CARD = { width: mm(95), height: mm(90), columns: 2, rows: 3, gap: mm(6) }
export const CARDS_PER_PAGE = CARD.columns * CARD.rows
const FACE = CARD.height / 2
const PADDING = mm(7)
const MARK = mm(4)
const MARK_GAP = mm(1.5)
const GREY = rgb(0.45, 0.45, 0.45)
const ACCENT = rgb(0.12, 0.26, 0.67)

/** Lower-left corners of the cards on one page, reading order. */
export function cardOrigins(): { x: number; y: number }[] {
  const [pw, ph] = A4
  const totalW = CARD.columns * CARD.width + (CARD.columns - 1) * CARD.gap
  const totalH = CARD.rows * CARD.height + (CARD.rows - 1) * CARD.gap
  const left = (pw - totalW) / 2
  const top = (ph + totalH) / 2
  const out: { x: number; y: number }[] = []
  for (let r = 0; r < CARD.rows; r++)
    for (let c = 0; c < CARD.columns; c++) out.push({ x: left + c * (CARD.width + CARD.gap), y: top - (r + 1) * CARD.height - r * CARD.gap })
  return out
}

type Fitted = { lines: string[]; size: number }

/** The largest size (down to a floor) at which the text fits the width in at most `maxLines` lines. */
export function fitText(doc: PdfDocument, text: string, bold: boolean, maxSize: number, minSize: number, maxWidth: number, maxLines: number): Fitted {
  const metrics = doc.metrics(bold ? 'bold' : 'regular')
  // One line while it stays large enough to read across a table; then two lines at a larger size.
  const singleLineFloor = Math.max(minSize, maxSize * 0.65)
  for (let size = maxSize; size >= singleLineFloor; size -= 0.5) {
    if (doc.width(text, { font: bold ? 'bold' : 'regular', size }) <= maxWidth) return { lines: [text], size }
  }
  const words = new Set(text.split(/\s+/))
  for (let size = maxSize; size >= minSize; size -= 0.5) {
    const lines = wrapText(text, metrics, size, maxWidth)
    // Words are not broken while a smaller size can keep them whole.
    const whole = lines.every((line) => line.split(' ').every((word) => words.has(word)))
    if (lines.length <= maxLines && (whole || size === minSize)) return { lines, size }
  }
  return { lines: wrapText(text, metrics, minSize, maxWidth).slice(0, maxLines), size: minSize }
}

/** One face, upright, with its bottom edge at `y`. */
function drawFace(doc: PdfDocument, page: PDFPage, card: PlaceCard, x: number, y: number): void {
  const maxWidth = CARD.width - 2 * PADDING
  const name = fitText(doc, card.name, true, 26, 11, maxWidth, 2)
  const org = fitText(doc, card.organisation, false, 13, 7.5, maxWidth, 2)
  const nameHeight = name.lines.length * name.size * 1.15
  const orgHeight = card.organisation ? org.lines.length * org.size * 1.25 + mm(2.5) : 0
  // Centre the block in the face, slightly below the middle (the fold sits above the name).
  let baseline = y + (FACE + nameHeight + orgHeight) / 2 - name.size * 0.95 - mm(2)
  for (const line of name.lines) {
    doc.drawText(page, line, x + (CARD.width - doc.width(line, { font: 'bold', size: name.size })) / 2, baseline, { font: 'bold', size: name.size })
    baseline -= name.size * 1.15
  }
  if (!card.organisation) return
  baseline -= mm(2.5) - name.size * 0.15
  for (const line of org.lines) {
    doc.drawText(page, line, x + (CARD.width - doc.width(line, { size: org.size })) / 2, baseline, { size: org.size, color: ACCENT })
    baseline -= org.size * 1.25
  }
}

function drawMarks(page: PDFPage, x: number, y: number): void {
  const line = (x1: number, y1: number, x2: number, y2: number) => page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: 0.5, color: GREY })
  for (const cx of [x, x + CARD.width])
    for (const cy of [y, y + CARD.height]) {
      const dx = cx === x ? -1 : 1
      const dy = cy === y ? -1 : 1
      line(cx + dx * MARK_GAP, cy, cx + dx * (MARK_GAP + MARK), cy)
      line(cx, cy + dy * MARK_GAP, cx, cy + dy * (MARK_GAP + MARK))
    }
  // The fold: a dashed line across, with short ticks outside the card.
  const fy = y + FACE
  page.drawLine({ start: { x, y: fy }, end: { x: x + CARD.width, y: fy }, thickness: 0.4, color: GREY, dashArray: [3, 3] })
  line(x - MARK_GAP - MARK, fy, x - MARK_GAP, fy)
  line(x + CARD.width + MARK_GAP, fy, x + CARD.width + MARK_GAP + MARK, fy)
}

export async function addPlaceCards(doc: PdfDocument, cards: readonly PlaceCard[], progress: JobProgress = () => {}): Promise<void> {
  const origins = cardOrigins()
  let page: PDFPage | null = null
  cards.forEach((card, i) => {
    const slot = i % CARDS_PER_PAGE
    if (slot === 0 || !page) {
      page = doc.addPage(A4)
      doc.drawText(page, 'Klipp langs merkene, brett langs den stiplede linjen.', mm(10), mm(6), { size: 7, color: GREY })
    }
    const { x, y } = origins[slot]!
    drawMarks(page, x, y)
    drawFace(doc, page, card, x, y)
    // The back face: the same, turned 180° about the middle of the fold line.
    const cx = x + CARD.width / 2
    const cy = y + FACE
    page.pushOperators(pushGraphicsState(), concatTransformationMatrix(-1, 0, 0, -1, 2 * cx, 2 * cy))
    drawFace(doc, page, card, x, y)
    page.pushOperators(popGraphicsState())
    progress(i + 1, cards.length, card.name)
  })
}
