/**
 * The code points every PDF font of the app can draw (the intersection of their character sets),
 * as sorted inclusive [first, last] ranges. Used by `generate-printable.mjs` and by the unit test
 * that fails when the committed table drifts from the fonts.
 */
import { readFileSync } from 'node:fs'
import fontkit from '@pdf-lib/fontkit'

export const PDF_FONTS = ['assets/fonts/DejaVuSans.ttf', 'assets/fonts/DejaVuSans-Bold.ttf']

// Control characters are never printable text, whatever a font's cmap says.
/** @param {number} cp */
const isControl = (cp) => cp < 0x20 || (cp >= 0x7f && cp < 0xa0)

/** @param {string[]} fontPaths @returns {[number, number][]} */
export function printableRanges(fontPaths = PDF_FONTS) {
  const sets = fontPaths.map((p) => new Set(fontkit.create(readFileSync(p)).characterSet))
  const [first, ...rest] = sets
  const common = [...(first ?? [])].filter((cp) => !isControl(cp) && rest.every((s) => s.has(cp))).sort((a, b) => a - b)
  /** @type {[number, number][]} */
  const ranges = []
  for (const cp of common) {
    const last = ranges.at(-1)
    if (last && last[1] === cp - 1) last[1] = cp
    else ranges.push([cp, cp])
  }
  return ranges
}
