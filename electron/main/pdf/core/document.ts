/**
 * One PDF being made: pdf-lib's document with DejaVu Sans and Bold embedded once, as subsets.
 * Text is checked against the font's character set, then drawn from an encoded-run cache that
 * maps each character to its subset glyph once per document.
 */
import {
  PDFDocument,
  PDFHexString,
  degrees,
  drawText,
  rgb,
  type Color,
  type PDFFont,
  type PDFName,
  type PDFPage,
} from 'pdf-lib'
import { assertPrintable } from './charset'
import { fontMetrics, sharedFontkit, type FontMetrics, type FontStyle } from './fonts'
import { textWidth } from './text'

/** A4 in points. */
export const A4: [number, number] = [595.28, 841.89]
export const mm = (value: number): number => (value * 72) / 25.4
export const BLACK = rgb(0, 0, 0)
const NO_ROTATION = degrees(0)

export type TextStyle = { font?: FontStyle; size: number; color?: Color }

export type DocumentInfo = { title: string; author?: string; subject?: string }

type EmbeddedFont = { metrics: FontMetrics; pdfFont: PDFFont; glyphHex: Map<string, string>; runs: Map<string, PDFHexString> }

export class PdfDocument {
  private readonly pageFontKeys = new WeakMap<PDFPage, Map<FontStyle, PDFName>>()

  private constructor(
    readonly pdf: PDFDocument,
    private readonly fonts: Record<FontStyle, EmbeddedFont>,
  ) {}

  static async create(info: DocumentInfo): Promise<PdfDocument> {
    const pdf = await PDFDocument.create()
    pdf.registerFontkit(sharedFontkit)
    const embed = async (style: FontStyle): Promise<EmbeddedFont> => {
      const metrics = fontMetrics(style)
      const pdfFont = await pdf.embedFont(metrics.bytes, { subset: true })
      return { metrics, pdfFont, glyphHex: new Map(), runs: new Map() }
    }
    const [regular, bold] = await Promise.all([embed('regular'), embed('bold')])
    pdf.setTitle(info.title, { showInWindowTitleBar: true })
    pdf.setLanguage('nb-NO')
    pdf.setProducer('NFK Sekretariat')
    pdf.setCreator('NFK Sekretariat')
    if (info.author) pdf.setAuthor(info.author)
    if (info.subject) pdf.setSubject(info.subject)
    return new PdfDocument(pdf, { regular, bold })
  }

  metrics(style: FontStyle = 'regular'): FontMetrics {
    return this.fonts[style].metrics
  }

  /** The pdf-lib font, for code that draws with pdf-lib directly (measure through `width`). */
  pdfFont(style: FontStyle = 'regular'): PDFFont {
    return this.fonts[style].pdfFont
  }

  width(text: string, style: TextStyle): number {
    return textWidth(text, this.fonts[style.font ?? 'regular'].metrics, style.size)
  }

  addPage(size: [number, number] = A4): PDFPage {
    return this.pdf.addPage(size)
  }

  /** Draws one line of text with its baseline at y; refuses characters the font lacks. */
  drawText(page: PDFPage, text: string, x: number, y: number, style: TextStyle): void {
    if (!text) return
    const fontStyle = style.font ?? 'regular'
    const font = this.fonts[fontStyle]
    assertPrintable(text, font.metrics)
    page.pushOperators(
      ...drawText(this.encode(font, text), {
        color: style.color ?? BLACK,
        font: this.fontKey(page, fontStyle),
        size: style.size,
        rotate: NO_ROTATION,
        xSkew: NO_ROTATION,
        ySkew: NO_ROTATION,
        x,
        y,
      }),
    )
  }

  async save(): Promise<Uint8Array> {
    return this.pdf.save({ useObjectStreams: true })
  }

  private fontKey(page: PDFPage, style: FontStyle): PDFName {
    let keys = this.pageFontKeys.get(page)
    if (!keys) {
      keys = new Map()
      this.pageFontKeys.set(page, keys)
    }
    let key = keys.get(style)
    if (!key) {
      const { pdfFont } = this.fonts[style]
      key = page.node.newFontDictionary(pdfFont.name, pdfFont.ref)
      keys.set(style, key)
    }
    return key
  }

  /** Each character is encoded (and added to the subset) once; runs are cached as hex strings. */
  private encode(font: EmbeddedFont, text: string): PDFHexString {
    const cached = font.runs.get(text)
    if (cached) return cached
    let hex = ''
    for (const character of text) {
      let glyph = font.glyphHex.get(character)
      if (glyph === undefined) {
        glyph = font.pdfFont.encodeText(character).asString()
        font.glyphHex.set(character, glyph)
      }
      hex += glyph
    }
    const run = PDFHexString.of(hex)
    font.runs.set(text, run)
    return run
  }
}
