/**
 * Name badges (navneskilt) for network meetings: ten per A4, 90 × 55 mm, the size of the common
 * badge holders. Each badge has a light grey border to cut along, the event in a band at the top,
 * then the name (large), title and organisation. Long text shrinks, then wraps, then is cut with "…".
 */
import { rgb, type PDFPage } from 'pdf-lib'
import type { NameBadge, NameBadgesInput } from '../../../shared/channels/badges'
import { A4, PdfDocument, mm } from '../core/document'
import { wrapText } from '../core/text'
import { fitText } from '../lunch/place-cards'
import type { JobProgress } from '../worker/job-types'

export const BADGE = { width: mm(90), height: mm(55), columns: 2, rows: 5 }
export const BADGES_PER_PAGE = BADGE.columns * BADGE.rows
const BAND = mm(8)
const PADDING = mm(5)
const BORDER = rgb(0.75, 0.77, 0.8)
const GREY = rgb(0.35, 0.38, 0.42)
const ACCENT = rgb(0.12, 0.26, 0.67)
const WHITE = rgb(1, 1, 1)

/** Lower-left corners of the badges on one page, reading order; neighbours share a cut line. */
export function badgeOrigins(): { x: number; y: number }[] {
  const [pw, ph] = A4
  const left = (pw - BADGE.columns * BADGE.width) / 2
  const top = (ph + BADGE.rows * BADGE.height) / 2
  const out: { x: number; y: number }[] = []
  for (let r = 0; r < BADGE.rows; r++) for (let c = 0; c < BADGE.columns; c++) out.push({ x: left + c * BADGE.width, y: top - (r + 1) * BADGE.height })
  return out
}

type Block = { lines: string[]; size: number; bold: boolean; color: ReturnType<typeof rgb>; leading: number }

/** Fits the text like a place card, and marks with "…" what even the smallest size cannot hold. */
function fitted(doc: PdfDocument, text: string, bold: boolean, maxSize: number, minSize: number, maxLines: number): { lines: string[]; size: number } {
  const width = BADGE.width - 2 * PADDING
  const fit = fitText(doc, text, bold, maxSize, minSize, width, maxLines)
  const style = { font: bold ? ('bold' as const) : ('regular' as const), size: fit.size }
  if (wrapText(text, doc.metrics(style.font), fit.size, width).length <= maxLines) return fit
  const lines = [...fit.lines]
  let last = lines.at(-1) ?? ''
  while (last && doc.width(`${last}…`, style) > width) last = Array.from(last).slice(0, -1).join('').trimEnd()
  lines[lines.length - 1] = `${last}…`
  return { lines, size: fit.size }
}

function drawBadge(doc: PdfDocument, page: PDFPage, badge: NameBadge, eventLine: string, x: number, y: number): void {
  const { width, height } = BADGE
  page.drawRectangle({ x, y: y + height - BAND, width, height: BAND, color: ACCENT })
  page.drawRectangle({ x, y, width, height, borderColor: BORDER, borderWidth: 0.6 })
  const band = fitted(doc, eventLine || 'Næring for klima', true, 8.5, 6, 1)
  const bandLine = band.lines[0] ?? ''
  doc.drawText(page, bandLine, x + (width - doc.width(bandLine, { font: 'bold', size: band.size })) / 2, y + height - BAND / 2 - band.size * 0.35, {
    font: 'bold',
    size: band.size,
    color: WHITE,
  })

  const blocks: Block[] = []
  const name = fitted(doc, badge.name, true, 22, 11, 2)
  blocks.push({ ...name, bold: true, color: rgb(0, 0, 0), leading: 1.12 })
  if (badge.title.trim()) blocks.push({ ...fitted(doc, badge.title, false, 10, 7, 2), bold: false, color: GREY, leading: 1.2 })
  if (badge.organisation.trim()) blocks.push({ ...fitted(doc, badge.organisation, true, 11.5, 7.5, 2), bold: true, color: ACCENT, leading: 1.2 })
  const gap = mm(2)
  const heightOf = (b: Block) => b.lines.length * b.size * b.leading
  const total = blocks.reduce((sum, b) => sum + heightOf(b), 0) + gap * (blocks.length - 1)
  // Centred in the white area under the band.
  const area = height - BAND - 2 * PADDING
  let top = y + PADDING + area - Math.max(0, (area - total) / 2)
  for (const block of blocks) {
    for (const line of block.lines) {
      const style = { font: block.bold ? ('bold' as const) : ('regular' as const), size: block.size, color: block.color }
      doc.drawText(page, line, x + (width - doc.width(line, style)) / 2, top - block.size * 0.9, style)
      top -= block.size * block.leading
    }
    top -= gap
  }
}

export async function renderNameBadges(input: NameBadgesInput, progress: JobProgress = () => {}): Promise<{ bytes: Uint8Array; pageCount: number }> {
  const doc = await PdfDocument.create({ title: `Navneskilt – ${input.eventLine || 'Næring for klima'}`, author: 'Oslo kommune' })
  const origins = badgeOrigins()
  let page: PDFPage | null = null
  input.badges.forEach((badge, i) => {
    const slot = i % BADGES_PER_PAGE
    if (slot === 0 || !page) {
      page = doc.addPage(A4)
      doc.drawText(page, 'Klipp langs de grå linjene. Skiltene passer i navneskiltholdere på 90 × 55 mm.', origins[0]!.x, mm(6), { size: 7, color: GREY })
    }
    const { x, y } = origins[slot]!
    drawBadge(doc, page, badge, input.eventLine, x, y)
    progress(i + 1, input.badges.length, badge.name)
  })
  return { bytes: await doc.save(), pageCount: doc.pdf.getPageCount() }
}
