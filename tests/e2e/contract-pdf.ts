/**
 * Reading a climate contract's PDF as a person would: who signs for the organisation is the name
 * printed under the signature line in the column headed "For <organisation>".
 */
import type { PdfPageText } from '../unit/main/pdf/read-pdf'

export type Signatory = { name: string; title: string }

/**
 * The name and title under "For <organisation>" on every page that has that signature column
 * (one per copy). Found by position: the same column (x), below the column's heading.
 */
export function signatoriesFor(pages: readonly PdfPageText[], organisation: string): Signatory[] {
  const found: Signatory[] = []
  for (const page of pages) {
    const party = page.items.find((i) => i.text === `For ${organisation}`)
    if (!party) continue
    const below = page.items.filter((i) => Math.abs(i.x - party.x) < 0.5 && i.y < party.y).sort((a, b) => b.y - a.y)
    found.push({ name: below[0]?.text ?? '', title: below[1]?.text ?? '' })
  }
  return found
}
