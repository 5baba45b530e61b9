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

/**
 * Characters to put into each font's subset first, in this order: documents of one batch seeded
 * with the batch's characters get the same subsets, so the subset is made once and the same bytes
 * are embedded in every file (see `shareSubset`).
 */
export type DocumentOptions = { characters?: string }

/** Sorted, unique characters of the given texts: the same seed whatever the order they come in. */
export function seedCharacters(texts: Iterable<string>): string {
  const seen = new Set<string>()
  for (const text of texts) for (const character of text) seen.add(character)
  return [...seen].sort().join('')
}

type FlateContext = { flateStream: (contents: Uint8Array | string, dict?: Record<string, unknown>) => { contents: Uint8Array }; stream: (contents: Uint8Array, dict?: Record<string, unknown>) => { contents: Uint8Array } }
type SubsetEmbedder = {
  subset?: { glyphs: number[] }
  serializeFont: () => Promise<Uint8Array>
  embedIntoContext: (context: FlateContext, ref?: unknown) => Promise<unknown>
}

/** Subset bytes by font and glyph list. Deterministic: the same glyphs in the same order give the same bytes. */
const subsets = new Map<string, Promise<Uint8Array>>()
const MAX_SUBSETS = 16

/** Compressed font files by their (shared) subset bytes, and compressed ToUnicode maps by their text. */
const deflatedFonts = new WeakMap<Uint8Array, Uint8Array>()
const deflatedMaps = new Map<string, Uint8Array>()
const MAX_MAPS = 32

/**
 * While a font is written into a document, the compression of its font file and of its ToUnicode
 * map (pdf-lib deflates both, ~3 ms a font) is done once per content: the same subset bytes or the
 * same map text get the bytes deflated before. The stream is made as pdf-lib's `flateStream`
 * makes it, so the file is the same.
 */
function shareDeflated(embedder: SubsetEmbedder): void {
  const own = embedder.embedIntoContext.bind(embedder)
  embedder.embedIntoContext = async (context, ref) => {
    const flate = context.flateStream
    context.flateStream = (contents, dict = {}) => {
      const known = typeof contents === 'string' ? deflatedMaps.get(contents) : deflatedFonts.get(contents)
      if (known) return context.stream(known, { ...dict, Filter: 'FlateDecode' })
      const stream = flate.call(context, contents, dict)
      if (typeof contents !== 'string') deflatedFonts.set(contents, stream.contents)
      else {
        if (deflatedMaps.size >= MAX_MAPS) deflatedMaps.clear()
        deflatedMaps.set(contents, stream.contents)
      }
      return stream
    }
    try {
      return await own(context, ref)
    } finally {
      // Back to the prototype's own: only the font's streams are shared.
      delete (context as Partial<FlateContext>).flateStream
    }
  }
}

/**
 * pdf-lib encodes a document's font subset when it saves (fontkit, ~10 ms a font). A document whose
 * subset holds exactly the glyphs of one already made takes those bytes instead; anything else
 * (another glyph list, another pdf-lib) encodes its own, as before.
 */
function shareSubset(pdfFont: PDFFont, style: FontStyle): void {
  const embedder = (pdfFont as unknown as { embedder?: SubsetEmbedder }).embedder
  const subset = embedder?.subset
  if (!embedder || !subset || !Array.isArray(subset.glyphs) || typeof embedder.serializeFont !== 'function') return
  if (typeof embedder.embedIntoContext === 'function') shareDeflated(embedder)
  const own = embedder.serializeFont.bind(embedder)
  embedder.serializeFont = () => {
    const key = `${style}:${subset.glyphs.join(',')}`
    let bytes = subsets.get(key)
    if (!bytes) {
      if (subsets.size >= MAX_SUBSETS) subsets.clear()
      bytes = own()
      subsets.set(key, bytes)
      bytes.catch(() => subsets.delete(key))
    }
    return bytes
  }
}

type EmbeddedFont = { metrics: FontMetrics; pdfFont: PDFFont; glyphHex: Map<string, string>; runs: Map<string, PDFHexString> }

export class PdfDocument {
  private readonly pageFontKeys = new WeakMap<PDFPage, Map<FontStyle, PDFName>>()

  private constructor(
    readonly pdf: PDFDocument,
    private readonly fonts: Record<FontStyle, EmbeddedFont>,
  ) {}

  static async create(info: DocumentInfo, options: DocumentOptions = {}): Promise<PdfDocument> {
    const pdf = await PDFDocument.create()
    pdf.registerFontkit(sharedFontkit)
    const embed = async (style: FontStyle): Promise<EmbeddedFont> => {
      const metrics = fontMetrics(style)
      const pdfFont = await pdf.embedFont(metrics.bytes, { subset: true })
      shareSubset(pdfFont, style)
      const font: EmbeddedFont = { metrics, pdfFont, glyphHex: new Map(), runs: new Map() }
      for (const character of options.characters ?? '') {
        const codePoint = character.codePointAt(0)
        if (codePoint !== undefined && metrics.characters.has(codePoint)) glyphOf(font, character)
      }
      return font
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
    for (const character of text) hex += glyphOf(font, character)
    const run = PDFHexString.of(hex)
    font.runs.set(text, run)
    return run
  }
}

/** A character's glyph in the document's subset, as hex; added to the subset on first use. */
function glyphOf(font: EmbeddedFont, character: string): string {
  let glyph = font.glyphHex.get(character)
  if (glyph === undefined) {
    glyph = font.pdfFont.encodeText(character).asString()
    font.glyphHex.set(character, glyph)
  }
  return glyph
}
