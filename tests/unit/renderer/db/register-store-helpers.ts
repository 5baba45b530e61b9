/** The register's store against a fresh projection of the tables it is made from (issue 17). */
import { expect } from 'vitest'
import type { NfkDatabase } from '../../../../renderer/db/schema'
import { registerEntriesOf } from '../../../../renderer/domain/organisation/register-entry'

/** What `registerRows` holds and what the organisations and people say it should, both by id. */
export async function storeAndProjection(database: NfkDatabase) {
  const [stored, organisations, people] = await database.transaction('r', [database.registerRows, database.organisations, database.people], () =>
    Promise.all([database.registerRows.orderBy('id').toArray(), database.organisations.toArray(), database.people.toArray()]),
  )
  const projected = registerEntriesOf(organisations, people).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { stored, projected }
}

/** Fails when the store has drifted from the tables: one entry per organisation, each as projected. */
export async function expectStoreInStep(database: NfkDatabase, when = ''): Promise<void> {
  const { stored, projected } = await storeAndProjection(database)
  expect(stored, when).toEqual(projected)
}
