/**
 * Whether the database on disk is older than today's schema, asked without opening it: IndexedDB
 * lists each database with its version, and Dexie stores its version times ten. A start with no
 * upgrade coming (every start but the first after an update) then loads neither Dexie nor the
 * backup code before the first screen (issue 17). No Dexie here, on purpose.
 */

export const DB_NAME = 'nfk-sekretariat'

/** The newest `version` in SCHEMA_VERSIONS (schema.ts); a unit test keeps the two equal. */
export const LATEST_SCHEMA_VERSION = 7

/**
 * False only when it is certain no backup is needed: no database yet (nothing to lose), or one at
 * today's version or newer. Anything unclear says true, and the full check (backup-repo) decides.
 */
export async function upgradeMayBeNeeded(name = DB_NAME, latest = LATEST_SCHEMA_VERSION): Promise<boolean> {
  if (typeof indexedDB?.databases !== 'function') return true
  try {
    const found = (await indexedDB.databases()).find((d) => d.name === name)
    if (!found) return false
    return typeof found.version !== 'number' || found.version < latest * 10
  } catch {
    return true
  }
}
