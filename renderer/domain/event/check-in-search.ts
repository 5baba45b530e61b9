/**
 * The door search: typing any part of a person's or an organisation's name finds them, ignoring
 * case and accents (the app's one folding table). Names are folded once when the list loads, so
 * each keystroke only scans prepared strings.
 */
import { compareNorwegian } from '../../lib/collation'
import { foldText } from '../../lib/text-fold'

export type SearchEntry = { id: string; personName: string; organisationName: string }

type Prepared<T extends SearchEntry> = {
  entry: T
  person: string
  organisation: string
  /** Both names, to rule out a non-match with one scan. */
  all: string
  /** Words with a space before each, so " term" finds the start of any word. */
  personWords: string
  organisationWords: string
}

export type SearchIndex<T extends SearchEntry> = { items: Prepared<T>[] }

const words = (folded: string): string => ` ${folded.split(/[\s\-–/.,&()]+/).filter(Boolean).join(' ')}`

/** Folds every name once; entries are kept in Norwegian order, so equal ranks read alphabetically. */
export function buildSearchIndex<T extends SearchEntry>(entries: readonly T[]): SearchIndex<T> {
  const sorted = [...entries].sort(
    (a, b) => compareNorwegian(a.personName, b.personName) || compareNorwegian(a.organisationName, b.organisationName),
  )
  return {
    items: sorted.map((entry) => {
      const person = foldText(entry.personName)
      const organisation = foldText(entry.organisationName)
      return { entry, person, organisation, all: `${person}\n${organisation}`, personWords: words(person), organisationWords: words(organisation) }
    }),
  }
}

/**
 * How well one term fits; lower is better, null when it does not occur. A person's name beats an
 * organisation's, and the start of a word beats the middle of one.
 */
function termRank(item: Prepared<SearchEntry>, term: string): number | null {
  if (!item.all.includes(term)) return null
  const wordStart = ` ${term}`
  if (item.person.startsWith(term)) return 0
  if (item.personWords.includes(wordStart)) return 1
  if (item.organisation.startsWith(term)) return 2
  if (item.organisationWords.includes(wordStart)) return 3
  if (item.person.includes(term)) return 4
  if (item.organisation.includes(term)) return 5
  return null
}

/** Matches for the query, best first; every term of the query must occur somewhere. */
export function searchIndex<T extends SearchEntry>(index: SearchIndex<T>, query: string, limit = 50): T[] {
  const terms = foldText(query).split(/\s+/).filter(Boolean)
  if (terms.length === 0) return []
  const hits: { entry: T; rank: number; order: number }[] = []
  index.items.forEach((item, order) => {
    let rank = 0
    for (const term of terms) {
      const r = termRank(item, term)
      if (r === null) return
      rank += r
    }
    hits.push({ entry: item.entry, rank, order })
  })
  hits.sort((a, b) => a.rank - b.rank || a.order - b.order)
  return hits.slice(0, limit).map((h) => h.entry)
}
