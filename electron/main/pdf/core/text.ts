/**
 * Text measuring and wrapping. Widths come from per-character advances cached per font file and
 * per-string sums cached per font; no shaping runs per word, which is what made pdf-lib slow.
 * Drawn text maps each character to its glyph the same way, so measured and drawn widths agree.
 */
import type { FontMetrics } from './fonts'

const MAX_CACHED = 50_000
const widthCaches = new WeakMap<FontMetrics, Map<string, number>>()

/** Width of `text` in 1/1000 em, cached per font. */
export function emWidth(text: string, font: FontMetrics): number {
  let cache = widthCaches.get(font)
  if (!cache) {
    cache = new Map()
    widthCaches.set(font, cache)
  }
  let width = cache.get(text)
  if (width === undefined) {
    width = 0
    for (const character of text) width += font.advance(character.codePointAt(0) ?? 0)
    if (cache.size >= MAX_CACHED) cache.clear()
    cache.set(text, width)
  }
  return width
}

export function textWidth(text: string, font: FontMetrics, size: number): number {
  return (emWidth(text, font) * size) / 1000
}

/** Breaks one over-long word into pieces that each fit `maxWidth`. */
function breakWord(word: string, font: FontMetrics, size: number, maxWidth: number): string[] {
  const pieces: string[] = []
  let piece = ''
  for (const character of word) {
    if (piece && textWidth(piece + character, font, size) > maxWidth) {
      pieces.push(piece)
      piece = character
    } else piece += character
  }
  if (piece) pieces.push(piece)
  return pieces
}

/**
 * Wraps text into lines no wider than `maxWidth` points. Newlines force breaks; runs of spaces
 * collapse; a word wider than the line is broken between characters.
 */
export function wrapText(text: string, font: FontMetrics, size: number, maxWidth: number): string[] {
  const lines: string[] = []
  const spaceWidth = textWidth(' ', font, size)
  for (const paragraph of text.split(/\r?\n/)) {
    const words = paragraph.split(/[ \t]+/).filter(Boolean)
    let line = ''
    let lineWidth = 0
    for (const word of words) {
      const wordWidth = textWidth(word, font, size)
      if (line && lineWidth + spaceWidth + wordWidth <= maxWidth) {
        line += ` ${word}`
        lineWidth += spaceWidth + wordWidth
        continue
      }
      if (line) lines.push(line)
      if (wordWidth <= maxWidth) {
        line = word
        lineWidth = wordWidth
        continue
      }
      const pieces = breakWord(word, font, size, maxWidth)
      lines.push(...pieces.slice(0, -1))
      line = pieces.at(-1) ?? ''
      lineWidth = textWidth(line, font, size)
    }
    lines.push(line)
  }
  return lines
}
