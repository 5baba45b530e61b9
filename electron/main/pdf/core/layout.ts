/**
 * A simple flow layout: text and blocks go down the page from the top margin and continue on a
 * new page when the bottom margin is reached. Blocks are kept together; headings can ask to stay
 * with what follows. Page furniture (headers, footers, "Side x av y") is drawn at the end, when
 * the page count is known.
 */
import type { PDFPage } from 'pdf-lib'
import { A4, type PdfDocument, type TextStyle } from './document'
import { wrapText } from './text'

export type Margins = { top: number; right: number; bottom: number; left: number }

export type FlowOptions = { pageSize?: [number, number]; margins: Margins }

export type ParagraphStyle = TextStyle & {
  /** Distance between baselines; defaults to 1.4 × size. */
  lineHeight?: number
  /** Extra left indent of every line. */
  indent?: number
  /** Drawn left of the first line, in the indent (e.g. "•"); later lines hang under the text. */
  bullet?: string
  align?: 'left' | 'center'
  spaceBefore?: number
  spaceAfter?: number
  /** Height that must fit below this paragraph on the same page (keeps a heading with its text). */
  keepWithNext?: number
}

export type PageInfo = { page: PDFPage; index: number; count: number; size: [number, number] }
export type Furniture = (info: PageInfo) => void

export class Flow {
  readonly pages: PDFPage[] = []
  private current: PDFPage | null = null
  private y = 0
  readonly size: [number, number]

  constructor(
    readonly doc: PdfDocument,
    readonly options: FlowOptions,
  ) {
    this.size = options.pageSize ?? A4
  }

  get margins(): Margins {
    return this.options.margins
  }
  get left(): number {
    return this.margins.left
  }
  get width(): number {
    return this.size[0] - this.margins.left - this.margins.right
  }
  /** The y of the top of the free space on the current page. */
  get cursor(): number {
    return this.current ? this.y : this.size[1] - this.margins.top
  }
  /** Free height left on the current page. */
  get remaining(): number {
    return this.cursor - this.margins.bottom
  }
  /** Full usable height of an empty page. */
  get pageHeight(): number {
    return this.size[1] - this.margins.top - this.margins.bottom
  }

  page(): PDFPage {
    return this.current ?? this.newPage()
  }

  newPage(): PDFPage {
    this.current = this.doc.addPage(this.size)
    this.pages.push(this.current)
    this.y = this.size[1] - this.margins.top
    return this.current
  }

  /** True on a fresh page before anything is drawn. */
  get atTop(): boolean {
    return this.current !== null && this.y === this.size[1] - this.margins.top
  }

  /** Starts a new page unless `height` fits in what is left (an empty page always takes it). */
  ensure(height: number): void {
    if (!this.current || (height > this.remaining && !this.atTop)) this.newPage()
  }

  space(height: number): void {
    if (!this.current) return
    this.y = Math.max(this.margins.bottom, this.y - height)
  }

  lines(text: string, style: ParagraphStyle, width = this.width): string[] {
    const indent = style.indent ?? 0
    return wrapText(text, this.doc.metrics(style.font), style.size, width - indent)
  }

  lineHeight(style: ParagraphStyle): number {
    return style.lineHeight ?? style.size * 1.4
  }

  /** Height a paragraph takes, including its space before and after. */
  measure(text: string, style: ParagraphStyle, width = this.width): number {
    return (style.spaceBefore ?? 0) + this.lines(text, style, width).length * this.lineHeight(style) + (style.spaceAfter ?? 0)
  }

  /** Draws a wrapped paragraph; lines flow onto new pages, never leaving a single orphan line. */
  paragraph(text: string, style: ParagraphStyle): void {
    const lines = this.lines(text, style)
    const lineHeight = this.lineHeight(style)
    this.ensure((style.spaceBefore ?? 0) + Math.min(lines.length, 2) * lineHeight + (style.keepWithNext ?? 0))
    // No space above the first thing on a page: the top margin is the space.
    if (!this.atTop) this.space(style.spaceBefore ?? 0)
    const indent = style.indent ?? 0
    lines.forEach((line, i) => {
      if (lineHeight > this.remaining) this.newPage()
      const page = this.page()
      const baseline = this.y - style.size
      if (i === 0 && style.bullet) this.doc.drawText(page, style.bullet, this.left + indent - style.size * 1.1, baseline, style)
      const x = style.align === 'center' ? this.left + (this.width - this.doc.width(line, style)) / 2 : this.left + indent
      this.doc.drawText(page, line, x, baseline, style)
      this.y -= lineHeight
    })
    this.space(style.spaceAfter ?? 0)
  }

  /** Reserves `height` on one page (a new page if needed) and lets `draw` fill it from `top` down. */
  block(height: number, draw: (page: PDFPage, top: number) => void): void {
    this.ensure(height)
    const page = this.page()
    draw(page, this.y)
    this.y -= height
  }

  /** Draws furniture on every page of this flow, now that the count is known. */
  finish(furniture: Furniture): void {
    this.pages.forEach((page, index) => furniture({ page, index, count: this.pages.length, size: this.size }))
  }
}
