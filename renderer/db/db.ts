import { NfkDatabase } from './schema'

let current: NfkDatabase | null = null

/** The open database. Only repositories call this. */
export function db(): NfkDatabase {
  current ??= new NfkDatabase()
  return current
}

/** Tests (and an import that replaces everything) switch the database in use. */
export function useDatabase(next: NfkDatabase): NfkDatabase {
  current = next
  return next
}

/** Ask the browser to keep our storage even under disk pressure. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false
  } catch {
    return false
  }
}
