/**
 * What the register shows, in one read-only transaction: organisations not in the trash, how many
 * are in the Papirkurv, the live people and the sector names. Kept small (no validation or audit
 * code), because the app starts this read while the register's page is still loading (issue 17).
 */
import type { Organisation, Person } from '../models'
import { db } from '../db'
import { compareNorwegian } from '../../lib/collation'

export type RegisterTables = { active: Organisation[]; trashed: number; people: Person[]; sectors: string[] }

/**
 * One getAll per table (a cursor over 10,000 rows is several times slower). `trashed` counts what
 * the Papirkurv lists (`listTrash`): deleted, neither emptied nor merged away.
 */
export async function readRegisterTables(): Promise<RegisterTables> {
  const d = db()
  const [organisations, people, sectors] = await d.transaction('r', [d.organisations, d.people, d.sectors], () =>
    Promise.all([d.organisations.toArray(), d.people.toArray(), d.sectors.toArray()]),
  )
  const active: Organisation[] = []
  let trashed = 0
  for (const o of organisations) {
    if (!o.deletedAt) active.push(o)
    else if (!o.erasedAt && !o.mergedInto) trashed++
  }
  return {
    active,
    trashed,
    people: people.filter((p) => !p.deletedAt),
    sectors: sectors
      .filter((s) => !s.deletedAt)
      .map((s) => s.name)
      .sort(compareNorwegian),
  }
}
