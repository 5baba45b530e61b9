/**
 * Probable duplicates in the register: pairs the one duplicate rule (duplicates.ts) matches.
 * Comparing every pair of 10,000 organisations is 50 million checks, so candidates are grouped by
 * number and by folded name first; the rule itself still decides each pair.
 */
import { normaliseOrgNumber } from '../../../electron/shared/org-number'
import { foldedName, sameOrganisation, type DuplicateBy, type OrganisationIdentity } from './duplicates'

export type DuplicatePair<T> = { first: T; second: T; by: DuplicateBy }

type Candidate = OrganisationIdentity & { id: string; createdAt: string }

/**
 * An organisation's grouping keys. Cached by number and name: the register asks again on every
 * change, and folding 10,000 names each time would slow it; a renamed organisation gets a new entry.
 */
const KEYS = new Map<string, string[]>()
function keysOf(org: OrganisationIdentity): string[] {
  const id = `${org.orgNumber}\u0000${org.name}`
  let keys = KEYS.get(id)
  if (!keys) {
    const number = normaliseOrgNumber(org.orgNumber)
    const name = foldedName(org.name)
    keys = [...(number ? [`n:${number}`] : []), ...(name ? [`f:${name}`] : [])]
    if (KEYS.size > 100_000) KEYS.clear()
    KEYS.set(id, keys)
  }
  return keys
}

/** Pairs, each once, the older record first; ordered by the first's name. */
export function duplicatePairs<T extends Candidate>(organisations: readonly T[]): DuplicatePair<T>[] {
  // Most keys have one organisation: an array is made only when a second one shares it.
  const first = new Map<string, T>()
  const groups = new Map<string, T[]>()
  for (const org of organisations) {
    for (const key of keysOf(org)) {
      const known = first.get(key)
      const group = groups.get(key)
      if (known === undefined) first.set(key, org)
      else if (group) group.push(org)
      else groups.set(key, [known, org])
    }
  }
  const seen = new Set<string>()
  const pairs: DuplicatePair<T>[] = []
  const consider = (x: T, y: T) => {
    const [a, b] = x.createdAt.localeCompare(y.createdAt) < 0 || (x.createdAt === y.createdAt && x.id < y.id) ? [x, y] : [y, x]
    const key = `${a.id}|${b.id}`
    if (seen.has(key)) return
    seen.add(key)
    const by = sameOrganisation(a, b)
    if (by) pairs.push({ first: a, second: b, by })
  }
  for (const [key, group] of groups) {
    // A common name shared by many numbered organisations is no duplicate: by name, only a pair
    // where one lacks a number can match, so only those pairs are looked at.
    const from = key.startsWith('f:') ? group.filter((o) => !normaliseOrgNumber(o.orgNumber)) : group
    for (const a of from) for (const b of group) if (a !== b) consider(a, b)
  }
  return pairs.sort((a, b) => a.first.name.localeCompare(b.first.name, 'nb'))
}
