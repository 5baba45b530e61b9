/**
 * The one duplicate rule (issue 16; the intake helper makes the same file on feat/intake): two
 * organisations are probably the same when they share an organisation number, or their folded names
 * match; two people when they share an e-mail address. Pure, so intake, sync and the merge tool all
 * ask the same question.
 */
import { foldText } from '../../lib/text-fold'
import type { Organisation, Person } from './types'

/** Groups of two or more records the rule says are one, each group in input order. */
export type DuplicateGroup<T> = { reason: 'orgNumber' | 'name' | 'email'; records: T[] }

const foldedName = (name: string): string => foldText(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

function groupBy<T>(rows: readonly T[], key: (row: T) => string, reason: DuplicateGroup<T>['reason'], taken: Set<T>): DuplicateGroup<T>[] {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    if (taken.has(row)) continue
    const k = key(row)
    if (!k) continue
    groups.set(k, [...(groups.get(k) ?? []), row])
  }
  const out = [...groups.values()].filter((g) => g.length > 1).map((records) => ({ reason, records }))
  for (const g of out) for (const r of g.records) taken.add(r)
  return out
}

/** Live organisations that share an organisation number, or else a folded name. */
export function findDuplicateOrganisations<T extends Pick<Organisation, 'name' | 'orgNumber'> & { deletedAt?: string | null }>(orgs: readonly T[]): DuplicateGroup<T>[] {
  const live = orgs.filter((o) => !o.deletedAt)
  const taken = new Set<T>()
  return [...groupBy(live, (o) => o.orgNumber.replace(/\D/g, ''), 'orgNumber', taken), ...groupBy(live, (o) => foldedName(o.name), 'name', taken)]
}

/** Live people who share an e-mail address (compared without case). */
export function findDuplicatePeople<T extends Pick<Person, 'email'> & { deletedAt?: string | null }>(people: readonly T[]): DuplicateGroup<T>[] {
  return groupBy(people.filter((p) => !p.deletedAt), (p) => p.email.trim().toLowerCase(), 'email', new Set())
}
