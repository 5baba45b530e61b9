/**
 * The code-point check: a font draws a missing glyph as nothing, silently, so every string is
 * checked against the font's character set before it is drawn, and refused with the character named.
 */
import type { FontMetrics } from './fonts'

/** Line breaks and tabs never reach the page as glyphs; the layout handles them. */
const LAYOUT_CHARACTERS = new Set([0x0a, 0x0d, 0x09])

export class UnsupportedCharacterError extends Error {
  constructor(
    readonly character: string,
    readonly codePoint: number,
    readonly text: string,
  ) {
    super(`Tegnet «${character}» (${describeCodePoint(codePoint)}) finnes ikke i skrifttypen og kan ikke skrives ut`)
    this.name = 'UnsupportedCharacterError'
  }
}

export const describeCodePoint = (codePoint: number): string =>
  `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`

/** The first character of `text` the font cannot draw, or null. */
export function findUnsupported(text: string, font: FontMetrics): { character: string; codePoint: number } | null {
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0
    if (!font.characters.has(codePoint) && !LAYOUT_CHARACTERS.has(codePoint)) return { character, codePoint }
  }
  return null
}

export function assertPrintable(text: string, font: FontMetrics): void {
  const bad = findUnsupported(text, font)
  if (bad) throw new UnsupportedCharacterError(bad.character, bad.codePoint, text)
}
