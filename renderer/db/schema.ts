/**
 * The Dexie schema. Append-only: add a new `this.version(n)` for every change, with a one-line
 * reason, and never edit a version once released. Keys are UUID strings, never auto-increment.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie'
import type {
  AnnualReport,
  Application,
  Attachment,
  AuditEntry,
  ErasureRecord,
  ClimateContract,
  ContractTemplate,
  DeviceInfo,
  MeetingEvent,
  Organisation,
  Person,
  Registration,
  SeatingPlan,
  Sector,
  StatusEvent,
  SyncPoint,
} from './models'
import type { SettingsRecord } from '../domain/settings/settings'
import type { InvitationLogEntry } from '../domain/event/invitation-log'
import type { DietRecord } from '../domain/event/diet'
import type { OutboxMessage, SyncCell, SyncConflict, SyncFileRecord, SyncState } from '../domain/sync/records'
import { LOCAL_TABLES } from '../domain/sync/laptop-tables'
import { syncMiddleware } from './sync-middleware'
import { registerRowsMiddleware } from './register-rows-middleware'
import { registerEntriesOf, type RegisterEntry } from '../domain/organisation/register-entry'

import { DB_NAME } from './stored-version'

export { DB_NAME }

/** Every version's store definitions, oldest first; tests seed each and open with today's code. */
export type SchemaVersion = {
  version: number
  reason: string
  stores: Record<string, string | null>
  /** Fills what the version adds from what is already there; runs once, when Dexie upgrades. */
  upgrade?: (tx: Transaction) => Promise<void>
}

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    reason: 'first schema, shaped for the whole mission',
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
  {
    version: 2,
    reason: 'erasures: the ledger of erased people and emptied organisations, so no import brings them back',
    stores: { erasures: 'id, table' },
    upgrade: fillErasuresFromTombstones,
  },
  {
    version: 3,
    reason: 'applications: each application from the application form, with its date, form id and every answer',
    stores: { applications: 'id, organisationId, formId, date, updatedAt' },
  },
  {
    version: 4,
    reason: 'meetings: the log of invitation drafts and calendar files, and lunch guests’ dietary needs (this laptop only)',
    stores: { invitationLog: 'id, eventId, personId, updatedAt', diets: 'id, eventId, personId, deleteOn' },
  },
  {
    version: 6,
    reason: 'sync (issue 16): field-level messages waiting to be sent, the newest stamp per cell, applied files, state and conflicts',
    stores: {
      syncOutbox: 'id, batchId',
      syncCells: 'id',
      syncState: 'id',
      syncFiles: 'id, installId',
      syncConflicts: 'id, cell, row, settledAt',
    },
  },
  {
    version: 7,
    reason: 'registerRows (issue 17): the register\'s narrow copy, one small record per organisation, kept by a middleware in every write\'s transaction',
    stores: { registerRows: 'id' },
    upgrade: fillRegisterRows,
  },
]

/** People and organisations erased before the ledger existed are in it from the first start. */
async function fillErasuresFromTombstones(tx: Transaction): Promise<void> {
  const entries: ErasureRecord[] = []
  for (const table of ['people', 'organisations'] as const) {
    await tx
      .table(table)
      .filter((row: { erasedAt?: string | null }) => typeof row.erasedAt === 'string')
      .each((row: { id: string; erasedAt: string }) => {
        entries.push({ id: row.id, table, erasedAt: row.erasedAt })
      })
  }
  await tx.table('erasures').bulkPut(entries)
}

/** The register's entries made from what is there (later writes keep them: register-rows-middleware.ts). */
async function fillRegisterRows(tx: Transaction): Promise<void> {
  const [organisations, people] = [await tx.table('organisations').toArray(), await tx.table('people').toArray()]
  await tx.table('registerRows').bulkPut(registerEntriesOf(organisations, people))
}

/** Tables that hold the secretariat's data, exported and imported; `device` is this laptop's own. */
export const DATA_TABLES = [
  'organisations',
  'statusEvents',
  'people',
  'sectors',
  'events',
  'registrations',
  'seatingPlans',
  'annualReports',
  'contracts',
  'contractTemplates',
  'attachments',
  'settings',
  'auditLog',
  'syncLog',
  'erasures',
  'invitationLog',
  'applications',
] as const
export type DataTable = (typeof DATA_TABLES)[number]

/** Tables of this laptop alone (see domain/sync/laptop-tables.ts): never exported, backed up, imported over or synced. */
export { LOCAL_TABLES }
export const isLocalTable = (name: string): boolean => (LOCAL_TABLES as readonly string[]).includes(name)

export class NfkDatabase extends Dexie {
  organisations!: EntityTable<Organisation, 'id'>
  statusEvents!: EntityTable<StatusEvent, 'id'>
  people!: EntityTable<Person, 'id'>
  sectors!: EntityTable<Sector, 'id'>
  events!: EntityTable<MeetingEvent, 'id'>
  registrations!: EntityTable<Registration, 'id'>
  seatingPlans!: EntityTable<SeatingPlan, 'id'>
  annualReports!: EntityTable<AnnualReport, 'id'>
  contracts!: EntityTable<ClimateContract, 'id'>
  contractTemplates!: EntityTable<ContractTemplate, 'id'>
  attachments!: EntityTable<Attachment, 'id'>
  settings!: EntityTable<SettingsRecord, 'id'>
  auditLog!: EntityTable<AuditEntry, 'id'>
  device!: EntityTable<DeviceInfo, 'id'>
  syncLog!: EntityTable<SyncPoint, 'id'>
  erasures!: EntityTable<ErasureRecord, 'id'>
  invitationLog!: EntityTable<InvitationLogEntry, 'id'>
  diets!: EntityTable<DietRecord, 'id'>
  applications!: EntityTable<Application, 'id'>
  syncOutbox!: EntityTable<OutboxMessage, 'id'>
  syncCells!: EntityTable<SyncCell, 'id'>
  syncState!: EntityTable<SyncState, 'id'>
  syncFiles!: EntityTable<SyncFileRecord, 'id'>
  syncConflicts!: EntityTable<SyncConflict, 'id'>
  registerRows!: EntityTable<RegisterEntry, 'id'>

  constructor(name: string = DB_NAME) {
    // Strict durability: a write is on disk before the transaction reports success.
    // No query cache: Dexie's default ('cloned') deep-copies every live query's result on each
    // read, which at 10,000 organisations cost more than reading them from IndexedDB (issue 17).
    // Without it each live query gets the fresh rows IndexedDB hands out, as every other read does.
    super(name, { chromeTransactionDurability: 'strict', cache: 'disabled' })
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const step = this.version(version).stores(stores)
      if (upgrade) step.upgrade(upgrade)
    }
    // Every write also records its field-level sync messages, in the same transaction (issue 16).
    this.use(syncMiddleware())
    // Every write to organisations or people also keeps the register's narrow store, in the same
    // transaction (issue 17). Used after the sync middleware, so it wraps it: the store's own
    // writes pass beneath it, where a local table records nothing.
    this.use(registerRowsMiddleware())
  }
}
