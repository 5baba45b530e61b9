/**
 * The one list of tables that stay on this laptop, named here (below the schema) so that the schema,
 * export and sync all read it: a table added to one of them cannot be forgotten in another.
 */
import { SYNC_STORES } from './records'

/**
 * Tables of this laptop alone: never exported, backed up, imported over or synced. `diets` holds
 * health data (dietary needs and allergies), which must not leave the machine in any file. The sync
 * stores are sync's own bookkeeping (issue 16): what waits to be sent, stamps per cell, files, conflicts.
 * `registerRows` is derived (the register's narrow copy of organisations and people, issue 17): each
 * laptop makes its own from the rows it holds, so it never travels or lands in a file.
 */
export const LOCAL_TABLES = ['device', 'diets', ...SYNC_STORES, 'registerRows'] as const

/** Data tables that an export carries but sync does not: `syncLog` is each laptop's own record of its exports and imports. */
export const UNSYNCED_DATA_TABLES = ['syncLog'] as const
