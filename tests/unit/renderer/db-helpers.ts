import { useDatabase } from '../../../renderer/db/db'
import { NfkDatabase } from '../../../renderer/db/schema'

let counter = 0

/** A fresh database with its own name, so tests never see each other's rows. */
export async function freshDatabase(): Promise<NfkDatabase> {
  const database = useDatabase(new NfkDatabase(`test-${Date.now()}-${counter++}`))
  await database.open()
  return database
}

/** A write the test needs to land (setting up, or the step under test): its record, or the refusal as the failure. */
export async function made<T>(outcome: Promise<{ ok: true; data: T } | { ok: false; message: string }>): Promise<T> {
  const result = await outcome
  if (!result.ok) throw new Error(`refused: ${result.message}`)
  return result.data
}
