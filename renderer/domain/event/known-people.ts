/**
 * Walk-ins at the door: before a new person is made, the organisation's known people are searched
 * by folded name (case and accents ignored), so a known top leader keeps their roles and counts.
 */
import { compareNorwegian } from '../../lib/collation'
import { foldText } from '../../lib/text-fold'
import type { Person } from '../organisation/types'

const terms = (name: string): string[] => foldText(name).split(/[\s\-–.,]+/).filter(Boolean)

/**
 * The organisation's live people whose name holds every word typed (each as the start of a word
 * of the name); an exact match first, then Norwegian order.
 */
export function knownPeopleMatching(people: readonly Person[], organisationId: string, typedName: string): Person[] {
  const wanted = terms(typedName)
  if (wanted.length === 0) return []
  const exact = wanted.join(' ')
  const hits = people.filter((p) => {
    if (p.organisationId !== organisationId || p.deletedAt || p.erasedAt) return false
    const words = terms(p.name)
    return wanted.every((w) => words.some((word) => word.startsWith(w)))
  })
  return hits.sort((a, b) => Number(terms(b.name).join(' ') === exact) - Number(terms(a.name).join(' ') === exact) || compareNorwegian(a.name, b.name))
}

/** The one known person the typed name names exactly, if any. */
export function exactKnownPerson(matches: readonly Person[], typedName: string): Person | undefined {
  const exact = terms(typedName).join(' ')
  const same = matches.filter((p) => terms(p.name).join(' ') === exact)
  return same.length === 1 ? same[0] : undefined
}
