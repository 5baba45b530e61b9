import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { NfkDatabase, SCHEMA_VERSIONS } from '../../../../renderer/db/schema'
import { rowFor } from '../domain/backup/seed'

type Stores = Record<string, string | null>

/**
 * Every released schema version, copied here by hand. A version is frozen once it lands on main:
 * users' databases were created with it, so it must never change again. To release a new version,
 * append it to SCHEMA_VERSIONS; once it is merged to main, append a literal copy of it here too.
 * Never copy from SCHEMA_VERSIONS in code: the point is that an edit there cannot edit this.
 */
const FROZEN_VERSIONS: readonly { version: number; stores: Stores }[] = [
  {
    version: 1,
    stores: {
      organisations: 'id, name, orgNumber, status, updatedAt',
      statusEvents: 'id, organisationId, date, updatedAt',
      people: 'id, organisationId, updatedAt',
      sectors: 'id, name, updatedAt',
      events: 'id, kind, date, *invitedOrganisationIds, updatedAt',
      registrations: 'id, eventId, organisationId, personId, [eventId+personId], updatedAt',
      seatingPlans: 'id, eventId, updatedAt',
      annualReports: 'id, organisationId, year, [organisationId+year], updatedAt',
      contracts: 'id, organisationId, eventId, updatedAt',
      contractTemplates: 'id, version, updatedAt',
      attachments: 'id, ownerId, updatedAt',
      settings: 'id',
      auditLog: 'id, at, [table+entityId]',
      device: 'id',
      syncLog: 'id, at',
    },
  },
  { version: 2, stores: { erasures: 'id, table' } },
  { version: 3, stores: { applications: 'id, organisationId, formId, date, updatedAt' } },
  { version: 4, stores: { invitationLog: 'id, eventId, personId, updatedAt', diets: 'id, eventId, personId, deleteOn' } },
  {
    version: 6,
    stores: { syncOutbox: 'id, batchId', syncCells: 'id', syncState: 'id', syncFiles: 'id, installId', syncConflicts: 'id, cell, row, settledAt' },
  },
]

/** Problems with SCHEMA_VERSIONS measured against the frozen list; empty when it only appends. */
function schemaHistoryProblems(current: readonly { version: number; stores: Stores }[], frozen: typeof FROZEN_VERSIONS): string[] {
  const problems: string[] = []
  const newestFrozen = Math.max(...frozen.map((f) => f.version))
  for (const f of frozen) {
    const now = current.find((c) => c.version === f.version)
    if (!now) problems.push(`version ${f.version} is released but missing`)
    else if (canonical(now.stores) !== canonical(f.stores)) problems.push(`version ${f.version} is released but was edited`)
  }
  for (const c of current) {
    if (frozen.some((f) => f.version === c.version)) continue
    if (c.version <= newestFrozen) problems.push(`version ${c.version} is not released but not newer than version ${newestFrozen}`)
  }
  return problems
}

/** The stores as text with tables in name order: the order they are listed in does not matter to Dexie. */
const canonical = (stores: Stores): string => JSON.stringify(Object.entries(stores).sort(([a], [b]) => a.localeCompare(b)))

let databases = 0

describe('the released schema versions', () => {
  it('are all still in SCHEMA_VERSIONS, unchanged, and any new version is newer than every released one', () => {
    expect(schemaHistoryProblems(SCHEMA_VERSIONS, FROZEN_VERSIONS)).toEqual([])
  })

  it('catch a released version edited in place, removed, or a new one slipped in before the newest', () => {
    const released = [{ version: 1, stores: { people: 'id, organisationId' } }]
    const v1 = released[0]!
    const added = { version: 2, stores: { people: 'id, organisationId, email' } }
    expect(schemaHistoryProblems([v1, added], released)).toEqual([])
    const edited = { version: 1, stores: { people: 'id, organisationId, email' } }
    expect(schemaHistoryProblems([edited], released)).toEqual(['version 1 is released but was edited'])
    expect(schemaHistoryProblems([added], released)).toEqual(['version 1 is released but missing'])
    const releasedTwo = [...released, { version: 3, stores: {} }]
    expect(schemaHistoryProblems([v1, added, { version: 3, stores: {} }], releasedTwo)).toEqual([
      'version 2 is not released but not newer than version 3',
    ])
  })
})

describe('every schema version', () => {
  // Released versions are seeded from their frozen copies, so a database made by a real release
  // is what today's code must open; versions not yet released come from SCHEMA_VERSIONS.
  const steps = SCHEMA_VERSIONS.map((s) => FROZEN_VERSIONS.find((f) => f.version === s.version) ?? s)

  for (const { version } of steps) {
    it(`opens a database seeded at version ${version} with today's code, nothing lost`, async () => {
      const name = `schema-v${version}-${++databases}-${crypto.randomUUID()}`
      const old = new Dexie(name)
      for (const step of steps.filter((s) => s.version <= version)) old.version(step.version).stores(step.stores)
      await old.open()
      const seeded: Record<string, unknown[]> = {}
      for (const table of old.tables) {
        const row = table.name === 'device' ? { id: 'this', installId: 'abc', userName: 'Kari', createdAt: '2026-01-01T00:00:00.000Z' } : rowFor(table.name)
        await table.put(row)
        seeded[table.name] = [row]
      }
      old.close()

      const current = new NfkDatabase(name)
      await current.open()
      for (const [table, rows] of Object.entries(seeded)) expect(await current.table(table).toArray(), table).toEqual(rows)
      current.close()
    })
  }
})
