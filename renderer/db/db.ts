import { NfkDatabase } from './schema'

let current: NfkDatabase | null = null

/** The open database. Only repositories call this. */
export function db(): NfkDatabase {
  current ??= new NfkDatabase()
  return current
}

/** The name of the database in use, so a worker can open the same one. */
export function databaseName(): string {
  return db().name
}

/** Tests (and an import that replaces everything) switch the database in use. */
export function useDatabase(next: NfkDatabase): NfkDatabase {
  current = next
  return next
}

/**
 * Opens the database now rather than at the first query, so creating or opening it overlaps with
 * the first render instead of following it. Errors surface at the first query, as before.
 */
export function openDatabaseEarly(): void {
  void db()
    .open()
    .catch(() => {})
}

/** Ask the browser to keep our storage even under disk pressure. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false
  } catch {
    return false
  }
}
