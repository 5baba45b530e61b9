/**
 * Which characters the app's PDF font (DejaVu Sans, regular and bold) can draw. An embedded font
 * draws a missing glyph as nothing, silently, so names and titles that go on contracts and place
 * cards are checked at the field. Shared by renderer and main; imports nothing from Node.
 */
import { PRINTABLE_RANGES } from './printable-ranges'

export function isPrintable(codePoint: number): boolean {
  let lo = 0
  let hi = PRINTABLE_RANGES.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const [first, last] = PRINTABLE_RANGES[mid]!
    if (codePoint < first) hi = mid - 1
    else if (codePoint > last) lo = mid + 1
    else return true
  }
  return false
}

/** The distinct characters of `text` (in NFC) the font cannot draw, in order of first appearance. */
export function unsupportedCharacters(text: string): string[] {
  const found: string[] = []
  for (const ch of text.normalize('NFC')) {
    if (!isPrintable(ch.codePointAt(0)!) && !found.includes(ch)) found.push(ch)
  }
  return found
}

function describeCharacter(ch: string): string {
  const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
  // Invisible and control characters are named by code only; quoting them would show nothing.
  return /[\p{C}\p{Z}]/u.test(ch) && ch !== ' ' ? code : `«${ch}» (${code})`
}

/** A Norwegian message naming the characters, or null when everything can be printed. */
export function unsupportedCharacterMessage(text: string): string | null {
  const bad = unsupportedCharacters(text)
  if (bad.length === 0) return null
  const names = bad.map(describeCharacter).join(', ')
  return bad.length === 1
    ? `Tegnet ${names} kan ikke skrives ut i kontrakter og bordkort. Bytt det ut eller fjern det.`
    : `Tegnene ${names} kan ikke skrives ut i kontrakter og bordkort. Bytt dem ut eller fjern dem.`
}
