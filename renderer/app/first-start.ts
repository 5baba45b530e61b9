/**
 * Whether this is a first start: no database on disk yet. Then the first screen is the name
 * question alone, and the shell's code loads only once it is answered (issue 17: first start).
 * Asked of IndexedDB's list of databases, without loading Dexie.
 */
import { DB_NAME } from '../db/stored-version'

export async function isFirstStart(name = DB_NAME): Promise<boolean> {
  if (typeof indexedDB?.databases !== 'function') return false
  try {
    return !(await indexedDB.databases()).some((d) => d.name === name)
  } catch {
    // Unclear: the shell starts, and asks the question itself if the database has no name.
    return false
  }
}
