/**
 * The Dexie schema. Append-only: add a new `this.version(n)` for every change, with a one-line
 * reason, and never edit a version once released. Keys are UUID strings, never auto-increment.
 */
import Dexie, { type EntityTable } from 'dexie'
import type {
  AnnualReport,
  Attachment,
  AuditEntry,
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
import type { SettingsRecord } from './settings-model'

export const DB_NAME = 'nfk-sekretariat'

/** Every version's store definitions, oldest first; tests seed each and open with today's code. */
export const SCHEMA_VERSIONS: { version: number; reason: string; stores: Record<string, string | null> }[] = [
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
]

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
] as const
export type DataTable = (typeof DATA_TABLES)[number]

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

  constructor(name: string = DB_NAME) {
    // Strict durability: a write is on disk before the transaction reports success.
    super(name, { chromeTransactionDurability: 'strict' })
    for (const { version, stores } of SCHEMA_VERSIONS) this.version(version).stores(stores)
  }
}
