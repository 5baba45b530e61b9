import { useDatabase } from '../../../renderer/db/db'
import { NfkDatabase } from '../../../renderer/db/schema'

let counter = 0

/** A fresh database with its own name, so tests never see each other's rows. */
export async function freshDatabase(): Promise<NfkDatabase> {
  const database = useDatabase(new NfkDatabase(`test-${Date.now()}-${counter++}`))
  await database.open()
  return database
}
