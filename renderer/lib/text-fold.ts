/**
 * The one folding table for every search in the app: case and accents are ignored. Unicode
 * decomposition strips most accents, but letters such as đ ŋ ŧ ł ø æ have no decomposition, so the
 * table names them.
 */
const TABLE: Record<string, string> = {
  æ: 'ae',
  ø: 'o',
  å: 'a',
  đ: 'd',
  ð: 'd',
  ŋ: 'n',
  ŧ: 't',
  ł: 'l',
  ß: 'ss',
  œ: 'oe',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŀ: 'l',
  ĸ: 'k',
}

const COMBINING = /[\u0300-\u036f]/g
const SPECIAL = /[æøåđðŋŧłßœþıħŀĸ]/g

/** Lower-case, accent-free form of a text, for matching only (never shown). */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(SPECIAL, (ch) => TABLE[ch] ?? ch)
}

/** True when every whitespace-separated term of the query occurs in the folded haystack. */
export function matchesQuery(foldedHaystack: string, query: string): boolean {
  const terms = foldText(query).split(/\s+/).filter(Boolean)
  return terms.every((term) => foldedHaystack.includes(term))
}
