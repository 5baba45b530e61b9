/**
 * Probable duplicates for the sync page: the same organisation or person added on two laptops.
 * The deciding rule is the domain's one duplicate rule (organisation/duplicates.ts); the buckets
 * below are only an index, so 10,000 organisations are not compared pairwise.
 */
import { normaliseOrgNumber } from '../../../electron/shared/org-number'
import { foldedEmail, foldedName, sameOrganisation, samePerson, type OrganisationIdentity, type PersonIdentity } from '../organisation/duplicates'

/** Two or more records the rule joins, in input order; `reason` is what joined the first pair. */
export type DuplicateGroup<T> = { reason: 'orgNumber' | 'name' | 'email'; records: T[] }

type Live = { deletedAt?: string | null }

/** Live organisations the rule says are one, grouped transitively. */
export function duplicateOrganisationGroups<T extends OrganisationIdentity & Live>(orgs: readonly T[]): DuplicateGroup<T>[] {
  const live = orgs.filter((o) => !o.deletedAt)
  const keys = (o: T) => {
    const number = normaliseOrgNumber(o.orgNumber)
    return [number ? `n:${number}` : '', `f:${foldedName(o.name)}`].filter((k) => k !== '' && k !== 'f:')
  }
  return grouped(live, keys, (a, b) => sameOrganisation(a, b))
}

/** Live people who share an e-mail address (the rule for people). */
export function duplicatePersonGroups<T extends PersonIdentity & Live>(people: readonly T[]): DuplicateGroup<T>[] {
  const live = people.filter((p) => !p.deletedAt)
  return grouped(live, (p) => [foldedEmail(p.email)].filter(Boolean), (a, b) => (samePerson(a, b) ? 'email' : null))
}

function grouped<T>(rows: readonly T[], keys: (row: T) => string[], same: (a: T, b: T) => DuplicateGroup<T>['reason'] | null): DuplicateGroup<T>[] {
  const parent = rows.map((_, i) => i)
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i] as number)))
  const reason = new Map<number, DuplicateGroup<T>['reason']>()
  const buckets = new Map<string, number[]>()
  rows.forEach((row, i) => {
    for (const key of keys(row)) buckets.set(key, [...(buckets.get(key) ?? []), i])
  })
  for (const members of buckets.values()) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const [i, j] = [members[x] as number, members[y] as number]
        const by = same(rows[i] as T, rows[j] as T)
        if (!by || root(i) === root(j)) continue
        const [ri, rj] = [root(i), root(j)]
        const first = Math.min(ri, rj)
        reason.set(first, reason.get(ri) ?? reason.get(rj) ?? by)
        parent[Math.max(ri, rj)] = first
      }
    }
  }
  const groups = new Map<number, T[]>()
  rows.forEach((row, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), row]))
  return [...groups.entries()].filter(([, g]) => g.length > 1).map(([r, records]) => ({ reason: reason.get(r) ?? 'name', records }))
}
