/**
 * The fonts embedded in every PDF: DejaVu Sans and DejaVu Sans Bold (open licence, shipped with
 * its licence in `assets/fonts`). Bytes and metrics are loaded once per process and shared by
 * every document; each document embeds its own subset.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import fontkit from '@pdf-lib/fontkit'

export type FontStyle = 'regular' | 'bold'

const FILES: Record<FontStyle, string> = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' }

/** Width and character-set facts of one font file, independent of any document. */
export type FontMetrics = {
  style: FontStyle
  bytes: Uint8Array
  /** Every code point the font has a glyph for. */
  characters: ReadonlySet<number>
  /** Advance width of a code point in 1/1000 em (what pdf-lib's widths use). */
  advance: (codePoint: number) => number
  /** The parsed font, shared by every document (see `sharedFontkit`). */
  font: fontkit.Font
  /** Ascent and descent in 1/1000 em (descent negative). */
  ascent: number
  descent: number
}

let fontsFolder: string | null = null

/** Overrides where the fonts are read from (the worker receives the folder main resolved). */
export function setFontsFolder(folder: string): void {
  fontsFolder = folder
}

/** Finds `assets/fonts` next to the packaged resources or above this module (source or `out/main`). */
export function findFontsFolder(): string {
  if (fontsFolder) return fontsFolder
  const candidates: string[] = []
  const resources = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath
  if (resources) candidates.push(path.join(resources, 'assets', 'fonts'))
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 8; i++) {
    candidates.push(path.join(dir, 'assets', 'fonts'))
    dir = path.dirname(dir)
  }
  candidates.push(path.resolve('assets', 'fonts'))
  // Packaged: the fonts are unpacked beside the asar archive (electron-builder `asarUnpack`).
  candidates.unshift(...candidates.filter((c) => c.includes('app.asar')).map((c) => c.replace('app.asar', 'app.asar.unpacked')))
  const found = candidates.find((c) => existsSync(path.join(c, FILES.regular)))
  if (!found) throw new Error(`Fant ikke skrifttypene (${FILES.regular}) i ${candidates.join(', ')}`)
  fontsFolder = found
  return found
}

const loaded = new Map<FontStyle, FontMetrics>()

export function fontMetrics(style: FontStyle): FontMetrics {
  const cached = loaded.get(style)
  if (cached) return cached
  const bytes = new Uint8Array(readFileSync(path.join(findFontsFolder(), FILES[style])))
  const font = rememberCharacterLayouts(keepCodePoints(fontkit.create(bytes)))
  const scale = 1000 / font.unitsPerEm
  const characters = new Set(font.characterSet)
  const widths = new Map<number, number>()
  const metrics: FontMetrics = {
    style,
    bytes,
    font,
    characters,
    advance: (codePoint) => {
      let width = widths.get(codePoint)
      if (width === undefined) {
        width = font.glyphForCodePoint(codePoint).advanceWidth * scale
        widths.set(codePoint, width)
      }
      return width
    },
    ascent: font.ascent * scale,
    descent: font.descent * scale,
  }
  loaded.set(style, metrics)
  return metrics
}

/**
 * fontkit caches each glyph with the code points of its first request. Subsetting a composite
 * glyph (ź is z and an accent) requests its components with none, so in a font shared by several
 * documents a later document drawing z got that cached glyph: its ToUnicode then had no entry for
 * z, and the PDF's text read "Jóef" (search and copy lost the letter). The first request that
 * does name the code points fills them in.
 */
function keepCodePoints(font: fontkit.Font): fontkit.Font {
  type GlyphOf = (id: number, codePoints?: number[]) => { codePoints: number[] } | null
  const target = font as unknown as { getGlyph: GlyphOf }
  const getGlyph = target.getGlyph.bind(font)
  target.getGlyph = (id, codePoints = []) => {
    const glyph = getGlyph(id, codePoints)
    if (glyph && glyph.codePoints.length === 0 && codePoints.length > 0) glyph.codePoints = codePoints
    return glyph
  }
  return font
}

type Layout = (text: string, features?: unknown, ...rest: unknown[]) => { glyphs: unknown[] }

/**
 * pdf-lib adds a character to a document's subset through fontkit's `layout` (shaping, feature
 * lookups: ~50 µs), and every file of a batch adds the batch's ~100 characters to two fonts again.
 * A single character without features lays out the same every time, so its glyphs are kept; the
 * run is new each time (callers may keep it), the glyphs are fontkit's own cached ones.
 */
function rememberCharacterLayouts(font: fontkit.Font): fontkit.Font {
  const target = font as unknown as { layout: Layout }
  const layout = target.layout.bind(font)
  const glyphsOf = new Map<string, unknown[]>()
  target.layout = (text, features, ...rest) => {
    const single = features === undefined && rest.length === 0 && text.length <= 2 && [...text].length === 1
    if (!single) return layout(text, features, ...rest)
    let glyphs = glyphsOf.get(text)
    if (!glyphs) {
      glyphs = layout(text).glyphs
      glyphsOf.set(text, glyphs)
    }
    return { glyphs: [...glyphs] }
  }
  return font
}

/**
 * A fontkit for pdf-lib that hands out the already parsed font for our font files, so each
 * document's subset reuses one parse (and its glyph caches) instead of parsing 750 KB again.
 * Safe to share: subsetting encodes synchronously, and each document gets its own subset.
 */
export const sharedFontkit = {
  create(bytes: Uint8Array, postscriptName?: string): fontkit.Font {
    for (const metrics of loaded.values()) if (metrics.bytes === bytes) return metrics.font
    return fontkit.create(bytes, postscriptName)
  },
}
