/**
 * Saving this laptop's user name, and a hint that one was given. The database code (Dexie and the
 * schema) is its own chunk (issue 17: first start), so the question never waits for it to show.
 */
const loadDeviceWatch = () => import('./device-watch')

/** Saves the name as the audit log's "who"; loads the database code first if it has not come yet. */
export async function saveUserName(name: string): Promise<void> {
  await (await loadDeviceWatch()).setUserName(name)
  rememberUserKnown()
}

/**
 * Whether this window has seen a name for this laptop before. A hint only (the database decides):
 * a start without it asks the database list whether this is a first start, and the shell's question
 * shows at once while the device row is read.
 */
const KNOWN_USER = 'nfk.userKnown'
export function userKnown(): boolean {
  try {
    return localStorage.getItem(KNOWN_USER) === '1'
  } catch {
    return true
  }
}
export function rememberUserKnown(): void {
  try {
    localStorage.setItem(KNOWN_USER, '1')
  } catch {
    // Without storage the question just waits for the database, as before.
  }
}
