/**
 * A sector named in the form, matched to the configured list: folded (case and accents ignored),
 * then by word start ("Finans" → "Finans og forsikring"), then by spelling distance. A match that
 * is not exact is only a suggestion the user confirms; no match means "new", also confirmed.
 */
import { foldText } from '../../lib/text-fold'

export type SectorMatch =
  | { kind: 'exact'; sector: string }
  | { kind: 'suggestion'; sector: string }
  | { kind: 'unknown' }

const clean = (s: string): string => foldText(s).replace(/[^\p{L}\d ]/gu, ' ').replace(/\s+/g, ' ').trim()

/** Edit distance (insert, delete, substitute), for typos such as "Eindom". */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    prev = row
  }
  return prev[b.length]!
}

export function matchSector(input: string, sectors: readonly string[]): SectorMatch {
  const wanted = clean(input)
  if (!wanted) return { kind: 'unknown' }
  const exact = sectors.find((s) => clean(s) === wanted)
  if (exact) return { kind: 'exact', sector: exact }
  // "Finans" is the first word of "Finans og forsikring"; "IKT og digitalisering" starts with "IKT".
  const prefix = sectors.find((s) => {
    const c = clean(s)
    return c.startsWith(`${wanted} `) || wanted.startsWith(`${c} `)
  })
  if (prefix) return { kind: 'suggestion', sector: prefix }
  let best: { sector: string; distance: number } | null = null
  for (const s of sectors) {
    const distance = editDistance(wanted, clean(s))
    if (!best || distance < best.distance) best = { sector: s, distance }
  }
  // Two edits at most, and never more than a quarter of the word: "Eindom" yes, "Olje" ≠ "IKT".
  if (best && best.distance <= Math.min(2, Math.floor(wanted.length / 4))) return { kind: 'suggestion', sector: best.sector }
  return { kind: 'unknown' }
}
