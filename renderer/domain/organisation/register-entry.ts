/**
 * The register's narrow copy of an organisation (issue 17, the register at 10,000): exactly what the
 * list's first screen shows, filters, sorts, searches and counts, one small record per organisation
 * in the `registerRows` store. Reading 10,000 of these costs a fraction of reading the organisations
 * and people they come from. It is derived: `registerEntryOf` is the one projection, used by the
 * schema's upgrade, by the middleware that keeps the store in the same transaction as every write
 * (`db/register-rows-middleware.ts`) and by the tests that compare the two. Pure.
 */
import type { CriterionKey, Organisation, Person } from './types'
import { CRITERION_KEYS } from '../criteria/labels'

/** Shown in the list. Field names follow `Organisation`, so the list reads `row.org.name` either way. */
export type ActiveEntry = Pick<Organisation, 'id' | 'name' | 'orgNumber' | 'tier' | 'status' | 'sector' | 'signedDate' | 'createdAt'> & {
  state: 'active'
  /**
   * The criteria assessed by hand as not or only partly met ("ikke-oppfylt", "delvis"), in the
   * criteria's order: all the register judges from the manual statuses. Kept as keys alone: with
   * every status as an object of its own, unpacking 10,000 entries took twice as long.
   */
  unmet: CriterionKey[]
  /** The climate contact's name: the first live person (by id) with that role. */
  contact: string | null
  /** Live people's names, by id: the search finds an organisation by them. */
  people: string[]
}

/**
 * In the Papirkurv ('trashed', counted for its link) or neither shown nor counted ('gone': emptied
 * or merged away). Kept as a record, so the store holds one per organisation and a count tells drift.
 */
export type HiddenEntry = { id: string; state: 'trashed' | 'gone' }

export type RegisterEntry = ActiveEntry | HiddenEntry

export const isActiveEntry = (entry: RegisterEntry): entry is ActiveEntry => entry.state === 'active'

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * The entry for one organisation. `people`: the people whose `organisationId` is the organisation's,
 * in any order and state (the trashed are left out here). The order by id is IndexedDB's key order,
 * which the list used when it read the people table whole.
 */
export function registerEntryOf(org: Organisation, people: readonly Person[]): RegisterEntry {
  if (org.deletedAt) return { id: org.id, state: org.erasedAt || org.mergedInto ? 'gone' : 'trashed' }
  const live = people.filter((p) => !p.deletedAt && p.organisationId === org.id).sort(byId)
  const unmet = CRITERION_KEYS.filter((key) => {
    const status = org.criteria?.[key]?.status
    return status === 'ikke-oppfylt' || status === 'delvis'
  })
  return {
    id: org.id,
    state: 'active',
    name: org.name,
    orgNumber: org.orgNumber,
    tier: org.tier,
    status: org.status,
    sector: org.sector,
    signedDate: org.signedDate ?? null,
    createdAt: org.createdAt,
    unmet,
    // A row written by an older version (or another laptop's sync, mid-way) may have no roles yet.
    contact: live.find((p) => p.roles?.includes('klimakontakt'))?.name ?? null,
    people: live.map((p) => p.name),
  }
}

/** Every organisation's entry, from the two tables whole (the upgrade, a rebuild, the tests). */
export function registerEntriesOf(organisations: readonly Organisation[], people: readonly Person[]): RegisterEntry[] {
  const byOrg = peopleByOrganisation(people)
  return organisations.map((org) => registerEntryOf(org, byOrg.get(org.id) ?? []))
}

export function peopleByOrganisation(people: readonly Person[]): Map<string, Person[]> {
  const byOrg = new Map<string, Person[]>()
  for (const p of people) {
    const list = byOrg.get(p.organisationId)
    if (list) list.push(p)
    else byOrg.set(p.organisationId, [p])
  }
  return byOrg
}
