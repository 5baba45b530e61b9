/**
 * Probable duplicates in the register: pairs the one duplicate rule (duplicates.ts) matches.
 * Comparing every pair of 10,000 organisations is 50 million checks, so candidates are grouped by
 * number and by folded name first; the rule itself still decides each pair.
 */
import { normaliseOrgNumber } from '../../../electron/shared/org-number'
import { foldedName, sameOrganisation, type DuplicateBy, type OrganisationIdentity } from './duplicates'

export type DuplicatePair<T> = { first: T; second: T; by: DuplicateBy }

type Candidate = OrganisationIdentity & { id: string; createdAt: string }

/** Pairs, each once, the older record first; ordered by the first's name. */
export function duplicatePairs<T extends Candidate>(organisations: readonly T[]): DuplicatePair<T>[] {
  const groups = new Map<string, T[]>()
  const add = (key: string, org: T) => {
    const group = groups.get(key)
    if (group) group.push(org)
    else groups.set(key, [org])
  }
  for (const org of organisations) {
    const number = normaliseOrgNumber(org.orgNumber)
    if (number) add(`n:${number}`, org)
    const name = foldedName(org.name)
    if (name) add(`f:${name}`, org)
  }
  const seen = new Set<string>()
  const pairs: DuplicatePair<T>[] = []
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [first, second] = [group[i] as T, group[j] as T].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)) as [T, T]
        const key = `${first.id}|${second.id}`
        if (seen.has(key)) continue
        seen.add(key)
        const by = sameOrganisation(first, second)
        if (by) pairs.push({ first, second, by })
      }
    }
  }
  return pairs.sort((a, b) => a.first.name.localeCompare(b.first.name, 'nb'))
}
